// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Conformance.Tests;

/// <summary>
/// Accept/reject agreement with <c>sshd -t</c> (Debian 9.2p1): a file sshd rejects has a fatal diagnostic on the
/// first line sshd names; a file it accepts has none.
/// </summary>
public sealed class AcceptRejectTests
{
    public static IEnumerable<object[]> CorpusFiles => Corpus.Available ? Corpus.FileNames : [["(corpus missing)"]];

    public static IEnumerable<object[]> FixtureFiles => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.sshd_config")
        .Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [CorpusTheory(RequiresSshd = true)]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFileAgreesWithSshd(string file) => Agree(Path.Combine(Corpus.Directory, file), file);

    [SshdTheory]
    [MemberData(nameof(FixtureFiles))]
    public void FixtureAgreesWithSshd(string file) => Agree(Path.Combine(AppContext.BaseDirectory, "Fixtures", file), file);

    private static void Agree(string path, string name)
    {
        var sshd = SshdOracle.Test(path);
        var model = Ours.Bind(path);
        var fatal = model.Diagnostics.Where(d => d.Fatal).ToList();
        if (KnownDifferences.Contains(name, "accept")) return;
        if (sshd.Accepted)
        {
            Assert.True(fatal.Count == 0, $"sshd accepts {name}, SshdLint says fatal: {string.Join(" | ", fatal)}");
            return;
        }
        Assert.True(fatal.Count > 0, $"sshd rejects {name} ({sshd.FirstError}), SshdLint finds nothing fatal");
        if (sshd.ErrorLocation is { } location)
        {
            var first = fatal[0];
            Assert.True(first.Location.Line == location.Line,
                $"sshd names line {location.Line} ({sshd.FirstError}); SshdLint's first fatal diagnostic is line {first.Location.Line}: {first}");
        }
    }
}
