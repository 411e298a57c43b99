// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Conformance.Tests;

/// <summary>
/// <c>sshdlint effective --openssh 9.2 --vendor debian</c> equals <c>sshd -T</c>, without <c>-C</c> and with several
/// <c>-C</c> specs, for every file sshd accepts.
/// </summary>
public sealed class EffectiveTests
{
    /// <summary>Connections that exercise User, Group, Host, Address, LocalAddress and LocalPort criteria.</summary>
    public static readonly string?[] Specs =
    [
        null,
        "user=root,host=localhost,addr=127.0.0.1",
        "user=alice,host=client.example.com,addr=203.0.113.5,laddr=192.0.2.10,lport=22",
        "user=sftpuser,host=10.1.2.3,addr=10.1.2.3,laddr=10.0.0.1,lport=2222",
        "user=git,host=git.example.org,addr=2001:db8::5,laddr=::1,lport=22",
    ];

    public static IEnumerable<object[]> CorpusFiles => Corpus.Available ? Corpus.FileNames : [["(corpus missing)"]];

    public static IEnumerable<object[]> FixtureFiles => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.sshd_config")
        .Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [CorpusTheory(RequiresSshd = true)]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFileDumpsLikeSshd(string file) => Agree(Path.Combine(Corpus.Directory, file), file);

    [SshdTheory]
    [MemberData(nameof(FixtureFiles))]
    public void FixtureDumpsLikeSshd(string file) => Agree(Path.Combine(AppContext.BaseDirectory, "Fixtures", file), file);

    private static void Agree(string path, string name)
    {
        if (!SshdOracle.Test(path).Accepted) return; // nothing to dump; accept/reject is tested elsewhere
        if (KnownDifferences.Contains(name, "effective")) return;
        var model = Ours.Bind(path);
        foreach (var spec in Specs)
        {
            var sshd = SshdOracle.Dump(path, spec);
            if (!sshd.Accepted)
            {
                // sshd -T can fail where -t passes (Match LocalPort without lport=, semantics.md §7).
                continue;
            }
            var expected = sshd.Lines.Select(l => l.ToString()).ToList();
            var actual = Ours.Dump(model, spec).ToList();
            if (sshd.UsedThrowawayHostKey && !expected.Any(l => l.StartsWith("hostkey ", StringComparison.Ordinal)))
                actual.RemoveAll(l => l.StartsWith("hostkey ", StringComparison.Ordinal));
            var diff = Diff(expected, actual);
            Assert.True(diff.Count == 0, $"{name} with -C {spec ?? "(none)"}:\n" + string.Join("\n", diff.Take(20)));
        }
    }

    private static List<string> Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var result = new List<string>();
        int n = Math.Max(expected.Count, actual.Count);
        for (int i = 0; i < n; i++)
        {
            string? e = i < expected.Count ? expected[i] : null;
            string? a = i < actual.Count ? actual[i] : null;
            if (e != a) result.Add($"  line {i + 1}: sshd: {e ?? "(none)"}\n           ours: {a ?? "(none)"}");
        }
        return result;
    }
}
