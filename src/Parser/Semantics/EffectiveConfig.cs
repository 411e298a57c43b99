// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Semantics;

/// <summary>The value one setting takes, with where it came from.</summary>
public sealed class EffectiveSetting
{
    internal EffectiveSetting(string name, KeywordDefinition? keyword, IReadOnlyList<BoundDirective> sources)
    {
        Name = name;
        Keyword = keyword;
        Sources = sources;
    }

    /// <summary>Canonical keyword name.</summary>
    public string Name { get; }

    public KeywordDefinition? Keyword { get; }

    /// <summary>The lines whose values are in effect, in the order they apply; empty when the default applies.</summary>
    public IReadOnlyList<BoundDirective> Sources { get; }

    /// <summary>The parsed values of <see cref="Sources"/>.</summary>
    public IReadOnlyList<SettingValue> Values => Sources.Select(s => s.Value!).ToArray();

    /// <summary>True when no line sets the keyword and the compiled-in default applies.</summary>
    public bool IsDefault => Sources.Count == 0;

    /// <summary>The target's default as <c>sshd -T</c> prints it.</summary>
    public string? DefaultText => Keyword?.Default;

    /// <summary>True when the value comes from a Match block (for the connection evaluated).</summary>
    public bool FromMatch => Sources.Any(s => s.Scope is not null);

    /// <summary>The line that decides the value (the first source), or null for defaults.</summary>
    public BoundDirective? WinningLine => Sources.Count > 0 ? Sources[0] : null;
}

/// <summary>A line that has no effect because another line for the same setting wins.</summary>
/// <param name="Line">The line that is ignored.</param>
/// <param name="WinningLine">The line whose value sshd keeps.</param>
public sealed record ShadowedLine(BoundDirective Line, BoundDirective WinningLine);

/// <summary>
/// What sshd uses: the startup pass over global lines, then (per connection) the Match blocks that match,
/// whose values override the global ones (semantics.md §4.1).
/// </summary>
public sealed class EffectiveConfig : IEffectiveSettings
{
    private readonly Dictionary<string, List<BoundDirective>> _settings;

    private EffectiveConfig(ConfigModel model, ConnectionContext? context, Dictionary<string, List<BoundDirective>> settings)
    {
        Model = model;
        Context = context;
        _settings = settings;
    }

    public ConfigModel Model { get; }

    /// <summary>The connection evaluated; null for the startup view (no Match block applies except All).</summary>
    public ConnectionContext? Context { get; }

    public Target Target => Model.Target;

    /// <summary>
    /// Computes the effective configuration. With <paramref name="context"/> null, only the startup pass is applied
    /// (what sshd enforces before any connection). To reproduce <c>sshd -T</c> without <c>-C</c>, pass an empty
    /// context: sshd then evaluates Match blocks with no connection data, so only <c>Match All</c> applies.
    /// </summary>
    public static EffectiveConfig Compute(ConfigModel model, ConnectionContext? context)
    {
        var target = model.Target;
        var global = new Dictionary<string, List<BoundDirective>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in model.Directives)
        {
            if (line.ActiveAtStartup && line.SetsValue) Apply(global, line, target);
        }
        if (context is null) return new EffectiveConfig(model, null, global);

