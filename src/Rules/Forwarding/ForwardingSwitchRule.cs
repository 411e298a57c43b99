// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// Shared logic of the rules about one forwarding switch that <c>DisableForwarding yes</c> overrides
/// (X11Forwarding, AllowTcpForwarding, AllowAgentForwarding, AllowStreamLocalForwarding; catalog C-63).
/// </summary>
/// <remarks>
/// <para>The switch and DisableForwarding are read for the global section and for every Match block that sets either.
/// A scope is reported when the switch allows forwarding there and DisableForwarding is not <c>yes</c> for it
/// (sshd_config(5): DisableForwarding overrides all other forwarding options; session.c and serverloop.c test both).</para>
/// <para>Where the finding goes: the global value at its line (or the default location); a block's own line for the
/// switch; and for a block that only says <c>DisableForwarding no</c> under a global <c>yes</c>, that line, because it is
/// what turns the global switch back on for the block's connections. Blocks that change nothing are not reported
/// again.</para>
/// </remarks>
public abstract class ForwardingSwitchRule : Rule
{
    /// <summary>The switch this rule is about (canonical name).</summary>
    protected abstract string Keyword { get; }

    /// <summary>
    /// What the value lets clients do, completing the descriptor's message (<c>X11Forwarding {0} allows {1}</c>);
    /// null when the value allows nothing this rule reports under the current options.
    /// </summary>
    protected abstract string? Allows(RuleContext context, SettingOccurrence occurrence);

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows(Keyword)) return;
        var setting = ScopedSetting.Read(context, Keyword);
        // Before 7.4 DisableForwarding does not exist; its empty default is never "yes".
        var disable = ScopedSetting.Read(context, "DisableForwarding");
        bool globalAllows = false;
        foreach (var scope in ScopedSetting.Scopes(setting, disable))
        {
            var own = setting.For(scope);
            var off = disable.For(scope);
            if (off.IsYes()) continue;
            if (Allows(context, own) is not string what) continue;
            string title = $"Set {Keyword} to no";
            if (scope is null)
            {
                globalAllows = true;
                context.Report(own, [own.Text(), what], [FixBuilderFor(context, null, own, title)]);
            }
            else if (setting.IsSetIn(scope))
            {
                context.Report(own, [own.Text(), what], [FixBuilderFor(context, scope, own, title)]);
            }
            else if (!globalAllows && disable.IsSetIn(scope))
            {
                string value = $"{own.Text()} (turned back on here by DisableForwarding {off.Text()})";
                context.Report(off, [value, what], [FixBuilderFor(context, scope, null, title)]);
            }
        }
    }

    private CodeFix FixBuilderFor(RuleContext context, MatchScope? scope, SettingOccurrence? own, string title) =>
        ScopedFix.Set(context, scope, own, Keyword, "no", title, FixApplicability.Unsafe);
}
