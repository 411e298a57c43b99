// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Suppressions;

namespace SshdLint.Rules.Linting;

/// <summary>The result of linting one configuration (a main file and what it includes).</summary>
/// <param name="Model">The bound configuration.</param>
/// <param name="Diagnostics">Findings that are reported, in file and position order.</param>
/// <param name="Suppressed">Findings silenced by inline suppressions (SARIF reports them as suppressed).</param>
public sealed record LintResult(ConfigModel Model, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> Suppressed)
{
    public LintResult(ConfigModel model, ImmutableArray<Diagnostic> diagnostics) : this(model, diagnostics, []) { }
}

/// <summary>
/// Runs everything that produces diagnostics over a bound configuration: the structural checks sshd itself makes
/// (from the binder) and the rules, then applies suppressions.
/// </summary>
public static class Linter
{
    public static LintResult Lint(ConfigModel model) => Lint(model, LintOptions.Default);

    public static LintResult Lint(ConfigModel model, LintOptions options) => LintWith(model, options, RuleRegistry.All);

    /// <summary>Lints with an explicit rule set (tests, and callers that run a subset).</summary>
    public static LintResult LintWith(ConfigModel model, LintOptions options, IEnumerable<Rule> rules)
    {
        var all = new List<Diagnostic>();
        foreach (var d in model.Diagnostics)
        {
            var (enabled, severity) = ResolveStructural(d.Descriptor, options);
            if (enabled) all.Add(severity == d.Severity ? d : d with { Severity = severity });
        }

        // What every connection gets before user-specific Match blocks: global lines, overridden by blocks that match
        // any connection (Match All, a matching Match Version). sshd applies those in its per-connection pass too.
        var startup = EffectiveConfig.Compute(model, new ConnectionContext());
        foreach (var rule in rules)
        {
            var (enabled, severity, ruleOptions) = options.Resolve(rule);
            if (!enabled) continue;
            var sink = new List<Diagnostic>();
            var context = new RuleContext(model, startup, rule, severity, ruleOptions, sink);
            try
            {
                rule.Analyze(context);
                all.AddRange(sink);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A broken rule must never take the linter down: report it and keep going.
                all.Add(Diagnostic.Create(InternalDescriptors.InternalError,
                    model.MainFile.Tree.GetLocation(new Parser.Text.TextSpan(0, 0)), rule.Descriptor.Id, $"{e.GetType().Name}: {e.Message}"));
            }
        }

        var (kept, suppressed) = ApplySuppressions(model, all, options);
        var ordered = kept
            .OrderBy(d => FileOrder(model, d.Location.Path))
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintResult(model, ordered, [.. suppressed]);
    }

    private static (bool Enabled, DiagnosticSeverity Severity) ResolveStructural(DiagnosticDescriptor descriptor, LintOptions options)
    {
        bool enabled = true;
        var severity = descriptor.DefaultSeverity;
        foreach (var key in new[] { descriptor.Id, descriptor.Name })
        {
            if (!options.Overrides.TryGetValue(key, out var o)) continue;
            if (o.Enabled is bool on) enabled = on;
            if (o.Severity is { } s) severity = s;
        }
        return (enabled, severity);
    }

    private static (List<Diagnostic> Kept, List<Diagnostic> Suppressed) ApplySuppressions(ConfigModel model, List<Diagnostic> diagnostics, LintOptions options)
    {
        var suppressions = model.Files.SelectMany(Suppression.Find).ToList();
        if (suppressions.Count == 0) return (diagnostics, []);
        var used = new HashSet<Suppression>();
        var kept = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var match = suppressions.FirstOrDefault(s => s.Covers(d));
            if (match is null) { kept.Add(d); continue; }
            used.Add(match);
            suppressed.Add(d);
        }
        var (enabled, severity) = ResolveStructural(InternalDescriptors.UnusedSuppression, options);
        if (enabled)
        {
            foreach (var s in suppressions.Where(s => !used.Contains(s)))
            {
                var file = model.Files.First(f => f.Path == s.Path);
                var location = file.Tree.GetLocation(s.Span);
                var edit = new FileTextEdit(s.Path, new Parser.Text.TextChange(file.Tree.Text.GetFullLinesSpan(s.Span), ""));
                kept.Add(Diagnostic.Create(InternalDescriptors.UnusedSuppression, location, string.Join(", ", s.Codes)) with
                {
                    Severity = severity,
                    Fixes = [new CodeFix("Remove the unused suppression comment", FixApplicability.Safe, [edit])],
                });
            }
        }
        return (kept, suppressed);
    }

    private static int FileOrder(ConfigModel model, string path)
    {
        for (int i = 0; i < model.Files.Length; i++) if (model.Files[i].Path == path) return i;
        return int.MaxValue;
    }
}
