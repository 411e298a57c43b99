// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Sarif;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Docs;

namespace SshdLint.Cli.Output.Sarif;

/// <summary>
/// The rule catalog of the SARIF driver (<c>tool.driver.rules</c>): one <see cref="ReportingDescriptor"/> per
/// diagnostic SshdLint can report, in id order, so a result's <c>ruleIndex</c> is stable for a given release.
/// </summary>
/// <remarks>
/// GitHub code scanning reads <c>properties.tags</c> (a <c>security</c> tag makes findings security alerts),
/// <c>properties.security-severity</c> (a score from 0.0 to 10.0 that ranks them: 9.0 and above critical, 7.0 high,
/// 4.0 medium, below that low) and <c>properties.precision</c>; see GitHub's "SARIF support for code scanning".
/// </remarks>
internal static partial class SarifRules
{
    /// <summary>Builds the descriptors for <paramref name="descriptors"/>, in the order given.</summary>
    public static IList<ReportingDescriptor> Build(IEnumerable<DiagnosticDescriptor> descriptors) =>
        descriptors.Select(Build).ToList();

    public static ReportingDescriptor Build(DiagnosticDescriptor d)
    {
        string? doc = RuleDocumentation.Get(d.Id);
        string summary = Sentence(d.Title);
        string full = doc is null ? summary : Sentence(FirstParagraph(Section(doc, "What it does")) ?? FirstParagraph(Lead(doc)) ?? d.Title);
        string markdown = doc ?? $"# {d.Name} ({d.Id})\n\n{summary}\n";
        return new ReportingDescriptor
        {
            Id = d.Id,
            Name = d.Name,
            ShortDescription = new MultiformatMessageString { Text = summary },
            FullDescription = new MultiformatMessageString { Text = full },
            Help = new MultiformatMessageString
            {
                Text = $"{PlainText(markdown).TrimEnd()}\n\nDocumentation: {d.HelpLink}\n",
                Markdown = $"{markdown.TrimEnd()}\n\n[Documentation of {d.Id}]({d.HelpLink})\n",
            },
            HelpUri = new Uri(d.HelpLink),
            DefaultConfiguration = new ReportingConfiguration
            {
                Level = Level(d.DefaultSeverity),
                Enabled = d.IsEnabledByDefault,
            },
        }.WithProperties(Properties(d));
    }

    /// <summary>SARIF has no "hint": info and hint both become <c>note</c>, the lowest level that still shows.</summary>
    public static FailureLevel Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FailureLevel.Error,
        DiagnosticSeverity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    /// <summary>True for checks GitHub should treat as security alerts: the 2xxx range and anything tagged security.</summary>
    public static bool IsSecurity(DiagnosticDescriptor d) =>
        d.Category == DiagnosticCategory.Security || d.Tags.HasFlag(DiagnosticTags.Security);

