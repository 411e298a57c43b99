// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2082: LogLevel below the profile's minimum (catalog C-76). QUIET, FATAL and ERROR drop the record of logins and
/// failed attempts. The minimum is INFO under <c>recommended</c> and <c>cis</c> (CIS Ubuntu accepts INFO), VERBOSE
/// under <c>strict</c> and <c>stig</c> (VERBOSE records key fingerprints; STIG RHEL-09-255030, CIS RHEL 9 5.1.15,
/// Mozilla). LogLevel is allowed in Match since 7.6. DEBUG levels are <c>log-level-debug</c> (SSHD2092).
/// </summary>
public sealed class LogLevelTooLowRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2082", "log-level-too-low", "Log level too low",
        "LogLevel {0} logs less than {1}, the minimum for this profile", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["minimum"] = "INFO",
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "stig" => new RuleSetting(true, null, new Dictionary<string, object> { ["minimum"] = "VERBOSE" }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        string minimum = context.Options.GetString("minimum", "INFO").ToUpperInvariant();
        int floor = LogLevels.Rank(minimum);
        if (floor < 0) return;
        foreach (var occurrence in context.Occurrences("LogLevel"))
        {
            int rank = LogLevels.Rank(occurrence.Word);
            if (rank < 0 || rank >= floor) continue;
            context.Report(occurrence, [occurrence.Word.ToUpperInvariant(), minimum],
                [AuthenticationFacts.Set(context, occurrence, "LogLevel", minimum, FixApplicability.Unsafe)]);
        }
    }
}
