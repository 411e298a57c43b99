// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Docs;
using SshdLint.TestSupport;

namespace SshdLint.Rules.Tests.Meta;

/// <summary>
/// docs/rules/&lt;Id&gt;.md and the README's rules table are generated from the registry; this fails when they are
/// stale. Regenerate with <c>SSHDLINT_UPDATE_SNAPSHOTS=1 ./test.sh --filter GeneratedDocs</c>.
/// </summary>
public sealed class GeneratedDocsTests
{
    private const string TableStart = "<!-- rules-table:start -->";
    private const string TableEnd = "<!-- rules-table:end -->";

    private static bool Update => Environment.GetEnvironmentVariable("SSHDLINT_UPDATE_SNAPSHOTS") == "1";

    [Fact]
    public void RulePagesAreCurrent()
    {
        string dir = Path.Combine(RepoPaths.Root, "docs", "rules");
        Directory.CreateDirectory(dir);
        var expected = RuleRegistry.AllDescriptors.ToDictionary(d => $"{d.Id}.md", RuleDocumentation.RenderPage);
        if (Update)
        {
            foreach (var stale in Directory.GetFiles(dir, "SSHD*.md").Where(f => !expected.ContainsKey(Path.GetFileName(f)))) File.Delete(stale);
            foreach (var (name, text) in expected) File.WriteAllText(Path.Combine(dir, name), text);
        }
        var present = Directory.GetFiles(dir, "SSHD*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), present);
        foreach (var (name, text) in expected)
            Assert.True(File.ReadAllText(Path.Combine(dir, name)) == text, $"docs/rules/{name} is stale; regenerate with SSHDLINT_UPDATE_SNAPSHOTS=1");
    }

    [Fact]
    public void ReleasesFileIsCurrent()
    {
        string path = Path.Combine(RepoPaths.Root, "docs", "rules", "RELEASES.md");
        string expected = RuleDocumentation.RenderReleases(RuleRegistry.AllDescriptors);
        if (Update) File.WriteAllText(path, expected);
        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, "docs/rules/RELEASES.md is stale; regenerate with SSHDLINT_UPDATE_SNAPSHOTS=1");
    }

    [Fact]
    public void ReadmeTableIsCurrent()
    {
        string path = Path.Combine(RepoPaths.Root, "README.md");
        string readme = File.ReadAllText(path);
        int start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        int end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md needs the rules-table markers");
        string table = "\n" + RuleDocumentation.RenderTable(RuleRegistry.AllDescriptors);
        string current = readme[(start + TableStart.Length)..end];
        if (Update && current != table)
        {
            File.WriteAllText(path, readme[..(start + TableStart.Length)] + table + readme[end..]);
            return;
        }
        Assert.True(current == table, "the README rules table is stale; regenerate with SSHDLINT_UPDATE_SNAPSHOTS=1");
    }
}
