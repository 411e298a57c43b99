// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Linting;
using SshdLint.TestSupport;

namespace SshdLint.Rules.Tests.Meta;

/// <summary>
/// The findings of the <c>recommended</c> profile over the whole real-world corpus, checked in and reviewed
/// (Baselines/corpus-recommended.txt): a change in what SshdLint reports shows up as a diff. Regenerate with
/// <c>SSHDLINT_UPDATE_SNAPSHOTS=1</c> and review it — noise is a bug.
/// </summary>
public sealed class CorpusBaselineTests
{
    [CorpusFact]
    public void RecommendedFindingsMatchTheReviewedBaseline()
    {
        var sb = new StringBuilder();
        sb.Append("# sshdlint check --profile recommended --openssh 9.2 --vendor debian over shared/corpus/real (generated; review every change)\n");
        foreach (var file in Corpus.Files)
        {
            var model = Binder.BindFile(file, new BindOptions(Target.Debian92), out var error);
            Assert.True(model is not null, error);
            var result = Linter.Lint(model!, LintOptions.Default);
            string name = Path.GetFileName(file);
            foreach (var d in result.Diagnostics)
            {
                string where = d.Location.Path == file ? name : d.Location.Path;
                sb.Append($"{where}:{d.Location.Line}: {d.Id} {d.Severity.ToString().ToLowerInvariant()}: {d.Message}\n");
            }
        }
        string path = Path.Combine(RepoPaths.Tests, "SshdLint.Rules.Tests", "Baselines", "corpus-recommended.txt");
        string actual = sb.ToString();
        if (Environment.GetEnvironmentVariable("SSHDLINT_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), "baseline missing; run with SSHDLINT_UPDATE_SNAPSHOTS=1 and review it");
        string expected = File.ReadAllText(path);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var missing = e.Except(a).Take(10);
        var added = a.Except(e).Take(10);
        Assert.Fail("the corpus findings changed; review and regenerate with SSHDLINT_UPDATE_SNAPSHOTS=1\n"
            + "no longer reported:\n  " + string.Join("\n  ", missing) + "\nnewly reported:\n  " + string.Join("\n  ", added));
    }
}
