// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2085: reverse DNS lookups for every client (catalog C-83). The default is <c>no</c> since 6.8. sshd
/// confirms the reverse name with a forward lookup, so spoofing needs control of DNS for the trusted names; the main
/// costs are slow logins when DNS fails and access decisions (<c>Match Host</c>, <c>from=</c> host names) that rest
/// on DNS. Legitimate when those rules are wanted, so off by default, on under <c>strict</c>. Global only.
/// </summary>
public sealed class UseDnsEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2085", "use-dns-enabled", "Reverse DNS lookups enabled",
        "UseDNS {0} delays logins on DNS and lets DNS answers decide host-name rules", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "UseDNS", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
}
