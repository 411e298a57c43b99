// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Authentication;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2087: a forced command (typically <c>internal-sftp</c>) that still allows forwarding (catalog C-72;
/// sektioneins/sshdcc "restricted block with insufficient restrictions"). A forced command replaces the shell but
/// forwarding is handled by sshd itself, so a "file transfer only" account can still open TCP connections from the
/// server, reach Unix sockets or create tunnel devices. <c>DisableForwarding yes</c> (7.4+) covers TCP, agent, X11
/// and stream-local forwarding (serverloop.c checks it beside each AllowXForwarding) but not PermitTunnel.
/// PermitTTY is included only when the option <c>check-tty</c> is on (strict).
/// </summary>
public sealed class RestrictedBlockAllowsForwardingRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2087", "restricted-block-allows-forwarding", "Forced-command users can still forward",
        "ForceCommand {0} still allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["check-tty"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["check-tty"] = true }),
        _ => null,
    };

    private static readonly string[] ForwardingKeywords =
        ["AllowTcpForwarding", "AllowStreamLocalForwarding", "AllowAgentForwarding", "X11Forwarding"];

    private static readonly string[] Related =
        ["ForceCommand", "DisableForwarding", "AllowTcpForwarding", "AllowStreamLocalForwarding", "AllowAgentForwarding", "X11Forwarding", "PermitTunnel", "PermitTTY"];

    /// <summary>An open feature: the keyword that controls it, what it is called in messages, and the value that closes it.</summary>
    private sealed record Opening(string Keyword, string Description, string Closed);

    public override void Analyze(RuleContext context)
    {
        bool checkTty = context.Options.GetBool("check-tty", false);
        var settings = new ScopedSettings(context);
        var globalFc = settings.Global("ForceCommand");
        bool globalForced = IsForced(globalFc);
        if (globalForced)
        {
            var open = Openings(settings, null, checkTty);
            if (open.Count > 0) Report(settings, null, globalFc, globalFc, open);
        }
        foreach (var scope in settings.ScopesSetting(Related))
        {
            var fc = settings.Get("ForceCommand", scope);
            if (!IsForced(fc)) continue;
            var open = Openings(settings, scope, checkTty);
            if (open.Count == 0) continue;
            var own = settings.InBlock("ForceCommand", scope);
            if (own is null)
            {
                // The forced command is global: report the block only for what it opens itself.
                var reopened = open.Where(o => settings.InBlock(o.Keyword, scope) is not null
                    || (o.Keyword != "PermitTunnel" && o.Keyword != "PermitTTY" && settings.InBlock("DisableForwarding", scope) is not null)).ToList();
                if (reopened.Count == 0 && globalForced) continue;
                var at = reopened.Select(o => settings.InBlock(o.Keyword, scope) ?? settings.InBlock("DisableForwarding", scope)).FirstOrDefault(o => o is not null)
                    ?? Related.Select(k => settings.InBlock(k, scope)).First(o => o is not null)!;
                Report(settings, scope, fc, at, reopened.Count > 0 ? reopened : open);
                continue;
            }
            Report(settings, scope, fc, own, open);
        }
    }

    private static bool IsForced(SettingOccurrence forceCommand) => forceCommand.Value is CommandValue { IsNone: false };

    private static List<Opening> Openings(ScopedSettings settings, MatchScope? scope, bool checkTty)
    {
        var open = new List<Opening>();
        bool disabled = settings.Knows("DisableForwarding") && settings.IsYes("DisableForwarding", scope);
        if (!disabled)
        {
            if (settings.Word("AllowTcpForwarding", scope) is not ("no" or "")) open.Add(new("AllowTcpForwarding", "TCP forwarding", "no"));
            if (settings.Word("AllowStreamLocalForwarding", scope) is not ("no" or "")) open.Add(new("AllowStreamLocalForwarding", "Unix-socket forwarding", "no"));
            if (settings.IsYes("AllowAgentForwarding", scope)) open.Add(new("AllowAgentForwarding", "agent forwarding", "no"));
            if (settings.IsYes("X11Forwarding", scope)) open.Add(new("X11Forwarding", "X11 forwarding", "no"));
        }
        if (settings.Word("PermitTunnel", scope) is not ("no" or "")) open.Add(new("PermitTunnel", "tunnel devices (PermitTunnel)", "no"));
        if (checkTty && settings.IsYes("PermitTTY", scope)) open.Add(new("PermitTTY", "a terminal (PermitTTY)", "no"));
        return open;
    }

    private static void Report(ScopedSettings settings, MatchScope? scope, SettingOccurrence forceCommand, SettingOccurrence at, List<Opening> open)
    {
        var context = settings.Context;
        var fixes = new List<CodeFix>();
        bool forwarding = open.Any(o => Array.IndexOf(ForwardingKeywords, o.Keyword) >= 0);
        if (forwarding && settings.Knows("DisableForwarding"))
            fixes.Add(Set(settings, scope, "DisableForwarding", "yes"));
        foreach (var o in open)
        {
            if (forwarding && settings.Knows("DisableForwarding") && Array.IndexOf(ForwardingKeywords, o.Keyword) >= 0) continue;
            fixes.Add(Set(settings, scope, o.Keyword, o.Closed));
        }
        if (fixes.Count > 1)
        {
            // Offer closing everything at once first (what fix-all applies); the single steps stay available.
            var all = fixes.SelectMany(f => f.Edits).ToList();
            bool disjoint = all.GroupBy(e => e.Path).All(g => g.OrderBy(e => e.Change.Span.Start).Zip(g.OrderBy(e => e.Change.Span.Start).Skip(1))
                .All(pair => pair.First.Change.Span.End <= pair.Second.Change.Span.Start || pair.First.Change.Span.IsEmpty && pair.Second.Change.Span.IsEmpty));
            if (disjoint)
            {
                string title = string.Join(", ", fixes.Select(f => f.Title.Replace(" in this Match block", "", StringComparison.Ordinal)))
                    + (scope is null ? "" : " in this Match block");
                fixes.Insert(0, new CodeFix(title, FixApplicability.Unsafe, all));
            }
        }
        string command = forceCommand.Value is CommandValue c ? c.CommandLine : string.Join(' ', forceCommand.Arguments);
        string what = open.Count == 1 ? open[0].Description
            : string.Join(", ", open.Take(open.Count - 1).Select(o => o.Description)) + " and " + open[^1].Description;
        context.Report(at, [command, what], fixes);
    }

    private static CodeFix Set(ScopedSettings settings, MatchScope? scope, string keyword, string value)
    {
        string title = scope is null ? $"Set {keyword} to {value}" : $"Set {keyword} to {value} in this Match block";
        return scope is null
            ? FixBuilder.SetGlobal(settings.Context, keyword, value, title, FixApplicability.Unsafe)
            : FixBuilder.SetInBlock(scope, settings.InBlock(keyword, scope)?.Line, keyword, value, title, FixApplicability.Unsafe);
    }
}