        // Pass 2: a fresh option set from matching Match blocks only; set options are copied over the global ones.
        var matched = new Dictionary<string, List<BoundDirective>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in model.Directives)
        {
            if (line.Scope is null || !line.SetsValue) continue;
            if (!line.Scope.Matches(context, target)) continue;
            Apply(matched, line, target);
        }
        foreach (var (name, lines) in matched)
        {
            var keyword = lines[0].Keyword!;
            // copy_set_server_options copies only what may be set in a Match block.
            if (!IsCopiedFromMatch(keyword, target)) continue;
            global[name] = lines;
        }
        return new EffectiveConfig(model, context, global);
    }

    private static bool IsCopiedFromMatch(KeywordDefinition keyword, Target target)
    {
        var canonical = KeywordCatalog.For(target).Lookup(keyword.EffectiveName) ?? keyword;
        // PAMServiceName is accepted in Match by 10.5 but its value is not copied (semantics.md §4.1).
        if (canonical.Name.Equals("PAMServiceName", StringComparison.OrdinalIgnoreCase)) return false;
        return canonical.AllowedInMatch || keyword.AllowedInMatch;
    }

    /// <summary>Folds one line into a set following the keyword's precedence for the target.</summary>
    private static void Apply(Dictionary<string, List<BoundDirective>> set, BoundDirective line, Target target)
    {
        string name = line.SettingName!;
        var precedence = PrecedenceOf(line, target);
        if (!set.TryGetValue(name, out var lines))
        {
            set[name] = [line];
            return;
        }
        switch (precedence)
        {
            case Precedence.Accumulates:
            case Precedence.PerComponent:
                lines.Add(line);
                break;
            case Precedence.AccumulatesByName:
                string subsystem = line.Syntax.ArgumentValues.Count > 0 ? line.Syntax.ArgumentValues[0] : "";
                if (!lines.Any(l => l.Syntax.ArgumentValues.Count > 0 && l.Syntax.ArgumentValues[0] == subsystem)) lines.Add(line);
                break;
            case Precedence.LastWins:
                lines[0] = line;
                break;
            default:
                break; // first wins: keep what is there
        }
    }

    private static Precedence PrecedenceOf(BoundDirective line, Target target)
    {
        var keyword = line.Keyword!;
        if (keyword.Status == KeywordStatus.Alias)
            return KeywordCatalog.For(target).Lookup(keyword.EffectiveName)?.Precedence ?? keyword.Precedence;
        return keyword.Precedence;
    }

    /// <summary>The setting for a canonical keyword name (aliases resolved).</summary>
    public EffectiveSetting Get(string keyword)
    {
        var definition = KeywordCatalog.For(Target).Lookup(keyword);
        string name = definition?.EffectiveName ?? keyword;
        var canonical = definition is { Status: KeywordStatus.Alias } ? KeywordCatalog.For(Target).Lookup(name) ?? definition : definition;
        return new EffectiveSetting(name, canonical, _settings.TryGetValue(name, out var lines) ? lines : []);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SettingValue> Values(string canonicalKeyword) => Get(canonicalKeyword).Values;

    /// <summary>Every setting some line sets, by canonical name.</summary>
    public IEnumerable<EffectiveSetting> SetSettings => _settings.Keys.Select(Get);

    /// <summary>
    /// Lines that cannot take effect because an earlier (or, for last-wins keywords, a later) line for the same
    /// setting wins in the same scope: the global startup pass, or one Match block.
    /// </summary>
    public static IReadOnlyList<ShadowedLine> FindShadowedLines(ConfigModel model)
    {
        var result = new List<ShadowedLine>();
        var target = model.Target;
        // Global scope, startup pass (lines in Match All count as global there).
        var groups = model.Directives.Where(d => d.SetsValue && d.ActiveAtStartup && d.Scope is null)
            .GroupBy(d => d.SettingName!, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups) AddShadowed(result, group.ToList(), target);
        // Inside each Match block (a matching block applies as a whole; inside it, first wins as well).
        foreach (var scopeGroup in model.Directives.Where(d => d.SetsValue && d.Scope is not null).GroupBy(d => d.Scope!))
        {
            foreach (var group in scopeGroup.GroupBy(d => d.SettingName!, StringComparer.OrdinalIgnoreCase))
                AddShadowed(result, group.ToList(), target);
        }
        return result.OrderBy(s => s.Line.Order).ToList();
    }

    private static void AddShadowed(List<ShadowedLine> result, List<BoundDirective> lines, Target target)
    {
        if (lines.Count < 2) return;
        var precedence = PrecedenceOf(lines[0], target);
        switch (precedence)
        {
            case Precedence.FirstWins:
            case Precedence.FirstLineWins:
                foreach (var l in lines.Skip(1)) result.Add(new ShadowedLine(l, lines[0]));
                break;
            case Precedence.LastWins:
                foreach (var l in lines.Take(lines.Count - 1)) result.Add(new ShadowedLine(l, lines[^1]));
                break;
            case Precedence.AccumulatesByName:
                foreach (var l in lines)
                {
                    var first = lines.First(o => o.Syntax.ArgumentValues.FirstOrDefault() == l.Syntax.ArgumentValues.FirstOrDefault());
                    if (first != l) result.Add(new ShadowedLine(l, first));
                }
                break;
        }
    }
}
