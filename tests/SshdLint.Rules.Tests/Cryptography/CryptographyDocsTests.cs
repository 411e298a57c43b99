// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Cryptography;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

/// <summary>Every cryptography rule has a doc of the required shape whose examples behave as documented.</summary>
public sealed class CryptographyDocsTests
{
    public static IEnumerable<object[]> Rules() => CryptographyRules.All().Select(r => new object[] { r.Descriptor.Id });

    // Rules whose behaviour does not exist on the default target: the doc says which target its Example needs.
    private static Target TargetFor(string id) => id switch
    {
        "SSHD2030" => new Target(new OpenSshVersion(7, 3)), // pre-authentication compression ended in 7.4
        _ => Target.Default,
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void DocHasTheRequiredShape(string id)
    {
        var rule = CryptographyRules.All().Single(r => r.Descriptor.Id == id);
        string? doc = RuleDocumentation.Get(id);
        Assert.NotNull(doc);
        Assert.StartsWith($"# {rule.Descriptor.Name} ({id})\n", doc);
        int position = 0;
        foreach (var heading in RuleDocumentation.RequiredHeadings)
        {
            int at = doc!.IndexOf("\n## " + heading + "\n", position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{id}: heading '{heading}' missing or out of order");
            position = at + 1;
        }
        Assert.InRange(id, "SSHD2020", "SSHD2039");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ExampleTriggersAndUseInsteadDoesNot(string id)
    {
        string doc = RuleDocumentation.Get(id)!;
        var target = TargetFor(id);
        string example = Fence(doc, "Example");
        string useInstead = Fence(doc, "Use instead");
        Assert.Contains(RuleVerifier.Lint(example, target).Diagnostics, d => d.Id == id);
        var clean = RuleVerifier.Lint(useInstead, target).Diagnostics;
        Assert.DoesNotContain(clean, d => d.Id == id);
        Assert.DoesNotContain(clean, d => d.Fatal);
    }

    private static string Fence(string doc, string heading)
    {
        int start = doc.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        int end = doc.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        var section = doc[start..end];
        var match = Regex.Match(section, "```sshd_config\n(?<body>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no sshd_config fence under {heading}");
        return match.Groups["body"].Value;
    }
}
