// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Text;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Tests.Infrastructure;

/// <summary>
/// Lints markup and compares the findings of one rule with the marked spans; applies fixes and compares text.
/// </summary>
/// <remarks>
/// The main file is <c>/etc/ssh/sshd_config</c> in an in-memory file system; <paramref name="files"/> adds other files
/// (drop-ins). Findings at the default location (no line sets the keyword) are marked on the first line or the Include.
/// </remarks>
public static class RuleVerifier
{
    public const string MainPath = "/etc/ssh/sshd_config";

    public static LintResult Lint(string text, Target? target = null, LintOptions? options = null, IReadOnlyDictionary<string, string>? files = null)
    {
        var fs = new InMemoryFileSystem().Add(MainPath, text);
        if (files is not null) foreach (var (path, content) in files) fs.Add(path, content);
        var model = Binder.BindFile(MainPath, new BindOptions(target ?? Target.Default, null, fs), out var error);
        Assert.True(model is not null, error);
        return Linter.Lint(model!, options ?? new LintOptions(BuiltInProfiles.Strict, new Dictionary<string, RuleOverride>()));
    }

    /// <summary>Asserts that <paramref name="ruleId"/> reports exactly the marked spans in the main file (and no others).</summary>
    public static IReadOnlyList<Diagnostic> VerifyDiagnostics(string ruleId, string markup, Target? target = null, LintOptions? options = null, IReadOnlyDictionary<string, string>? files = null)
    {
        var (text, spans, _) = Markup.Parse(markup);
        var result = Lint(text, target, options, files);
        var actual = result.Diagnostics.Where(d => d.Id == ruleId && d.Location.Path == MainPath).ToList();
        var expected = spans.Where(s => s.Id is null || s.Id == ruleId).Select(s => s.Span).ToList();
        string Describe(IEnumerable<TextSpan> list) => string.Join(", ", list.Select(s => $"{s} \"{Slice(text, s)}\""));
        Assert.True(expected.SequenceEqual(actual.Select(d => d.Location.Span)),
            $"{ruleId}: expected [{Describe(expected)}]\n  actual [{Describe(actual.Select(d => d.Location.Span))}]\n  messages: {string.Join(" | ", actual.Select(d => d.Message))}");
        // Spans marked for other ids must be reported too.
        foreach (var other in spans.Where(s => s.Id is not null && s.Id != ruleId))
            Assert.Contains(result.Diagnostics, d => d.Id == other.Id && d.Location.Span == other.Span && d.Location.Path == MainPath);
        return actual;
    }

    /// <summary>Applies the first fix of every finding of the rule (one pass) and compares the result.</summary>
    public static void VerifyFix(string ruleId, string markup, string expectedText, FixApplicability applicability, Target? target = null, IReadOnlyDictionary<string, string>? files = null, string? fixedPath = null)
    {
        var (text, _, _) = Markup.Parse(markup);
        var result = Lint(text, target, null, files);
        var diagnostics = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        Assert.NotEmpty(diagnostics);
        var fixes = diagnostics.Where(d => d.Fixes.Count > 0).Select(d => d.Fixes[0]).ToList();
        Assert.NotEmpty(fixes);
        Assert.All(fixes, f => Assert.Equal(applicability, f.Applicability));
        string path = fixedPath ?? MainPath;
        var original = path == MainPath ? text : files![path];
        var edits = fixes.SelectMany(f => f.Edits).Where(e => e.Path == path).Select(e => e.Change).Distinct().ToList();
        string actual = SourceText.From(original).WithChanges(edits).ToString();
        Assert.Equal(expectedText, actual);

        // A fix must remove its finding without adding any error.
        var after = Lint(path != MainPath ? text : actual, target, null,
            path == MainPath ? files : new Dictionary<string, string>(files!) { [path] = actual });
        Assert.DoesNotContain(after.Diagnostics, d => d.Fatal);
        // Every finding that offered a fix is gone (the text may now earn other findings: a default that applies
        // instead, say).
        var fixedMessages = diagnostics.Where(d => d.Fixes.Count > 0).Select(d => d.Message).ToHashSet();
        var remaining = after.Diagnostics.Where(d => d.Id == ruleId && fixedMessages.Contains(d.Message)).ToList();
        Assert.True(remaining.Count == 0, $"{ruleId}: applying the fixes did not remove: {string.Join(" | ", remaining.Select(d => d.Message))}\n{actual}");
    }

    private static string Slice(string text, TextSpan span) => span.End <= text.Length ? text.Substring(span.Start, span.Length) : "?";
}
