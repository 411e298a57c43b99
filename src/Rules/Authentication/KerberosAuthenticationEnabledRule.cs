// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2012: passwords checked against Kerberos (catalog C-33; STIG RHEL-09-255140). Off by default (a legitimate
/// setup where Kerberos is the password source), on under <c>strict</c> and <c>stig</c>.
/// </summary>
public sealed class KerberosAuthenticationEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2012", "kerberos-authentication", "Kerberos password authentication enabled",
        "KerberosAuthentication {0} checks login passwords against the Kerberos KDC", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "KerberosAuthentication", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
}
