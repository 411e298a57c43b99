// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Oracle;

/// <summary>The corpus and its manifest, and the harness reproducing the manifest's recorded sshd verdicts.</summary>
public sealed class CorpusHarnessTests
{
    [CorpusFact]
    public void ManifestListsEveryCorpusFileOnce()
    {
        var files = Corpus.Files.Select(Path.GetFileName).ToList();
        var listed = Corpus.Manifest.Select(e => e.File).ToList();

        Assert.Equal(250, files.Count);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(files.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [CorpusTheory(RequiresSshd = true)]
    [MemberData(nameof(Corpus.FileNames), MemberType = typeof(Corpus))]
    public void SshdVerdictMatchesTheManifest(string file)
    {
        var entry = Corpus.Entry(file)!;

        var result = SshdOracle.Test(entry.FullPath);

        Assert.Equal(entry.Sshd92Test, result.ManifestForm);
    }
}
