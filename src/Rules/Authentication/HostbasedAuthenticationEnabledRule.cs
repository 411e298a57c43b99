// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>SSHD2007: host-based authentication enabled (catalog C-27; CIS Ubuntu 5.1.10, RHEL 9 5.1.12).</summary>
public sealed class HostbasedAuthenticationEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2007", "hostbased-authentication", "Host-based authentication enabled",
        "HostbasedAuthentication {0} trusts the client machine to vouch for the user", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "HostbasedAuthentication", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
}
