// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using System.Text.RegularExpressions;
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Docs;

/// <summary>
/// The Markdown documentation of every diagnostic, embedded beside its rule (<c>&lt;Name&gt;Rule.md</c>), and the
/// generated forms: <c>docs/rules/&lt;Id&gt;.md</c> and the README table.
/// </summary>
public static partial class RuleDocumentation
{
    /// <summary>The headings every doc must have, in order.</summary>
    public static readonly IReadOnlyList<string> RequiredHeadings =
        ["What it does", "Why it matters", "Example", "Use instead", "Fix safety", "Options", "References"];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Docs = new(Load);

    [GeneratedRegex(@"^#\s.*\((?<id>SSHD\d{4})\)\s*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    /// <summary>The doc source for an id; null when there is none.</summary>
    public static string? Get(string id) => Docs.Value.TryGetValue(id, out var doc) ? doc : null;

    /// <summary>Ids that have a doc.</summary>
    public static IEnumerable<string> DocumentedIds => Docs.Value.Keys;

    private static Dictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(RuleDocumentation).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("SshdLint.Rules.Docs.", StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var match = TitleLine().Match(text);
            if (match.Success) result[match.Groups["id"].Value] = text;
        }
        return result;
    }

    /// <summary>The page published as <c>docs/rules/&lt;Id&gt;.md</c>: facts from the descriptor, then the doc.</summary>
    public static string RenderPage(DiagnosticDescriptor d)
    {
        var sb = new StringBuilder();
        string doc = Get(d.Id) ?? $"# {d.Name} ({d.Id})\n\n{d.Title}.\n";
        int firstBreak = doc.IndexOf('\n', StringComparison.Ordinal);
        sb.Append(doc[..(firstBreak + 1)]).Append('\n');
        sb.Append("<!-- Generated from the rule's descriptor and src/Rules doc; edit those, then run the docs test with SSHDLINT_UPDATE_SNAPSHOTS=1. -->\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append($"| Id | `{d.Id}` |\n");
        sb.Append($"| Name | `{d.Name}` |\n");
        sb.Append($"| Category | {d.Category} |\n");
        sb.Append($"| Default severity | {d.DefaultSeverity} |\n");
        sb.Append($"| Enabled by default | {(d.IsEnabledByDefault ? "yes" : "no")} |\n");
        sb.Append($"| Fix | {d.FixAvailability} |\n");
        if (d.Tags != DiagnosticTags.None) sb.Append($"| Tags | {d.Tags} |\n");
        sb.Append($"| Since | {d.Since} |\n\n");
        sb.Append(doc[(firstBreak + 1)..].TrimStart('\n'));
        if (!sb.ToString().EndsWith('\n')) sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// <c>docs/rules/RELEASES.md</c>: every id under the release that ships it (roslyn-analyzers' Shipped/Unshipped
    /// files). Until 0.1.0 is released every id is unshipped.
    /// </summary>
    public static string RenderReleases(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var sb = new StringBuilder();
        sb.Append("# Rule releases\n\n");
        sb.Append("<!-- Generated from the rule registry by the docs test (SSHDLINT_UPDATE_SNAPSHOTS=1); do not edit. -->\n\n");
        sb.Append("Every diagnostic id and the release that ships it, as in roslyn-analyzers' AnalyzerReleases.Shipped.md and\n");
        sb.Append("AnalyzerReleases.Unshipped.md. When a release is cut its section moves to \"Shipped\" unchanged; later changes to a\n");
        sb.Append("shipped id are recorded under the release that makes them. Ids are never reused (docs/rule-id-ranges.txt).\n\n");
        sb.Append("## Shipped\n\nNo release has shipped yet.\n\n## Unshipped\n\n### Release 0.1.0\n\n");
        sb.Append("| Id | Name | Category | Severity | On by default |\n|---|---|---|---|---|\n");
        foreach (var d in descriptors)
            sb.Append($"| {d.Id} | {d.Name} | {d.Category} | {d.DefaultSeverity} | {(d.IsEnabledByDefault ? "yes" : "no")} |\n");
        return sb.ToString();
    }

    /// <summary>The Markdown table of all diagnostics for the README.</summary>
    public static string RenderTable(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var sb = new StringBuilder();
        sb.Append("| Id | Name | Severity | On by default | Fix | What it flags |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var d in descriptors)
            sb.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | `{d.Name}` | {d.DefaultSeverity.ToString().ToLowerInvariant()} | {(d.IsEnabledByDefault ? "yes" : "no")} | {d.FixAvailability.ToString().ToLowerInvariant()} | {d.Title} |\n");
        return sb.ToString();
    }
}
