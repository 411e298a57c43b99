// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2013: Kerberos password checks fall back to the local password (catalog C-34). The default is <c>yes</c>
/// and it matters only while KerberosAuthentication is on (globally or in some Match block), so the rule is off by
/// default and on under <c>strict</c>.
/// </summary>
public sealed class KerberosOrLocalPasswdRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2013", "kerberos-or-local-passwd", "Kerberos falls back to local passwords",
        "KerberosOrLocalPasswd {0} falls back to the local password when Kerberos rejects it", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows("KerberosOrLocalPasswd") || !context.Knows("KerberosAuthentication")) return;
        bool kerberos = context.Occurrences("KerberosAuthentication").Any(o => o.Word == "yes");
        if (!kerberos) return;
        AuthenticationFacts.ReportWords(context, "KerberosOrLocalPasswd", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
    }
}
