// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.TestSupport;
using Xunit.Abstractions;

namespace SshdLint.VsCode.Tests;

/// <summary>
/// The extension's own checks, run through Node: the TypeScript type check, the unit tests of its logic (server path
/// resolution and workspace trust, settings mapping, effective-configuration documents, package.json contracts, the
/// generated grammar's freshness) and the TextMate grammar tests.
/// </summary>
/// <remarks>In one collection with <see cref="EndToEndTests"/>: both write <c>vscode-extension/out/</c>.</remarks>
[Collection(ExtensionCollection.Name)]
public sealed partial class ExtensionTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [ExtensionFact]
    public void TypeScriptTypeChecks()
    {
        ExtensionTools.Require(ExtensionTools.MissingForUnitTests());
        var result = Node(Path.Combine(ExtensionTools.NodeBin, "tsc"), "-p", ".");
        Assert.True(result.ExitCode == 0, $"tsc -p . failed:\n{result.StandardOutput}{result.StandardError}");
    }

    [ExtensionFact]
    public void UnitTestsPass()
    {
        ExtensionTools.Require(ExtensionTools.MissingForUnitTests());
        var build = Node("scripts/build.mjs", "--tests");
        Assert.True(build.ExitCode == 0, $"the unit-test build failed:\n{build.StandardOutput}{build.StandardError}");
        var run = Node("--test", "out/test/", "test/unit/");
        var text = run.StandardOutput + run.StandardError;
        output.WriteLine(Tail(text, 12));
        // node's TAP summary: "# pass N", "# fail N".
        int passed = Count(PassLine(), text);
        int failed = Count(FailLine(), text);
        Assert.True(run.ExitCode == 0 && failed == 0, $"node --test: {failed} failed (exit {run.ExitCode}):\n{Failures(text)}");
        Assert.True(passed >= 40, $"expected the extension's unit tests to run (at least 40), {passed} passed:\n{Tail(text, 20)}");
    }

    [ExtensionFact]
    public void GrammarTestsPass()
    {
        ExtensionTools.Require(ExtensionTools.MissingForUnitTests());
        var files = Directory.GetFiles(Path.Combine(ExtensionTools.ExtensionDir, "test", "grammar"), "*.sshd_config");
        Assert.NotEmpty(files);
        var run = Node(Path.Combine(ExtensionTools.NodeBin, "vscode-tmgrammar-test"), "-g", "syntaxes/sshd_config.tmLanguage.json", "test/grammar/*.sshd_config");
        var text = run.StandardOutput + run.StandardError;
        output.WriteLine(text);
        Assert.True(run.ExitCode == 0, $"vscode-tmgrammar-test failed:\n{text}");
        // One "✓ FILE run successfuly." line per grammar test file.
        Assert.Equal(files.Length, Regex.Matches(text, "run successfuly", RegexOptions.None, TimeSpan.FromSeconds(1)).Count);
    }

    private static ProcessResult Node(params string[] arguments) =>
        ProcessRunner.Run(ExtensionTools.Node!, arguments, ExtensionTools.ExtensionDir, Timeout);

    private static int Count(Regex regex, string text) => regex.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));

    private static string Failures(string text) =>
        string.Join('\n', text.Split('\n').Where(l => l.Contains("not ok", StringComparison.Ordinal) || l.Contains("error:", StringComparison.Ordinal) || l.Contains("expected", StringComparison.Ordinal) || l.Contains("actual", StringComparison.Ordinal)).Take(60));

    [GeneratedRegex(@"^# pass (\d+)", RegexOptions.Multiline)]
    private static partial Regex PassLine();

    [GeneratedRegex(@"^# fail (\d+)", RegexOptions.Multiline)]
    private static partial Regex FailLine();
}

/// <summary>The tests that build into <c>vscode-extension/out/</c> run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ExtensionCollection
{
    public const string Name = "vscode-extension";
}
