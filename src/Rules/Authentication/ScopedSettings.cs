// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// Per-analysis cache of where keywords take their values: the global occurrence and the first line of each Match
/// block that sets them. <see cref="RuleContext.ValueFor"/> walks every directive on each call; rules that look at
/// many keywords in many blocks use this instead so a 100,000-line file stays linear.
/// </summary>
internal sealed class ScopedSettings
{
    private readonly Dictionary<string, Dictionary<MatchScope, SettingOccurrence>> _blocks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SettingOccurrence> _globals = new(StringComparer.OrdinalIgnoreCase);

    public ScopedSettings(RuleContext context) => Context = context;

    public RuleContext Context { get; }

    /// <summary>True when the target knows the keyword.</summary>
    public bool Knows(string keyword) => Context.Knows(keyword);

    /// <summary>The startup value (winning global line or default).</summary>
    public SettingOccurrence Global(string keyword)
    {
        if (!_globals.TryGetValue(keyword, out var occurrence))
        {
            occurrence = Context.Global(keyword);
            _globals[keyword] = occurrence;
        }
        return occurrence;
    }

    /// <summary>The first line setting <paramref name="keyword"/> in each Match block that sets it (startup blocks excluded).</summary>
    public IReadOnlyDictionary<MatchScope, SettingOccurrence> Blocks(string keyword)
    {
        if (!_blocks.TryGetValue(keyword, out var blocks))
        {
            blocks = [];
            if (Context.Knows(keyword))
            {
                foreach (var occurrence in Context.InMatchBlocks(keyword))
                    if (occurrence.Scope is { } scope) blocks.TryAdd(scope, occurrence);
            }
            _blocks[keyword] = blocks;
        }
        return blocks;
    }

    /// <summary>The value a connection matching <paramref name="scope"/> gets: the block's own line, else the global value.</summary>
    public SettingOccurrence Get(string keyword, MatchScope? scope) =>
        scope is not null && Blocks(keyword).TryGetValue(scope, out var own) ? own : Global(keyword);

    /// <summary>The block's own occurrence of <paramref name="keyword"/>; null when the block does not set it.</summary>
    public SettingOccurrence? InBlock(string keyword, MatchScope scope) =>
        Blocks(keyword).TryGetValue(scope, out var own) ? own : null;

    /// <summary>First argument of the effective value, lowercased; empty when the target does not know the keyword.</summary>
    public string Word(string keyword, MatchScope? scope) => Knows(keyword) ? Get(keyword, scope).Word : "";

    /// <summary>True when the effective value is <c>yes</c> for connections in <paramref name="scope"/>.</summary>
    public bool IsYes(string keyword, MatchScope? scope) => Word(keyword, scope) == "yes";

    /// <summary>Match blocks that set any of <paramref name="keywords"/>, in read order.</summary>
    public IReadOnlyList<MatchScope> ScopesSetting(params string[] keywords)
    {
        var seen = new HashSet<MatchScope>();
        foreach (var keyword in keywords)
            foreach (var scope in Blocks(keyword).Keys) seen.Add(scope);
        return seen.OrderBy(s => s.Header.Order).ToList();
    }
}
