// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SshdLint.TestSupport;

/// <summary>
/// The SARIF multitool (<c>@microsoft/sarif-multitool</c> from npm), which validates a log against the SARIF 2.1.0
/// schema and its own rules, including GitHub code scanning's ingestion rules (<c>--rule-kind "Gh;Sarif"</c>).
/// </summary>
/// <remarks>
/// Located by <c>SSHDLINT_SARIF_MULTITOOL</c>, else in the repository's untracked <c>.tools/</c> folder, where
/// <c>npm install --prefix .tools @microsoft/sarif-multitool</c> puts it. npm 11 does not run the package's
/// postinstall script, which is what makes the binary executable, so
/// <c>chmod u+x .tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool</c> follows the install.
/// Missing: skipped locally, failed in CI (<see cref="Requirements"/>).
/// </remarks>
public static partial class SarifMultitool
{
    /// <summary>Environment variable that names the <c>Sarif.Multitool</c> binary.</summary>
    public const string Variable = "SSHDLINT_SARIF_MULTITOOL";

    /// <summary>The binary the tests run.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } p
            ? Path.GetFullPath(p)
            : Path.Combine(RepoPaths.Root, ".tools", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    /// <summary>True when the binary exists and is executable.</summary>
    public static bool Available =>
        File.Exists(ExecutablePath) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(ExecutablePath) & UnixFileMode.UserExecute) != 0);

    /// <summary>Where the harness looked and how to install the tool.</summary>
    public static string UnavailableMessage =>
        $"SARIF multitool not found or not executable at {ExecutablePath} (run `npm install --prefix .tools @microsoft/sarif-multitool` " +
        "and `chmod u+x .tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool` in the repository, " +
        $"or set {Variable} to the Sarif.Multitool binary)";

    /// <summary>Returns when the tool can be used; otherwise throws <see cref="TestInputUnavailableException"/>.</summary>
    public static void RequireOrSkip()
    {
        if (Available) return;
        var where = Requirements.IsCi ? "CI=true, so this is a failure, not a skip" : "use [SarifMultitoolFact] to skip instead";
        throw new TestInputUnavailableException($"{UnavailableMessage} ({where})");
    }

    // Console lines of a finding: "/path/log.sarif(12,34): warning SARIF2001: runs[0]...".
    [GeneratedRegex(@"^.*\(\d+,\d+\): (error|warning) (SARIF|GH)\d{4}: .*$", RegexOptions.Multiline)]
    private static partial Regex FindingLine();

    /// <summary>
    /// Runs <c>Sarif.Multitool validate --rule-kind "Gh;Sarif" --level "Error;Warning"</c> on the logs and returns
    /// every error and warning, one line each; an empty list means the logs are valid for GitHub.
    /// </summary>
    /// <exception cref="InvalidOperationException">The tool itself failed.</exception>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> sarifFiles)
    {
        RequireOrSkip();
        var dir = Directory.CreateTempSubdirectory("sshdlint-multitool-");
        try
        {
            string output = Path.Combine(dir.FullName, "validation.sarif");
            var result = ProcessRunner.Run(ExecutablePath,
                ["validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--output", output, .. sarifFiles.Select(Path.GetFullPath)],
                workingDirectory: dir.FullName, timeout: TimeSpan.FromMinutes(5));
            if (!File.Exists(output))
                throw new InvalidOperationException($"Sarif.Multitool validate wrote no log (exit {result.ExitCode}): {result.StandardOutput}{result.StandardError}");

            var problems = FindingLine().Matches(result.StandardOutput).Select(m => m.Value.Trim()).ToList();
            // The console is one view; the tool's own log is the other, and must agree (nothing at error or warning).
            using var log = JsonDocument.Parse(File.ReadAllText(output));
            var run = log.RootElement.GetProperty("runs")[0];
            foreach (var r in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
            {
                string level = r.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
                if (level is "error" or "warning" && problems.Count == 0)
                    problems.Add($"{r.GetProperty("ruleId").GetString()} ({level}): {r.GetProperty("message")}");
            }
            if (run.TryGetProperty("invocations", out var invocations))
            {
                foreach (var invocation in invocations.EnumerateArray())
                {
                    if (invocation.TryGetProperty("executionSuccessful", out var ok) && !ok.GetBoolean())
                        problems.Add($"Sarif.Multitool did not run successfully: {invocation}");
                }
            }
            return problems;
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>The real <c>pre-commit</c> (Debian's package, 3.0.4 here) and the <c>git</c> it drives.</summary>
public static class PreCommit
{
    /// <summary>Environment variable that names the <c>pre-commit</c> executable.</summary>
    public const string Variable = "SSHDLINT_PRE_COMMIT";

    /// <summary>The executable: the variable, else <c>pre-commit</c> on PATH; null when there is none.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } p ? p : OnPath("pre-commit");

    /// <summary><c>git</c> on PATH, or null.</summary>
    public static string? Git => OnPath("git");

    /// <summary>True when both pre-commit and git are there.</summary>
    public static bool Available => ExecutablePath is { } p && File.Exists(p) && Git is not null;

    public static string UnavailableMessage =>
        $"pre-commit or git not found (install the Debian packages pre-commit and git, or set {Variable} to the pre-commit executable)";

    /// <summary>Returns when pre-commit can be used; otherwise throws <see cref="TestInputUnavailableException"/>.</summary>
    public static void RequireOrSkip()
    {
        if (Available) return;
        var where = Requirements.IsCi ? "CI=true, so this is a failure, not a skip" : "use [PackagingFact(RequiresPreCommit = true)] to skip instead";
        throw new TestInputUnavailableException($"{UnavailableMessage} ({where})");
    }

    /// <summary>The first executable file called <paramref name="name"/> in a PATH directory.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// Tests that build packages (the .NET tool, the Native AOT executable, a pre-commit hook environment) take minutes
/// and two of the machine's cores: they always run in CI, and locally only when asked for.
/// </summary>
public static class PackagingTests
{
    /// <summary>Set to <c>1</c> to run packaging tests outside CI.</summary>
    public const string Variable = "SSHDLINT_PACKAGING_TESTS";

    /// <summary>True in CI or when <see cref="Variable"/> is <c>1</c>.</summary>
    public static bool Enabled => Requirements.IsCi || Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Why a packaging test is skipped here; null when it runs.</summary>
    public static string? SkipReason(bool needsPreCommit)
    {
        if (Requirements.IsCi) return null;
        if (!Enabled) return $"packaging test (dotnet pack / AOT publish, minutes of build time): runs in CI, or locally with {Variable}=1";
        if (needsPreCommit && !PreCommit.Available) return PreCommit.UnavailableMessage;
        return null;
    }
}

/// <summary>A fact that validates SARIF with the multitool over the corpus: skipped locally when either is missing, failed in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    private string? _skip;

    /// <inheritdoc />
    public override string? Skip
    {
        get => _skip ?? (Requirements.IsCi ? null
            : !SarifMultitool.Available ? SarifMultitool.UnavailableMessage
            : Requirements.SkipReason(needsSshd: false, needsCorpus: true));
        set => _skip = value;
    }
}

/// <summary>A fact that builds packages: see <see cref="PackagingTests"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PackagingFactAttribute : FactAttribute
{
    private string? _skip;

    /// <summary>True when the test also runs pre-commit.</summary>
    public bool RequiresPreCommit { get; set; }

    /// <inheritdoc />
    /// <remarks>Computed on read, because named arguments such as <see cref="RequiresPreCommit"/> are set after the constructor.</remarks>
    public override string? Skip
    {
        get => _skip ?? PackagingTests.SkipReason(RequiresPreCommit);
        set => _skip = value;
    }
}
