// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Text;
using SshdLint.Rules.Linting;

namespace SshdLint.Rules.Fixes;

/// <summary>Which fixes may be applied without asking.</summary>
/// <param name="IncludeUnsafe">Also apply unsafe fixes (<c>--unsafe-fixes</c>).</param>
/// <param name="DangerousIds">Dangerous fixes are applied only for these rule ids or names (<c>--select</c>), never in bulk.</param>
/// <param name="Only">When set, only findings with these ids or names are fixed.</param>
public sealed record FixPolicy(bool IncludeUnsafe = false, IReadOnlySet<string>? DangerousIds = null, IReadOnlySet<string>? Only = null)
{
    public bool Allows(Diagnostic d, CodeFix fix) =>
        (Only is null || Only.Contains(d.Id) || Only.Contains(d.Descriptor.Name)) && AllowsApplicability(d, fix);

    private bool AllowsApplicability(Diagnostic d, CodeFix fix) => fix.Applicability switch
    {
        FixApplicability.Safe => true,
        FixApplicability.Unsafe => IncludeUnsafe,
        _ => DangerousIds is not null && (DangerousIds.Contains(d.Id) || DangerousIds.Contains(d.Descriptor.Name)),
    };
}

/// <summary>The outcome of fixing one configuration.</summary>
/// <param name="Original">Each file's text as read, by path.</param>
/// <param name="Fixed">Each changed file's new text, by path (unchanged files are absent).</param>
/// <param name="Applied">The fixes applied, with the finding each one fixed, in the order applied.</param>
/// <param name="Remaining">Findings left after the last pass.</param>
/// <param name="Passes">How many lint-and-fix passes ran.</param>
/// <param name="Steps">Every file change of every pass: the text before, the edits applied to it, the text after.</param>
public sealed record FixOutcome(
    IReadOnlyDictionary<string, SourceText> Original,
    IReadOnlyDictionary<string, SourceText> Fixed,
    IReadOnlyList<(Diagnostic Diagnostic, CodeFix Fix)> Applied,
    IReadOnlyList<Diagnostic> Remaining,
    int Passes,
    IReadOnlyList<FixStep> Steps)
{
    public bool Changed => Fixed.Count > 0;
}

/// <summary>One file changed by one pass.</summary>
public sealed record FixStep(string Path, SourceText Before, IReadOnlyList<TextChange> Edits, SourceText After);

/// <summary>
/// Applies fixes: each pass lints, picks the allowed fixes, sorts their edits, drops any fix whose edits overlap an
/// earlier one (a multi-file fix is taken whole or not at all), applies them, and re-lints the result, until nothing
/// changes or <see cref="MaxPasses"/> passes ran.
/// </summary>
public static class FixEngine
{
    public const int MaxPasses = 10;

    public static FixOutcome Fix(string mainPath, BindOptions bindOptions, LintOptions lintOptions, FixPolicy policy)
    {
        var overlay = new OverlayFileSystem(bindOptions.FileSystem ?? PhysicalFileSystem.Instance);
        var options = bindOptions with { FileSystem = overlay };
        var original = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var applied = new List<(Diagnostic, CodeFix)>();
        var steps = new List<FixStep>();
        IReadOnlyList<Diagnostic> remaining = [];
        int passes = 0;
        while (passes < MaxPasses)
        {
            var model = Binder.BindFile(mainPath, options, out var error) ?? throw new IOException(error);
            foreach (var file in model.Files) original.TryAdd(file.Path, file.Tree.Text);
            var result = Linter.Lint(model, lintOptions);
            remaining = result.Diagnostics;
            passes++;
            var chosen = Choose(result, policy);
            if (chosen.Count == 0) break;
            var texts = model.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Tree.Text, StringComparer.Ordinal);
            bool changed = false;
            foreach (var group in chosen.SelectMany(c => c.Fix.Edits).GroupBy(e => e.Path))
            {
                if (!texts.TryGetValue(group.Key, out var text)) continue;
                var edits = group.Select(e => e.Change).Distinct().ToList();
                var updated = text.WithChanges(edits);
                if (updated.Text == text.Text) continue;
                overlay.Set(group.Key, updated);
                steps.Add(new FixStep(group.Key, text, edits, updated));
                changed = true;
            }
            applied.AddRange(chosen.Select(c => (c.Diagnostic, c.Fix)));
            if (!changed) break;
        }
        var fixedTexts = overlay.Changes
            .Where(kv => !original.TryGetValue(kv.Key, out var o) || o.Text != kv.Value.Text)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new FixOutcome(original, fixedTexts, applied, remaining, passes, steps);
    }

    /// <summary>Picks non-overlapping allowed fixes, one per finding, in file and position order.</summary>
    public static List<(Diagnostic Diagnostic, CodeFix Fix)> Choose(LintResult result, FixPolicy policy)
    {
        var taken = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var chosen = new List<(Diagnostic, CodeFix)>();
        foreach (var d in result.Diagnostics)
        {
            var fix = d.Fixes.FirstOrDefault(f => policy.Allows(d, f) && f.Edits.Count > 0);
            if (fix is null) continue;
            bool overlaps = fix.Edits.Any(e => taken.TryGetValue(e.Path, out var spans) && spans.Any(s => Overlaps(s, e.Change.Span)));
            if (overlaps) continue; // the next pass re-lints and offers it again against the new text
            if (chosen.Any(c => c.Item2.Edits.SequenceEqual(fix.Edits))) continue; // the same edit fixes several findings
            foreach (var e in fix.Edits)
            {
                if (!taken.TryGetValue(e.Path, out var spans)) taken[e.Path] = spans = [];
                spans.Add(e.Change.Span);
            }
            chosen.Add((d, fix));
        }
        return chosen;
    }

    // Two insertions at the same point would be applied in an arbitrary order; treat them as overlapping too.
    private static bool Overlaps(TextSpan a, TextSpan b) => a.OverlapsWith(b) || a.Start == b.Start || (a.IsEmpty && b.Contains(a.Start)) || (b.IsEmpty && a.Contains(b.Start));

    /// <summary>A file system that serves fixed texts for changed files and the real files otherwise.</summary>
    private sealed class OverlayFileSystem(IFileSystem inner) : IFileSystem
    {
        private readonly Dictionary<string, SourceText> _changes = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, SourceText> Changes => _changes;

        public void Set(string path, SourceText text) => _changes[path] = text;

        public FileReadResult ReadFile(string path) => _changes.TryGetValue(path, out var text) ? FileReadResult.Ok(text.ToBytes()) : inner.ReadFile(path);

        public bool DirectoryExists(string path) => inner.DirectoryExists(path);

        public bool FileExists(string path) => _changes.ContainsKey(path) || inner.FileExists(path);

        public IEnumerable<string> ListDirectory(string path) => inner.ListDirectory(path);
    }
}
