// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2014: PAM not used (catalog C-36; CIS 5.1.22, STIG RHEL-09-255050). The upstream default is <c>no</c> and
/// distributions turn it on in their files, so the rule is off by default (a source build without PAM is a valid
/// choice) and on under <c>strict</c>, <c>cis</c> and <c>stig</c>. Skipped for builds that do not know UsePAM.
/// </summary>
public sealed class PamDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2014", "pam-disabled", "PAM not used",
        "UsePAM {0} bypasses PAM account, session and lockout policy", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "cis" or "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "UsePAM", ["no"], "yes", FixApplicability.Dangerous, o => [o.Word]);
}
