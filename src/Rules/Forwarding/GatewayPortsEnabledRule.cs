// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2065: remote port forwards may listen on every interface (<c>GatewayPorts yes</c>; catalog C-69). The option
/// <c>allow-client-specified</c> (true under recommended, false under strict) decides whether <c>clientspecified</c> is
/// accepted, as sshdcc only notes it. GatewayPorts only matters where remote TCP forwarding is possible
/// (AllowTcpForwarding yes or remote, DisableForwarding not yes), so a line is reported when some connection it applies
/// to may open remote forwards.
/// </summary>
public sealed class GatewayPortsEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2065", "gateway-ports", "Remote forwards reachable from other hosts",
        "GatewayPorts {0} lets remote forwards (ssh -R) listen on {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["allow-client-specified"] = true,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["allow-client-specified"] = false }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        bool allowClientSpecified = context.Options.GetBool("allow-client-specified", true);
        var gateway = ScopedSetting.Read(context, "GatewayPorts");
        var tcp = ScopedSetting.Read(context, "AllowTcpForwarding");
        var disable = ScopedSetting.Read(context, "DisableForwarding");
        // serverloop.c refuses tcpip-forward requests unless FORWARD_REMOTE is allowed and DisableForwarding is off.
        bool RemoteOn(MatchScope? scope) => tcp.For(scope).EnumWord() is "yes" or "remote" && !disable.For(scope).IsYes();
        string? Where(SettingOccurrence o) => o.EnumWord() switch
        {
            "yes" => "every interface, open to other hosts",
            "clientspecified" when !allowClientSpecified => "any address the client asks for, every interface included",
            _ => null,
        };

        if (Where(gateway.Global) is string where)
        {
            bool applies = RemoteOn(null)
                || ScopedSetting.Scopes(tcp, disable).Any(s => s is not null && !gateway.IsSetIn(s) && RemoteOn(s));
            if (applies) Report(context, null, gateway.Global, where);
        }
        foreach (var block in gateway.Blocks)
        {
            if (Where(block) is string blockWhere && RemoteOn(block.Scope)) Report(context, block.Scope, block, blockWhere);
        }
    }

    private static void Report(RuleContext context, MatchScope? scope, SettingOccurrence occurrence, string where)
    {
        var fix = ScopedFix.Set(context, scope, occurrence, "GatewayPorts", "no", "Set GatewayPorts to no", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text(), where], [fix]);
    }
}
