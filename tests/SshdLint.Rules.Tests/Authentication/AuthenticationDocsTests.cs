// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

/// <summary>
/// The docs of the authentication rules: required headings in order, and runnable examples (the Example triggers the
/// rule under <c>strict</c> at the default target, Use instead does not).
/// </summary>
public sealed class AuthenticationDocsTests
{
    public static TheoryData<string> Ids => new(Enumerable.Range(2001, 19).Select(n => $"SSHD{n}")
        .Where(id => RuleRegistry.FindRule(id) is { } r && r.GetType().Namespace == typeof(SshdLint.Rules.Authentication.AuthenticationFacts).Namespace));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Doc_HasTheRequiredShapeAndRunnableExamples(string id) => DocExamples.Verify(id);
}

/// <summary>Checks one rule's doc: title line, headings, and that its examples behave as documented.</summary>
internal static class DocExamples
{
    public static void Verify(string id, Target? target = null)
    {
        var rule = RuleRegistry.FindRule(id);
        Assert.NotNull(rule);
        string? doc = RuleDocumentation.Get(id);
        Assert.NotNull(doc);
        Assert.StartsWith($"# {rule!.Descriptor.Name} ({id})\n", doc);
        var headings = doc!.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        Assert.Equal(RuleDocumentation.RequiredHeadings, headings);

        string example = FirstBlock(doc, "Example");
        string instead = FirstBlock(doc, "Use instead");
        var hits = RuleVerifier.Lint(example, target).Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(hits.Count > 0, $"{id}: the Example does not trigger the rule:\n{example}");
        var clean = RuleVerifier.Lint(instead, target).Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(clean.Count == 0, $"{id}: Use instead triggers the rule: {string.Join(" | ", clean.Select(d => d.Message))}");
        Assert.DoesNotContain(RuleVerifier.Lint(instead, target).Diagnostics, d => d.Fatal);
    }

    private static string FirstBlock(string doc, string heading)
    {
        int at = doc.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {heading} section");
        int open = doc.IndexOf("```sshd_config\n", at, StringComparison.Ordinal);
        int next = doc.IndexOf("\n## ", at + 4, StringComparison.Ordinal);
        Assert.True(open >= 0 && (next < 0 || open < next), $"no sshd_config block under {heading}");
        int start = open + "```sshd_config\n".Length;
        int end = doc.IndexOf("```", start, StringComparison.Ordinal);
        return doc[start..end];
    }
}
