// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2011: GSSAPI (Kerberos single sign-on) authentication enabled (catalog C-31; CIS Ubuntu 5.1.9, RHEL 9 5.1.11,
/// STIG RHEL-09-255135). Kerberos SSO is a legitimate reason to turn it on, so the rule is off by default and on
/// under <c>strict</c>, <c>cis</c> and <c>stig</c>. RHEL's <c>50-redhat.conf</c> drop-in sets it; the finding lands
/// there. 10.4 briefly renamed the keyword (a bug), so targets that do not know it are skipped.
/// </summary>
public sealed class GssapiAuthenticationEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2011", "gssapi-authentication", "GSSAPI authentication enabled",
        "GSSAPIAuthentication {0} exposes Kerberos/GSSAPI authentication before login", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "cis" or "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "GSSAPIAuthentication", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
}
