// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>SSHD2006: public key authentication turned off (catalog C-26; STIG RHEL-09-255035 wants it on).</summary>
public sealed class PubkeyAuthenticationDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2006", "pubkey-authentication-disabled", "Public key authentication disabled",
        "PubkeyAuthentication {0} turns off logins with keys, leaving weaker methods", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    // DSAAuthentication is a global-only alias of PubkeyAuthentication; Occurrences resolves it.
    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "PubkeyAuthentication", ["no"], "yes", FixApplicability.Unsafe, o => [o.Word]);
}
