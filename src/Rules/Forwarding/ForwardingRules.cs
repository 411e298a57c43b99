// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Forwarding;

/// <summary>The rules of the forwarding category; register each new rule here.</summary>
internal static class ForwardingRules
{
    public static IEnumerable<Rule> All() =>
    [
        new X11ForwardingEnabledRule(),
        new X11UseLocalhostDisabledRule(),
        new TcpForwardingEnabledRule(),
        new AgentForwardingEnabledRule(),
        new StreamLocalForwardingEnabledRule(),
        new GatewayPortsEnabledRule(),
        new PermitTunnelEnabledRule(),
        new DisableForwardingNotSetRule(),
        new PermitOpenUnrestrictedRule(),
    ];
}
