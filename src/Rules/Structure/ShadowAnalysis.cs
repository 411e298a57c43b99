// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;

namespace SshdLint.Rules.Structure;

/// <summary>Why a line is shadowed.</summary>
internal enum ShadowKind
{
    /// <summary>Another line in the same scope wins (first-wins, or last-wins for the few keywords without a guard).</summary>
    SameScope,

    /// <summary>
    /// The line is in a block applied to every connection (<c>Match All</c>, a matching <c>Match Version</c>) and an
    /// earlier such block already sets the keyword: it loses at startup and again in the per-connection pass.
    /// </summary>
    EarlierStartupBlock,

    /// <summary>
    /// A keyword sshd never takes from a Match block (global-only, or PAMServiceName) sits in a block applied at
    /// startup, after a line that already set it: first-wins at startup, and nothing copies it per connection.
    /// </summary>
    NotCopiedFromMatch,
}

/// <summary>A line that never takes effect, with the line that wins instead.</summary>
internal sealed record Shadowing(BoundDirective Line, BoundDirective Winner, ShadowKind Kind)
{
    /// <summary>True when the winner is read after the ignored line (last-wins keywords).</summary>
    public bool WinnerIsLater => Winner.Order > Line.Order;

    /// <summary>True when the winner is in another file, or another read of the same file.</summary>
    public bool AcrossFiles => !ReferenceEquals(Line.File, Winner.File);
}

/// <summary>
/// Finds the lines sshd ignores because another line for the same setting wins (semantics.md §4, §4.1): the
/// binder's <see cref="EffectiveConfig.FindShadowedLines"/> (one scope at a time), plus the cases that cross
/// scopes through blocks applied at startup. Subsystem repeats are left to <c>duplicate-subsystem-ignored</c>.
/// </summary>
internal static class ShadowAnalysis
{
    public static IReadOnlyList<Shadowing> Find(ConfigModel model)
    {
        var table = KeywordCatalog.For(model.Target);
        var result = new List<Shadowing>();
        var seen = new HashSet<BoundDirective>();
        foreach (var s in EffectiveConfig.FindShadowedLines(model))
        {
            if (PrecedenceOf(table, s.Line) == Precedence.AccumulatesByName) continue;
            result.Add(new Shadowing(s.Line, s.WinningLine, ShadowKind.SameScope));
            seen.Add(s.Line);
        }

        // Lines in blocks applied at startup (Match All, a matching Match Version): servconf.c applies them in the
        // startup pass like global lines (first wins), then again per connection, where a block's value overrides
        // the global one only for keywords copy_set_server_options copies. Only the first startup line and the
        // first startup line inside a block matter for each setting, so one pass collects them.
        var first = new Dictionary<string, BoundDirective>(StringComparer.OrdinalIgnoreCase);
        var firstInBlock = new Dictionary<string, BoundDirective>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in model.Directives)
        {
            if (!line.ActiveAtStartup || !line.SetsValue) continue;
            string name = line.SettingName!;
            bool isFirst = first.TryAdd(name, line);
            if (line.Scope is null) continue;
            bool isFirstInBlock = firstInBlock.TryAdd(name, line);
            if (seen.Contains(line) || isFirst) continue;
            if (PrecedenceOf(table, line) is not (Precedence.FirstWins or Precedence.FirstLineWins)) continue;
            if (!IsCopiedFromMatch(table, line))
            {
                result.Add(new Shadowing(line, first[name], ShadowKind.NotCopiedFromMatch));
            }
            else if (!isFirstInBlock)
            {
                // Per connection, an earlier block applied to every connection wins as well. (An earlier line of the
                // same block would have made this line shadowed within its scope, in "seen" already.)
                result.Add(new Shadowing(line, firstInBlock[name], ShadowKind.EarlierStartupBlock));
            }
        }
        return result.OrderBy(s => s.Line.Order).ToList();
    }

    /// <summary>True when sshd copies a Match block's value for this line's keyword into a connection's settings.</summary>
    /// <remarks>
    /// copy_set_server_options copies what may be set in a Match block, except PAMServiceName, which 9.8+ accepts in
    /// a block but never copies (semantics.md §4.1; it is absent from COPY_MATCH_STRING_OPTS).
    /// </remarks>
    public static bool IsCopiedFromMatch(KeywordTable table, BoundDirective line)
    {
        var keyword = line.Keyword;
        if (keyword is null) return false;
        var canonical = table.Lookup(keyword.EffectiveName) ?? keyword;
        if (canonical.Name.Equals("PAMServiceName", StringComparison.OrdinalIgnoreCase)) return false;
        if (canonical.Name.Equals("SetEnv", StringComparison.OrdinalIgnoreCase) && !table.Target.Version.AtLeast(8, 5)) return false;
        return canonical.AllowedInMatch || keyword.AllowedInMatch;
    }

    /// <summary>How repeats combine for the setting a line sets (an alias takes its keyword's rule).</summary>
    public static Precedence PrecedenceOf(KeywordTable table, BoundDirective line)
    {
        var keyword = line.Keyword;
        if (keyword is null) return Precedence.NotApplicable;
        return keyword.Status == KeywordStatus.Alias ? table.Lookup(keyword.EffectiveName)?.Precedence ?? keyword.Precedence : keyword.Precedence;
    }

    /// <summary>True when two lines set the same value (compared as <c>sshd -T</c> prints them).</summary>
    public static bool SameValue(BoundDirective a, BoundDirective b, Target target)
    {
        if (a.Value is null || b.Value is null) return false;
        return a.Value.FormatForSshdT(target).SequenceEqual(b.Value.FormatForSshdT(target), StringComparer.Ordinal);
    }
}
