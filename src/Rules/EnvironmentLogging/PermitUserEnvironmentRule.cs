// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2080: users may inject environment variables through <c>~/.ssh/environment</c> and <c>environment=</c> in
/// authorized_keys (catalog C-73; CIS 5.1.21, STIG RHEL-09-255085). <c>yes</c> is always reported; a pattern list
/// (7.8+) only when it admits a dangerous name such as <c>LD_PRELOAD</c> (<c>LANG,LC_*</c> is fine). Global only.
/// </summary>
public sealed class PermitUserEnvironmentRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2080", "permit-user-environment", "Users may set their session environment",
        "PermitUserEnvironment {0} lets users set {1} through ~/.ssh/environment and authorized_keys", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("PermitUserEnvironment"))
        {
            if (occurrence.Value is not PermitUserEnvironmentValue { Enabled: true } value) continue;
            string what;
            if (value.Patterns is null)
            {
                what = "any variable, LD_PRELOAD included,";
            }
            else
            {
                var names = DangerousEnvironment.MatchedByList(value.Patterns);
                if (names.Count == 0) continue;
                what = DangerousEnvironment.Describe(names);
            }
            string shown = value.Patterns ?? occurrence.Word;
            context.Report(occurrence, [shown, what],
                [AuthenticationFacts.Set(context, occurrence, "PermitUserEnvironment", "no", FixApplicability.Unsafe)]);
        }
    }
}
