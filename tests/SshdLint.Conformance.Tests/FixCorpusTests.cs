// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Text;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Linting;
using SshdLint.TestSupport;

namespace SshdLint.Conformance.Tests;

/// <summary>
/// Over every corpus file Debian's sshd 9.2p1 accepts: after <c>fix --unsafe-fixes --openssh 9.2 --vendor debian</c>
/// sshd still accepts it, a second run changes nothing, and every changed line belongs to a fix.
/// </summary>
public sealed class FixCorpusTests
{
    public static IEnumerable<object[]> CorpusFiles => Corpus.Available ? Corpus.FileNames : [["(corpus missing)"]];

    [CorpusTheory(RequiresSshd = true)]
    [MemberData(nameof(CorpusFiles))]
    public void UnsafeFixesKeepTheFileValidConvergeAndTouchOnlyTheirLines(string file)
    {
        string source = Path.Combine(Corpus.Directory, file);
        if (!SshdOracle.Test(source).Accepted) return;
        string dir = Directory.CreateTempSubdirectory("sshdlint-fix").FullName;
        try
        {
            string path = Path.Combine(dir, "sshd_config");
            File.Copy(source, path);
            var bind = new BindOptions(Target.Debian92);
            var policy = new FixPolicy(IncludeUnsafe: true);
            var outcome = FixEngine.Fix(path, bind, LintOptions.Default, policy);
            foreach (var step in outcome.Steps) AssertOnlyEditedLinesChanged(step);
            if (!outcome.Changed) return;
            File.WriteAllBytes(path, outcome.Fixed[path].ToBytes());

            var after = SshdOracle.Test(path);
            Assert.True(after.Accepted, $"{file}: sshd -t rejects the fixed file: {after.FirstError}\n{UnifiedDiff.Create(file, outcome.Original[path].Text, outcome.Fixed[path].Text)}");
            var second = FixEngine.Fix(path, bind, LintOptions.Default, policy);
            Assert.False(second.Changed, $"{file}: a second fix run still changes the file:\n{string.Join("\n", second.Applied.Select(a => a.Diagnostic.ToString()))}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Every line that differs between before and after must intersect one of the step's edits.</summary>
    private static void AssertOnlyEditedLinesChanged(FixStep step)
    {
        var before = step.Before;
        var touched = new HashSet<int>();
        foreach (var edit in step.Edits)
        {
            int first = before.GetLineNumber(edit.Span.Start);
            int last = before.GetLineNumber(Math.Max(edit.Span.Start, edit.Span.End - (edit.Span.IsEmpty ? 0 : 1)));
            for (int l = first; l <= last; l++) touched.Add(l);
        }
        var a = UnifiedDiff.SplitKeepingEnds(before.Text);
        var b = UnifiedDiff.SplitKeepingEnds(step.After.Text);
        // Lines outside every edit keep their text and their relative order.
        var untouchedBefore = a.Where((_, i) => !touched.Contains(i)).ToList();
        // Every untouched line of "before" must still appear, in order, in "after".
        int j = 0;
        foreach (var line in untouchedBefore)
        {
            while (j < b.Count && b[j] != line) j++;
            Assert.True(j < b.Count, $"{step.Path}: the line \"{line.TrimEnd()}\" outside every fix changed or vanished");
            j++;
        }
    }
}
