// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Text;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;
using SshdLint.TestSupport;

namespace SshdLint.Rules.Tests.Meta;

/// <summary>
/// Every fixable rule has a <c>.fixed</c> baseline: its doc Example (Fixtures/fixed/&lt;Id&gt;.sshd_config) and the text
/// after applying the rule's fixes (&lt;Id&gt;.fixed.sshd_config). Applying them must remove the rule's findings without
/// adding any error. Regenerate with <c>SSHDLINT_UPDATE_SNAPSHOTS=1</c> and review the diff.
/// </summary>
public sealed partial class FixBaselineTests
{
    /// <summary>Fixable rules whose example needs a second file; their own tests apply the fix across files.</summary>
    private static readonly HashSet<string> NeedFiles = ["SSHD1002"];

    public static IEnumerable<object[]> FixableRules => RuleRegistry.All
        .Where(r => r.Descriptor.FixAvailability != FixAvailability.None && !NeedFiles.Contains(r.Descriptor.Id))
        .Select(r => new object[] { r.Descriptor.Id });

    [Theory]
    [MemberData(nameof(FixableRules))]
    public void FixOfTheDocExampleMatchesItsBaselineAndRemovesTheFinding(string id)
    {
        string doc = RuleDocumentation.Get(id)!;
        string example = DescriptorTests.Snippets(doc, "Example").First();
        var target = TargetOf(example);
        var strict = new LintOptions(BuiltInProfiles.Strict, new Dictionary<string, RuleOverride>());
        var before = RuleVerifier.Lint(example, target, strict);
        var findings = before.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.NotEmpty(findings);
        var edits = findings.Where(d => d.Fixes.Count > 0)
            .SelectMany(d => d.Fixes[0].Edits)
            .Where(e => e.Path == RuleVerifier.MainPath)
            .Select(e => e.Change)
            .Distinct()
            .OrderBy(c => c.Span.Start)
            .ToList();
        // "Sometimes" rules may have no fix for the doc example; then the baseline records the example unchanged.
        var kept = new List<TextChange>();
        foreach (var e in edits)
            if (kept.Count == 0 || kept[^1].Span.End <= e.Span.Start) kept.Add(e);
        string fixedText = SourceText.From(example).WithChanges(kept).ToString();

        string dir = RepoPaths.Fixtures("SshdLint.Rules.Tests", "fixed");
        Directory.CreateDirectory(dir);
        Check(Path.Combine(dir, $"{id}.sshd_config"), example);
        Check(Path.Combine(dir, $"{id}.fixed.sshd_config"), fixedText);

        var rule = RuleRegistry.FindRule(id)!;
        if (rule.Descriptor.FixAvailability == FixAvailability.Always) Assert.NotEmpty(kept);
        if (kept.Count == 0) return;
        var after = RuleVerifier.Lint(fixedText, target, strict);
        Assert.True(after.Diagnostics.Count(d => d.Id == id) < findings.Count, $"{id}: the fix did not remove a finding:\n{fixedText}");
        var newErrors = after.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !before.Diagnostics.Any(b => b.Id == d.Id)).ToList();
        Assert.True(newErrors.Count == 0, $"{id}: the fix added errors: {string.Join(" | ", newErrors)}");
        Assert.DoesNotContain(after.Diagnostics, d => d.Fatal);
    }

    private static void Check(string path, string text)
    {
        if (Environment.GetEnvironmentVariable("SSHDLINT_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, text);
        Assert.True(File.Exists(path), $"{path} is missing; run with SSHDLINT_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), text);
    }

    private static Target? TargetOf(string snippet)
    {
        var m = TargetPattern().Match(snippet);
        if (!m.Success) return null;
        return new Target(OpenSshVersion.Parse(m.Groups[1].Value), m.Groups[2].Success ? Vendor.Debian : Vendor.Upstream);
    }

    [GeneratedRegex(@"#\s*Target:?\s*OpenSSH\s+([0-9]+\.[0-9]+(?:p[0-9]+)?)(\s+debian)?", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPattern();
}