    /// <summary>
    /// The <c>security-severity</c> score, from the default severity: an error is high (8.0), a warning medium (5.5),
    /// info and hint low (3.0 and 1.0). A descriptor carries no score of its own yet, so rules rank by severity.
    /// </summary>
    public static string SecuritySeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "8.0",
        DiagnosticSeverity.Warning => "5.5",
        DiagnosticSeverity.Info => "3.0",
        _ => "1.0",
    };

    /// <summary>
    /// <c>very-high</c> for what sshd itself checks (the 0xxx range: SshdLint reproduces sshd's own verdict),
    /// <c>high</c> for rules, <c>low</c> for the internal "a rule failed" report.
    /// </summary>
    public static string Precision(DiagnosticDescriptor d) =>
        d.Id == "SSHD0000" ? "low" : d.Category == DiagnosticCategory.Syntax ? "very-high" : "high";

    private static Dictionary<string, SerializedPropertyInfo> Properties(DiagnosticDescriptor d)
    {
        var tags = new List<string>();
        if (IsSecurity(d)) tags.Add("security");
        tags.Add(d.Category.ToString().ToLowerInvariant());
        if (d.Tags.HasFlag(DiagnosticTags.Deprecated)) tags.Add("deprecated");
        if (d.Tags.HasFlag(DiagnosticTags.Unnecessary)) tags.Add("unnecessary");
        var properties = new Dictionary<string, SerializedPropertyInfo>(StringComparer.Ordinal)
        {
            ["tags"] = SarifProperties.StringArray(tags.Distinct(StringComparer.Ordinal)),
            ["precision"] = SarifProperties.String(Precision(d)),
        };
        if (IsSecurity(d)) properties["security-severity"] = SarifProperties.String(SecuritySeverity(d.DefaultSeverity));
        properties["fix"] = SarifProperties.String(d.FixAvailability.ToString().ToLowerInvariant());
        properties["since"] = SarifProperties.String(d.Since);
        return properties;
    }

    /// <summary>
    /// Ends a message with a period, as SARIF asks of every message string (§3.11.5; the multitool's SARIF2001),
    /// while SshdLint's own messages have none (STYLE.md).
    /// </summary>
    public static string Sentence(string text)
    {
        string t = text.TrimEnd();
        if (t.Length == 0) return t;
        return t[^1] is '.' or '!' or '?' ? t : t + ".";
    }

    private static string Lead(string doc)
    {
        int firstBreak = doc.IndexOf('\n', StringComparison.Ordinal);
        string rest = firstBreak < 0 ? "" : doc[(firstBreak + 1)..];
        int heading = rest.IndexOf("\n## ", StringComparison.Ordinal);
        return heading < 0 ? rest : rest[..heading];
    }

    private static string? Section(string doc, string heading)
    {
        string marker = $"## {heading}\n";
        int start = doc.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length;
        int end = doc.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }

    private static string? FirstParagraph(string? text)
    {
        if (text is null) return null;
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (paragraph.StartsWith("```", StringComparison.Ordinal)) continue;
            return Unwrap(PlainText(paragraph));
        }
        return null;
    }

    private static string Unwrap(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<url>[^)]*)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>
    /// A plain-text reading of the Markdown docs for viewers that show <c>help.text</c>: headings lose their marks,
    /// fences go (their contents stay, indented), inline code and emphasis marks go, links keep their text.
    /// </summary>
    public static string PlainText(string markdown)
    {
        var sb = new StringBuilder();
        bool inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence)
            {
                sb.Append("    ").Append(raw).Append('\n');
                continue;
            }
            string line = raw.TrimStart('#').TrimStart();
            if (line.Length != raw.Length && raw.StartsWith('#') && sb.Length > 0 && !sb.ToString().EndsWith("\n\n", StringComparison.Ordinal))
                sb.Append('\n');
            line = MarkdownLink().Replace(line, m => m.Groups["text"].Value);
            line = line.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>Values for SARIF property bags, which the SDK keeps as serialized JSON text.</summary>
internal static class SarifProperties
{
    /// <summary>Gives <paramref name="node"/> these properties and returns it.</summary>
    /// <remarks>
    /// The SDK's setter, <see cref="PropertyBagHolder.SetProperty{T}"/>, serializes values with Newtonsoft.Json's
    /// reflection (which the Native AOT build must not reach), and the bag itself is internal. Its only public,
    /// reflection-free way in is copying a bag from another node, so the values travel on a <see cref="Message"/>
    /// made with the constructor that takes a bag.
    /// </remarks>
    public static T WithProperties<T>(this T node, IDictionary<string, SerializedPropertyInfo> properties)
        where T : PropertyBagHolder
    {
        node.SetPropertiesFrom(new Message(text: null, markdown: null, id: null, arguments: null, properties));
        return node;
    }

    public static SerializedPropertyInfo String(string value) => new(Json.Quote(value), isString: true);

    public static SerializedPropertyInfo StringArray(IEnumerable<string> values) =>
        new("[" + string.Join(",", values.Select(Json.Quote)) + "]", isString: false);

    public static SerializedPropertyInfo Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), isString: false);

    /// <summary>Minimal JSON string quoting for property-bag values (the bag holds raw JSON).</summary>
    private static class Json
    {
        public static string Quote(string s)
        {
            using var stream = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
                writer.WriteStringValue(s);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
