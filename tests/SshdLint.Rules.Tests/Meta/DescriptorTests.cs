// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;
using SshdLint.TestSupport;

namespace SshdLint.Rules.Tests.Meta;

/// <summary>Checks every descriptor and rule against the conventions (ruff's test.rs, actionlint's check-checks).</summary>
public sealed partial class DescriptorTests
{
    public static IEnumerable<object[]> Descriptors => RuleRegistry.AllDescriptors.Select(d => new object[] { d.Id });

    public static IEnumerable<object[]> Rules => RuleRegistry.All.Select(r => new object[] { r.Descriptor.Id });

    [Fact]
    public void IdsAndNamesAreUnique()
    {
        var all = RuleRegistry.AllDescriptors;
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void IdIsInItsCategoryRangeAndNameIsKebabCase(string id)
    {
        var d = RuleRegistry.FindDescriptor(id)!;
        Assert.Matches("^SSHD[0-4][0-9]{3}$", d.Id);
        var expected = d.Id[4] switch
        {
            '0' => DiagnosticCategory.Syntax,
            '1' => DiagnosticCategory.Correctness,
            '2' => DiagnosticCategory.Security,
            '3' => DiagnosticCategory.Deprecated,
            _ => DiagnosticCategory.Style,
        };
        Assert.Equal(expected, d.Category);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Name);
        Assert.Equal($"https://github.com/sshdlint/sshdlint/blob/main/docs/rules/{d.Id}.md", d.HelpLink);
        Assert.False(d.MessageFormat.EndsWith('.'), "messages have no trailing period");
        if (d.Category == DiagnosticCategory.Security) Assert.True(d.Tags.HasFlag(DiagnosticTags.Security), "security rules carry the Security tag");
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void DocHasEveryHeadingInOrder(string id)
    {
        string? doc = RuleDocumentation.Get(id);
        Assert.True(doc is not null, $"{id} has no embedded doc");
        var d = RuleRegistry.FindDescriptor(id)!;
        Assert.StartsWith($"# {d.Name} ({d.Id})\n", doc);
        var headings = HeadingPattern().Matches(doc!).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(RuleDocumentation.RequiredHeadings, headings);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void RuleHasATestFileWithFixTestsWhenItFixes(string id)
    {
        var rule = RuleRegistry.FindRule(id)!;
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Tests, "SshdLint.Rules.Tests"), $"{id}Tests.cs", SearchOption.AllDirectories);
        Assert.True(files.Length == 1, $"{id} needs exactly one test file {id}Tests.cs");
        string text = File.ReadAllText(files[0]);
        Assert.Contains("VerifyDiagnostics", text);
        if (rule.Descriptor.FixAvailability != FixAvailability.None)
            Assert.True(text.Contains("VerifyFix", StringComparison.Ordinal), $"{id} offers fixes but its tests never apply one");
    }

    /// <summary>Rules whose examples need a second file (a drop-in); their own tests run the examples with it.</summary>
    private static readonly HashSet<string> ExamplesNeedFiles = ["SSHD1002"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void DocExamplesBehave(string id)
    {
        if (ExamplesNeedFiles.Contains(id)) return;
        string doc = RuleDocumentation.Get(id)!;
        var strict = new LintOptions(BuiltInProfiles.Strict, new Dictionary<string, RuleOverride>());
        foreach (var (section, shouldFire) in new[] { ("Example", true), ("Use instead", false) })
        {
            foreach (var snippet in Snippets(doc, section))
            {
                var target = TargetOf(snippet);
                var result = RuleVerifier.Lint(snippet, target, strict);
                bool fired = result.Diagnostics.Any(d => d.Id == id);
                Assert.True(fired == shouldFire, $"{id}: the \"{section}\" snippet {(shouldFire ? "does not trigger" : "triggers")} the rule:\n{snippet}");
            }
        }
    }

    [Fact]
    public void RuleThatThrowsBecomesAnInternalDiagnostic()
    {
        var model = Parser.Semantics.Binder.Bind(Parser.Syntax.SyntaxTree.Parse("Port 22\n"), Parser.Semantics.BindOptions.Default);
        var result = Linter.LintWith(model, LintOptions.Default, [new ThrowingRule()]);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "SSHD0000");
        Assert.Contains("SSHD4999", d.Message);
        Assert.Contains("boom", d.Message);
    }

    private sealed class ThrowingRule : Rule
    {
        private static readonly DiagnosticDescriptor D = Parser.Diagnostics.Descriptors.Create("SSHD4999", "throwing-test-rule", "t", "m", DiagnosticSeverity.Info);

        public override DiagnosticDescriptor Descriptor => D;

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    internal static IEnumerable<string> Snippets(string doc, string heading)
    {
        int start = doc.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        if (start < 0) yield break;
        int end = doc.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        string section = end < 0 ? doc[start..] : doc[start..end];
        foreach (Match m in FencePattern().Matches(section)) yield return m.Groups[1].Value;
    }

    private static Target? TargetOf(string snippet)
    {
        var m = Regex.Match(snippet, @"#\s*Target:?\s*OpenSSH\s+([0-9]+\.[0-9]+(?:p[0-9]+)?)(\s+debian)?", RegexOptions.IgnoreCase);
        if (!m.Success) return null;
        return new Target(OpenSshVersion.Parse(m.Groups[1].Value), m.Groups[2].Success ? Vendor.Debian : Vendor.Upstream);
    }

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"```sshd_config\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
