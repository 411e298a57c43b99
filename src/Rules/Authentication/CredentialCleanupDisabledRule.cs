// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2017: Kerberos credentials survive logout (catalog C-32 GSSAPICleanupCredentials, C-35 KerberosTicketCleanup).
/// Both default to <c>yes</c>, so only an explicit <c>no</c> is reported, and only while the method that creates the
/// credentials (GSSAPIAuthentication, KerberosAuthentication) is on globally or in some Match block. Red Hat's
/// <c>50-redhat.conf</c> ships <c>GSSAPICleanupCredentials no</c> beside <c>GSSAPIAuthentication yes</c> on purpose, and
/// the use of GSSAPI is itself a contested choice (SSHD2011), so the rule is off by default and on under <c>strict</c>.
/// </summary>
public sealed class CredentialCleanupDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2017", "credential-cleanup-disabled", "Kerberos credentials kept after logout",
        "{0} {1} leaves the user's {2} on the server after logout", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        Check(context, "GSSAPICleanupCredentials", "GSSAPIAuthentication", "delegated GSSAPI credential cache");
        Check(context, "KerberosTicketCleanup", "KerberosAuthentication", "Kerberos ticket cache");
    }

    private static void Check(RuleContext context, string keyword, string method, string what)
    {
        if (!context.Knows(keyword) || !context.Knows(method)) return;
        if (!context.Occurrences(method).Any(o => o.Word == "yes")) return;
        AuthenticationFacts.ReportWords(context, keyword, ["no"], "yes", FixApplicability.Unsafe, o => [keyword, o.Word, what]);
    }
}
