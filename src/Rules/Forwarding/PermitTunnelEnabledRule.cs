// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2066: tun device forwarding (<c>ssh -w</c>, a layer 2 or 3 VPN through SSH) is allowed (catalog C-70). The
/// default is <c>no</c>, so a finding means someone turned it on. Unlike the other forwarding switches, tunnels are not
/// covered by <c>DisableForwarding yes</c>: serverloop.c (<c>server_request_tun</c>) tests PermitTunnel, not
/// DisableForwarding, before opening the tun channel.
/// </summary>
public sealed class PermitTunnelEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2066", "permit-tunnel", "Tun device forwarding allowed",
        "PermitTunnel {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("PermitTunnel"))
        {
            // Values are case-sensitive in sshd (strcmp); the value layer already rejects "Yes".
            string? what = occurrence.EnumWord() switch
            {
                "yes" => "layer 2 and layer 3 tunnels (ssh -w) into the server's network",
                "point-to-point" => "layer 3 tunnels (ssh -w) into the server's network",
                "ethernet" => "layer 2 tunnels (ssh -w) into the server's network",
                _ => null,
            };
            if (what is null) continue;
            var fix = ScopedFix.Set(context, occurrence.Scope, occurrence, "PermitTunnel", "no", "Set PermitTunnel to no", FixApplicability.Unsafe);
            context.Report(occurrence, [occurrence.Text(), what], [fix]);
        }
    }
}
