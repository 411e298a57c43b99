// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2091: the last-login notice is off (catalog C-78). Contested: STIG RHEL-09-255165 wants <c>yes</c>, dev-sec
/// wants <c>no</c> (PAM's pam_lastlog may print it instead). Off by default, on under <c>strict</c> and <c>stig</c>.
/// PrintMotd (C-79, dev-sec only) is not checked. Global only; builds without lastlog do not know the keyword.
/// </summary>
public sealed class PrintLastLogDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2091", "print-last-log-disabled", "Last login not shown",
        "PrintLastLog {0} hides when and from where the account last logged in", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "PrintLastLog", ["no"], "yes", FixApplicability.Unsafe, o => [o.Word]);
}
