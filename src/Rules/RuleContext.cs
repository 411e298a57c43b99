// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Values;

namespace SshdLint.Rules;

/// <summary>
/// Where a setting takes a value: the global startup value (from a line or the compiled-in default), or the
/// value a Match block gives the connections it matches.
/// </summary>
/// <param name="Keyword">Canonical keyword name.</param>
/// <param name="Scope">The Match block; null for the global value.</param>
/// <param name="Line">The line that sets the value; null when the default applies.</param>
/// <param name="Value">The parsed value (the default parsed for the target when <see cref="IsDefault"/>); null when it cannot be parsed.</param>
/// <param name="IsDefault">True when no line sets the keyword and the compiled-in default applies.</param>
public sealed record SettingOccurrence(string Keyword, MatchScope? Scope, BoundDirective? Line, SettingValue? Value, bool IsDefault)
{
    /// <summary>The raw arguments as written, or the default text split at spaces.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>First argument, lowercased: handy for yes/no and enum checks.</summary>
    public string Word => Arguments.Count > 0 ? Arguments[0].ToLowerInvariant() : "";
}

/// <summary>Everything a rule may look at, and the way it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, SettingValue?> _defaults = new(StringComparer.OrdinalIgnoreCase);

    internal RuleContext(ConfigModel model, EffectiveConfig startup, Rule rule, DiagnosticSeverity severity, RuleOptions options, List<Diagnostic> sink)
    {
        Model = model;
        Startup = startup;
        Rule = rule;
        Severity = severity;
        Options = options;
        _diagnostics = sink;
    }

    public ConfigModel Model { get; }

    public Target Target => Model.Target;

    /// <summary>The configuration sshd applies at startup (global lines and <c>Match All</c>).</summary>
    public EffectiveConfig Startup { get; }

    public Rule Rule { get; }

    public DiagnosticDescriptor Descriptor => Rule.Descriptor;

    /// <summary>The severity findings are reported with (profile and configuration applied).</summary>
    public DiagnosticSeverity Severity { get; }

    public RuleOptions Options { get; }

    public KeywordTable Keywords => KeywordCatalog.For(Target);

    /// <summary>True when the target knows the keyword (it exists in that version and vendor).</summary>
    public bool Knows(string keyword) => Keywords.Lookup(keyword) is { IsKnown: true };

    /// <summary>
    /// The global value of <paramref name="keyword"/>, then the value of every Match block that sets it (the first
    /// line in the block, as sshd keeps the first).
    /// </summary>
    public IEnumerable<SettingOccurrence> Occurrences(string keyword)
    {
        yield return Global(keyword);
        foreach (var occurrence in InMatchBlocks(keyword)) yield return occurrence;
    }

    /// <summary>The startup value: the winning global line, or the target's default.</summary>
    public SettingOccurrence Global(string keyword)
    {
        var setting = Startup.Get(keyword);
        if (setting.WinningLine is { } line)
            return new SettingOccurrence(setting.Name, null, line, line.Value, false) { Arguments = line.Syntax.ArgumentValues };
        return new SettingOccurrence(setting.Name, null, null, DefaultValue(setting.Name), true) { Arguments = DefaultArguments(setting.Name) };
    }

    /// <summary>The first line setting <paramref name="keyword"/> in each Match block (blocks applied at startup excluded).</summary>
    public IEnumerable<SettingOccurrence> InMatchBlocks(string keyword)
    {
        string name = Keywords.Lookup(keyword)?.EffectiveName ?? keyword;
        var seen = new HashSet<MatchScope>();
        foreach (var line in Model.LinesSetting(name))
        {
            if (line.Scope is null || line.ActiveAtStartup) continue;
            if (!seen.Add(line.Scope)) continue;
            yield return new SettingOccurrence(name, line.Scope, line, line.Value, false) { Arguments = line.Syntax.ArgumentValues };
        }
    }

    /// <summary>
    /// The value a connection matching <paramref name="scope"/> gets for <paramref name="keyword"/>: the block's own
    /// line if it sets one, else the global value. Used for implied settings (DisableForwarding covers X11Forwarding).
    /// </summary>
    public SettingOccurrence ValueFor(string keyword, MatchScope? scope)
    {
        if (scope is not null)
        {
            var own = InMatchBlocks(keyword).FirstOrDefault(o => o.Scope == scope);
            if (own is not null) return own;
        }
        return Global(keyword);
    }

    /// <summary>The target's compiled-in default for a keyword, parsed; null when there is none or it cannot be parsed.</summary>
    public SettingValue? DefaultValue(string keyword)
    {
        if (_defaults.TryGetValue(keyword, out var cached)) return cached;
        SettingValue? value = null;
        var definition = Keywords.Lookup(keyword);
        if (definition is not null)
        {
            try
            {
                value = SettingDefaults.Single(definition, Target);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                value = null;
            }
        }
        _defaults[keyword] = value;
        return value;
    }

    private IReadOnlyList<string> DefaultArguments(string keyword) =>
        Keywords.Lookup(keyword)?.Default?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>
    /// A stable place for a finding about a keyword that no line sets: the first global Include of the main file
    /// (a drop-in there could set it), else the first line of the main file.
    /// </summary>
    public Location DefaultLocation()
    {
        var main = Model.MainFile;
        var include = Model.Directives.FirstOrDefault(d => d.File == main && d.Scope is null && d.Syntax.Kind == SyntaxKind.IncludeDirective);
        if (include is not null) return include.Location;
        var first = main.Tree.Root.AllDirectives().FirstOrDefault();
        if (first is not null) return main.Tree.GetLocation(first.Span);
        return main.Tree.GetLocation(new Parser.Text.TextSpan(0, 0));
    }

    /// <summary>Reports a finding at a location.</summary>
    /// <param name="severity">
    /// Overrides <see cref="Severity"/> for this one finding. Only for rules that grade their findings (a broken
    /// cipher is an error, a CBC one a warning); use <see cref="GradedSeverity"/> so a severity the user configured wins.
    /// </param>
    public void Report(Location location, object?[] args, IReadOnlyList<CodeFix>? fixes = null, IReadOnlyList<RelatedLocation>? related = null, string messageSuffix = "", DiagnosticSeverity? severity = null)
    {
        _diagnostics.Add(new Diagnostic
        {
            Descriptor = Descriptor,
            Message = Descriptor.FormatMessage(args) + messageSuffix,
            Location = location,
            Severity = severity ?? Severity,
            Fixes = fixes ?? [],
            RelatedLocations = related ?? [],
        });
    }

    /// <summary>Reports a finding at a line (the whole directive).</summary>
    public void Report(BoundDirective line, params object?[] args) => Report(line.Location, args);

    /// <summary>
    /// Reports a finding about an occurrence: at its line, naming the Match condition when it comes from a block;
    /// at <see cref="DefaultLocation"/> with the default spelled out when no line sets it.
    /// </summary>
    /// <param name="occurrence">The setting reported.</param>
    /// <param name="args">Message arguments.</param>
    /// <param name="fixes">Fixes, built with <see cref="Fixes.FixBuilder"/>.</param>
    /// <param name="severity">A graded severity for this finding (see <see cref="GradedSeverity"/>); null for <see cref="Severity"/>.</param>
    /// <param name="defaultNote">
    /// What to say when no line sets the keyword, instead of quoting the whole default (useful for long algorithm
    /// lists); null spells out the default.
    /// </param>
    public void Report(SettingOccurrence occurrence, object?[] args, IReadOnlyList<CodeFix>? fixes = null, DiagnosticSeverity? severity = null, string? defaultNote = null)
    {
        if (occurrence.Line is { } line)
        {
            string suffix = occurrence.Scope is { } scope ? $" (in {scope})" : "";
            var related = new List<RelatedLocation>();
            if (occurrence.Scope is { } s) related.Add(new RelatedLocation(s.Header.Location, $"for connections matching {s}"));
            if (line.File.IncludedBy is { } include) related.Add(new RelatedLocation(include.Location, $"{line.File.Path} is included here"));
            Report(line.Location, args, fixes, related, suffix, severity);
            return;
        }
        string text = Keywords.Lookup(occurrence.Keyword)?.Default ?? "unset";
        string note = defaultNote ?? $"the OpenSSH {Target.Version} default is {text}";
        Report(DefaultLocation(), args, fixes, null, $" ({occurrence.Keyword} is not set; {note})", severity);
        _diagnostics[^1] = _diagnostics[^1] with { DefaultKeyword = occurrence.Keyword };
    }

    /// <summary>
    /// The severity for a finding the rule grades itself: <paramref name="graded"/> while the rule runs at its
    /// descriptor's default severity, else the severity the profile or the user chose (which then applies to every
    /// finding of the rule).
    /// </summary>
    public DiagnosticSeverity GradedSeverity(DiagnosticSeverity graded) => Severity == Descriptor.DefaultSeverity ? graded : Severity;
}
