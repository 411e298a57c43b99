// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1008: a Match block gives the connections it matches a weaker value than the global one for a
/// security-relevant keyword. Catalog C-20 (capitan0n/sshd-lint Rule 55).
/// </summary>
/// <remarks>
/// Exceptions for a group or a network are often intended, so the rule is off by default and on in strict; it
/// reports the exception so it can be reviewed (and suppressed with a reason). DisableForwarding yes in effect
/// for a scope makes every forwarding keyword count as disabled (sshd_config(5) "DisableForwarding").
/// </remarks>
public sealed class MatchWeakensGlobalRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1008", "match-weakens-global", "Match block weakens a global setting",
        "{0} {1} is weaker than the global value {2}", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    /// <summary>Keywords whose values are ranked, strongest (0) first; words not listed are not compared.</summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PermitRootLogin"] = new() { ["no"] = 0, ["forced-commands-only"] = 1, ["prohibit-password"] = 2, ["without-password"] = 2, ["yes"] = 3 },
        ["PasswordAuthentication"] = YesNo(),
        ["KbdInteractiveAuthentication"] = YesNo(),
        ["PermitEmptyPasswords"] = YesNo(),
        ["X11Forwarding"] = YesNo(),
        ["AllowAgentForwarding"] = YesNo(),
        ["AllowTcpForwarding"] = new() { ["no"] = 0, ["local"] = 1, ["remote"] = 1, ["yes"] = 2, ["all"] = 2 },
        ["AllowStreamLocalForwarding"] = new() { ["no"] = 0, ["local"] = 1, ["remote"] = 1, ["yes"] = 2, ["all"] = 2 },
        ["GatewayPorts"] = new() { ["no"] = 0, ["clientspecified"] = 1, ["yes"] = 2 },
        ["PermitTunnel"] = new() { ["no"] = 0, ["point-to-point"] = 1, ["ethernet"] = 1, ["yes"] = 2 },
        ["DisableForwarding"] = new() { ["yes"] = 0, ["no"] = 1 },
    };

    private static readonly HashSet<string> Forwarding = new(StringComparer.OrdinalIgnoreCase)
    {
        "X11Forwarding", "AllowAgentForwarding", "AllowTcpForwarding", "AllowStreamLocalForwarding",
    };

    private static Dictionary<string, int> YesNo() => new() { ["no"] = 0, ["yes"] = 1 };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        // DisableForwarding per scope, computed once: the global value, overridden by the blocks that set it.
        bool knowsDisable = context.Knows("DisableForwarding");
        bool globalOff = knowsDisable && context.Global("DisableForwarding").Word == "yes";
        var blockOff = knowsDisable
            ? context.InMatchBlocks("DisableForwarding").ToDictionary(o => o.Scope!, o => o.Word == "yes")
            : [];
        bool ForwardingOff(string keyword, MatchScope? scope) =>
            Forwarding.Contains(keyword) && (scope is not null && blockOff.TryGetValue(scope, out bool off) ? off : globalOff);

        foreach (var (keyword, ranks) in Ranks)
        {
            if (!context.Knows(keyword)) continue;
            var global = context.Global(keyword);
            int? globalRank = ForwardingOff(keyword, null) ? 0 : Rank(global, ranks);
            if (globalRank is null) continue;
            foreach (var block in context.InMatchBlocks(keyword))
            {
                int? rank = ForwardingOff(keyword, block.Scope) ? 0 : Rank(block, ranks);
                if (rank is null) continue;
                bool weaker = rank > globalRank
                    || (rank == globalRank && rank > 0 && ranks.Count(r => r.Value == rank) > 1 && !SameWord(block.Word, global.Word));
                if (!weaker) continue;
                string globalText = (global.IsDefault ? global.Word + " (the default)" : global.Word)
                    + (ForwardingOff(keyword, null) ? " (DisableForwarding yes)" : "");
                context.Report(block, [keyword, block.Word, globalText]);
            }
        }
    }

    private static int? Rank(SettingOccurrence occurrence, Dictionary<string, int> ranks) =>
        ranks.TryGetValue(occurrence.Word, out int r) ? r : null;

    private static bool SameWord(string a, string b) =>
        a == b || (a is "yes" or "all" && b is "yes" or "all") || (a is "prohibit-password" or "without-password" && b is "prohibit-password" or "without-password");
}
