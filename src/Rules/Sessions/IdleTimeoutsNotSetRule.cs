// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2048: neither idle channels nor connections without channels are ever closed (ChannelTimeout and
/// UnusedConnectionTimeout, both 9.2+; catalog C-62). ClientAliveInterval only drops clients that stop answering; these
/// two close sessions and tunnels that are alive but unused. No baseline checks them and a timeout can cut long quiet
/// jobs or persistent tunnels, so the rule is informational and on under strict only.
/// </summary>
public sealed class IdleTimeoutsNotSetRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2048", "idle-timeouts-not-set", "No idle timeout for channels or unused connections",
        "{0} {1} {2}", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        // Values the fixes write: interactive sessions idle for half an hour, and connections that have had no
        // channel for a quarter of an hour.
        ["channel-timeout"] = "session=30m",
        ["unused-connection-timeout"] = "15m",
    };

    public override void Analyze(RuleContext context)
    {
        // Both keywords arrived in 9.2 and are allowed in Match.
        if (!context.Knows("ChannelTimeout")) return;
        Check(context, "ChannelTimeout", context.Options.GetString("channel-timeout", "session=30m"),
            "never closes idle channels such as forgotten shell sessions", o => o.Value is ChannelTimeoutValue { IsNone: true });
        if (!context.Knows("UnusedConnectionTimeout")) return;
        Check(context, "UnusedConnectionTimeout", context.Options.GetString("unused-connection-timeout", "15m"),
            "keeps authenticated connections that have no open channel forever", o => o.Value is TimeValue { WholeSeconds: 0 });
    }

    private static void Check(RuleContext context, string keyword, string value, string what, Func<SettingOccurrence, bool> isNone)
    {
        var setting = ScopedSetting.Read(context, keyword);
        bool globalNone = isNone(setting.Global);
        if (globalNone) Report(context, null, setting.Global, keyword, value, what);
        // A block that sets "none" again is only worth a finding when it takes away a global timeout.
        if (globalNone) return;
        foreach (var block in setting.Blocks)
        {
            if (isNone(block)) Report(context, block.Scope, block, keyword, value, what);
        }
    }

    private static void Report(RuleContext context, MatchScope? scope, SettingOccurrence occurrence, string keyword, string value, string what)
    {
        var fix = ScopedFix.Set(context, scope, occurrence, keyword, value, $"Set {keyword} to {value}", FixApplicability.Unsafe);
        context.Report(occurrence, [keyword, occurrence.Text(), what], [fix]);
    }
}
