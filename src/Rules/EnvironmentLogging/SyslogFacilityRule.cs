// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2083: authentication messages go to a facility other than AUTH/AUTHPRIV (catalog C-77; dev-sec sshd-12).
/// Sites forward LOCALn to a collector on purpose, so the rule is off by default and on under <c>strict</c>.
/// Global only.
/// </summary>
public sealed class SyslogFacilityRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2083", "syslog-facility", "Authentication messages logged outside the auth facility",
        "SyslogFacility {0} sends sshd's authentication messages outside {1}", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["allowed"] = new[] { "AUTH", "AUTHPRIV" },
    };

    public override void Analyze(RuleContext context)
    {
        var allowed = context.Options.GetList("allowed", ["AUTH", "AUTHPRIV"]);
        if (allowed.Count == 0) return;
        foreach (var occurrence in context.Occurrences("SyslogFacility"))
        {
            if (occurrence.Word.Length == 0 || allowed.Any(a => a.Equals(occurrence.Word, StringComparison.OrdinalIgnoreCase))) continue;
            string target = allowed[0].ToUpperInvariant();
            context.Report(occurrence, [occurrence.Word.ToUpperInvariant(), string.Join(" or ", allowed.Select(a => a.ToUpperInvariant()))],
                [AuthenticationFacts.Set(context, occurrence, "SyslogFacility", target, FixApplicability.Unsafe)]);
        }
    }
}
