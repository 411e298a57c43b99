// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Tests.TestSupport;

namespace SshdLint.Parser.Tests.Catalog;

/// <summary>
/// The upstream 10.5 table against semantics.md Appendix A, the recorded <c>sshd -T</c> of upstream 10.5p1
/// (PAM + Kerberos/GSSAPI build) for an empty configuration.
/// </summary>
public sealed class AppendixADefaultsTests
{
    [RequiresReferenceFact]
    public void Upstream105DefaultsMatchAppendixA()
    {
        var dump = ReadAppendixA();
        var table = KeywordCatalog.For(Target.Default);
        var problems = new List<string>();
        foreach (var d in table.All.Where(d => d.AliasOf is null && d.Printing == SshdTPrinting.Always))
        {
            if (!dump.TryGetValue(d.SshdTKey!, out var printed))
                problems.Add($"{d.SshdTKey}: catalog default '{d.Default}', Appendix A prints nothing");
            else if (!printed.SequenceEqual(d.DefaultValues))
                problems.Add($"{d.SshdTKey}: catalog '{string.Join(" | ", d.DefaultValues)}', Appendix A '{string.Join(" | ", printed)}'");
        }
        foreach (var key in dump.Keys.Where(k => table.LookupSshdTKey(k) is not { Printing: SshdTPrinting.Always }))
            problems.Add($"{key}: in Appendix A but not printed-always in the catalog");
        Assert.True(problems.Count == 0, "10.5 defaults differ from Appendix A:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>The fenced block under "## Appendix A" as key → printed values.</summary>
    private static Dictionary<string, List<string>> ReadAppendixA()
    {
        var lines = File.ReadAllLines(TestEnvironment.ReferenceFile("semantics.md"));
        int start = Array.FindIndex(lines, l => l.StartsWith("## Appendix A", StringComparison.Ordinal));
        Assert.True(start >= 0, "semantics.md has no Appendix A");
        int open = Array.FindIndex(lines, start, l => l.StartsWith("```", StringComparison.Ordinal));
        int close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines[(open + 1)..close])
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            var key = line[..space];
            var value = line[(space + 1)..];
            if (!dump.TryGetValue(key, out var values)) dump[key] = values = [];
            values.Add(value);
        }
        // The appendix abbreviates two lists that equal HostKeyAlgorithms.
        foreach (var key in new[] { "HostbasedAcceptedAlgorithms", "PubkeyAcceptedAlgorithms" })
            if (dump[key] is ["<same list as HostKeyAlgorithms>"]) dump[key] = [.. dump["HostKeyAlgorithms"]];
        return dump;
    }
}
