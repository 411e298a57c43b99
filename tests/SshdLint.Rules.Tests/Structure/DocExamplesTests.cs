// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

/// <summary>
/// The docs of the structure (SSHD1001–1099), deprecated (SSHD3004–3099) and informational (SSHD4002–4099) rules:
/// required headings in order, and runnable examples (the Example triggers the rule under strict, Use instead does
/// not). A fence whose first line is <c># target OpenSSH X.Y</c> is linted for that release (rules about old
/// releases cannot fire at the default 10.5).
/// </summary>
public sealed partial class DocExamplesTests
{
    /// <summary>Other files an example needs (the drop-in trap needs a drop-in).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Files = new()
    {
        ["SSHD1002"] = new() { ["/etc/ssh/sshd_config.d/50-cloud-init.conf"] = "PasswordAuthentication yes\n" },
    };

    public static IEnumerable<object[]> Ids => RuleRegistry.All.Select(r => r.Descriptor.Id)
        .Where(id => InRange(id, 1001, 1099) || InRange(id, 3004, 3099) || InRange(id, 4002, 4099))
        .Select(id => new object[] { id });

    private static bool InRange(string id, int low, int high) => int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture) is var n && n >= low && n <= high;

    [GeneratedRegex(@"^## (?<h>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"```sshd_config\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocHasTheRequiredHeadingsInOrder(string id)
    {
        var doc = RuleDocumentation.Get(id);
        Assert.NotNull(doc);
        var rule = RuleRegistry.FindRule(id)!;
        Assert.StartsWith($"# {rule.Descriptor.Name} ({id})\n", doc);
        var headings = Heading().Matches(doc!).Select(m => m.Groups["h"].Value.Trim()).ToList();
        Assert.Equal(RuleDocumentation.RequiredHeadings, headings);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ExampleTriggersAndUseInsteadDoesNot(string id)
    {
        var doc = RuleDocumentation.Get(id)!;
        string example = Section(doc, "Example");
        string useInstead = Section(doc, "Use instead");
        Files.TryGetValue(id, out var files);
        Assert.Contains(Lint(example, files).Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(Lint(useInstead, files).Diagnostics, d => d.Id == id);
    }

    private static Linting.LintResult Lint(string text, Dictionary<string, string>? files)
    {
        Target? target = null;
        var first = text.Split('\n')[0];
        if (first.StartsWith("# target OpenSSH ", StringComparison.Ordinal))
            target = new Target(OpenSshVersion.Parse(first["# target OpenSSH ".Length..].Split(':')[0].Trim()));
        return RuleVerifier.Lint(text, target, files: files);
    }

    private static string Section(string doc, string heading)
    {
        int start = doc.IndexOf($"## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {heading} section");
        int end = doc.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var match = Fence().Match(end < 0 ? doc[start..] : doc[start..end]);
        Assert.True(match.Success, $"no sshd_config fence under {heading}");
        return match.Groups["code"].Value;
    }
}
