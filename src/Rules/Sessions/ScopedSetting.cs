// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// One keyword's global value and the value of every Match block that sets it, read in a single pass so that rules
/// combining several keywords per scope (ClientAliveInterval with ClientAliveCountMax, X11Forwarding with
/// DisableForwarding) stay linear in the size of the configuration.
/// </summary>
/// <remarks>
/// <see cref="RuleContext.ValueFor"/> walks every line on each call; calling it once per Match block would be
/// quadratic on generated configurations with thousands of blocks. Block lines for keywords the target does not
/// allow in Match (ClientAliveInterval before 7.4, for example) are left out: sshd refuses such a file, and the
/// binder already reports the line.
/// </remarks>
internal sealed class ScopedSetting
{
    private readonly Dictionary<MatchScope, SettingOccurrence> _blocks;

    private ScopedSetting(string keyword, bool known, SettingOccurrence global, List<SettingOccurrence> blocks)
    {
        Keyword = keyword;
        IsKnown = known;
        Global = global;
        Blocks = blocks;
        _blocks = new Dictionary<MatchScope, SettingOccurrence>(blocks.Count);
        foreach (var block in blocks) _blocks[block.Scope!] = block;
    }

    /// <summary>Canonical keyword name.</summary>
    public string Keyword { get; }

    /// <summary>True when the target knows the keyword; otherwise <see cref="Global"/> is an empty default.</summary>
    public bool IsKnown { get; }

    /// <summary>The startup value: the winning global line or the target's default.</summary>
    public SettingOccurrence Global { get; }

    /// <summary>The first line setting the keyword in each Match block, in file order.</summary>
    public IReadOnlyList<SettingOccurrence> Blocks { get; }

    /// <summary>Reads <paramref name="keyword"/> for the global section and every Match block.</summary>
    public static ScopedSetting Read(RuleContext context, string keyword)
    {
        var definition = context.Keywords.Lookup(keyword);
        bool known = definition is { IsKnown: true };
        var global = context.Global(keyword);
        var blocks = known && definition!.AllowedInMatch ? context.InMatchBlocks(keyword).ToList() : [];
        return new ScopedSetting(global.Keyword, known, global, blocks);
    }

    /// <summary>The value connections matching <paramref name="scope"/> get: the block's own line, else the global value.</summary>
    public SettingOccurrence For(MatchScope? scope) =>
        scope is not null && _blocks.TryGetValue(scope, out var own) ? own : Global;

    /// <summary>True when the block itself sets the keyword.</summary>
    public bool IsSetIn(MatchScope scope) => _blocks.ContainsKey(scope);

    /// <summary>
    /// The global scope (null) first, then every Match block that sets at least one of <paramref name="settings"/>,
    /// in file order, each once.
    /// </summary>
    public static IEnumerable<MatchScope?> Scopes(params ScopedSetting[] settings)
    {
        yield return null;
        var seen = new HashSet<MatchScope>();
        var scopes = new List<MatchScope>();
        foreach (var setting in settings)
        {
            foreach (var block in setting.Blocks)
            {
                if (seen.Add(block.Scope!)) scopes.Add(block.Scope!);
            }
        }
        scopes.Sort((a, b) => a.Header.Order.CompareTo(b.Header.Order));
        foreach (var scope in scopes) yield return scope;
    }
}

/// <summary>Helpers to read typed values from occurrences without caring whether they come from a line or the default.</summary>
internal static class OccurrenceValues
{
    /// <summary>The yes/no value; null when the value is missing or not a flag.</summary>
    public static bool? Flag(this SettingOccurrence occurrence) => occurrence.Value switch
    {
        FlagValue f => f.Value,
        _ => null,
    };

    /// <summary>The canonical enum word (lower case for the keywords used here); the first argument when not an enum.</summary>
    public static string EnumWord(this SettingOccurrence occurrence) => occurrence.Value switch
    {
        EnumValue e => e.Value.ToLowerInvariant(),
        FlagValue f => f.Value ? "yes" : "no",
        _ => occurrence.Word,
    };

    /// <summary>The integer value; null when missing.</summary>
    public static long? Integer(this SettingOccurrence occurrence) => occurrence.Value switch
    {
        IntegerValue i => i.Value,
        _ => null,
    };

    /// <summary>The whole seconds sshd keeps for a time value; null when missing.</summary>
    public static int? Seconds(this SettingOccurrence occurrence) => occurrence.Value switch
    {
        TimeValue t => t.WholeSeconds,
        _ => null,
    };

    /// <summary>True for a yes/no flag that is <c>yes</c> (used for DisableForwarding, which overrides the forwarding switches).</summary>
    public static bool IsYes(this SettingOccurrence occurrence) => occurrence.Flag() == true;

    /// <summary>The argument text as written (or the default), for messages.</summary>
    public static string Text(this SettingOccurrence occurrence) =>
        occurrence.Arguments.Count > 0 ? string.Join(' ', occurrence.Arguments) : occurrence.Word;
}

/// <summary>Fixes that set a keyword where a finding is: globally, or inside the Match block the finding is about.</summary>
internal static class ScopedFix
{
    /// <summary>
    /// Sets <paramref name="keyword"/> to <paramref name="value"/> for <paramref name="scope"/>: the winning global
    /// line (or an inserted one above the first Match) when <paramref name="scope"/> is null; otherwise the block's own
    /// line when <paramref name="own"/> comes from that block, else a new line right after the block's header.
    /// </summary>
    public static Parser.Diagnostics.CodeFix Set(RuleContext context, MatchScope? scope, SettingOccurrence? own, string keyword, string value,
        string title, Parser.Diagnostics.FixApplicability applicability)
    {
        if (scope is null) return Fixes.FixBuilder.SetGlobal(context, keyword, value, title, applicability);
        var line = own is not null && own.Scope == scope ? own.Line : null;
        return Fixes.FixBuilder.SetInBlock(scope, line, keyword, value, title, applicability);
    }
}
