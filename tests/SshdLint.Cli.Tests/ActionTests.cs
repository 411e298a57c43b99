// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Nodes;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests;

/// <summary>
/// The check step of <c>action.yml</c>, run with bash as GitHub would run it (inputs as environment variables,
/// <c>GITHUB_OUTPUT</c> and <c>GITHUB_WORKSPACE</c> set), with <c>sshdlint</c> on PATH being this build.
/// </summary>
public sealed class ActionTests
{
    /// <summary>The <c>run: |</c> block of the step with <c>id: check</c>, unindented.</summary>
    private static string CheckScript()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "action.yml"));
        int step = Array.FindIndex(lines, l => l.Trim() == "id: check");
        int run = Array.FindIndex(lines, step, l => l.Trim() == "run: |");
        Assert.True(step > 0 && run > step, "action.yml has no check step with a run block");
        string indent = new(' ', lines[run].IndexOf('r', StringComparison.Ordinal) + 2);
        return string.Join('\n', lines.Skip(run + 1).TakeWhile(l => l.Length == 0 || l.StartsWith(indent, StringComparison.Ordinal))
            .Select(l => l.Length == 0 ? l : l[indent.Length..])) + "\n";
    }

    private static (ProcessResult Result, Dictionary<string, string> Outputs) RunCheckStep(TempDir workspace, string paths, string failLevel = "warning")
    {
        // sshdlint on PATH is this build of the CLI (the test's output directory holds sshdlint.dll).
        string bin = Path.Combine(workspace.Path, ".bin");
        Directory.CreateDirectory(bin);
        string shim = Path.Combine(bin, "sshdlint");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "sshdlint.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string script = Path.Combine(bin, "check.sh");
        File.WriteAllText(script, CheckScript());
        string output = Path.Combine(bin, "github-output");
        File.WriteAllText(output, "");

        // GitHub runs `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`.
        var result = ProcessRunner.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], workspace.Path, TimeSpan.FromMinutes(2),
            new Dictionary<string, string?>
            {
                ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["GITHUB_OUTPUT"] = output,
                ["GITHUB_WORKSPACE"] = workspace.Path,
                ["SSHDLINT_PATHS"] = paths,
                ["SSHDLINT_PROFILE"] = "recommended",
                ["SSHDLINT_FAIL_LEVEL"] = failLevel,
                ["SSHDLINT_OPENSSH"] = "9.2",
                ["SSHDLINT_SYSROOT"] = ".",
                ["SSHDLINT_SARIF"] = "sshdlint.sarif",
                ["SSHDLINT_CATEGORY"] = "sshd-prod",
                ["SSHDLINT_ANNOTATIONS"] = "true",
            });
        var outputs = File.ReadAllLines(output).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return (result, outputs);
    }

    [Fact]
    public void CheckStepWritesSarifAnnotatesAndFailsOnFindings()
    {
        using var ws = new TempDir();
        ws.Write("etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n");
        ws.Write("etc/ssh/sshd_config.d/50-cloud-init.conf", "PermitRootLogin yes\n");
        var (r, outputs) = RunCheckStep(ws, "**/sshd_config\n  missing/*.conf");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("1", outputs["exit-code"]);
        Assert.Equal("sshdlint.sarif", outputs["sarif-file"]);
        Assert.Contains("::warning title=SshdLint::no file matches 'missing/*.conf'", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("::warning file=etc/ssh/sshd_config.d/50-cloud-init.conf,line=1,", r.StandardOutput, StringComparison.Ordinal);

        var log = JsonNode.Parse(File.ReadAllText(Path.Combine(ws.Path, "sshdlint.sarif")))!["runs"]![0]!;
        Assert.Equal("sshd-prod/", log["automationDetails"]!["id"]!.GetValue<string>());
        Assert.Equal("9.2", log["properties"]!["openssh"]!.GetValue<string>());
        var location = log["results"]!.AsArray().Single(x => x!["ruleId"]!.GetValue<string>() == "SSHD2001")!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("etc/ssh/sshd_config.d/50-cloud-init.conf", location["uri"]!.GetValue<string>());
        Assert.Equal("%SRCROOT%", location["uriBaseId"]!.GetValue<string>());
    }

    [Fact]
    public void CheckStepPassesBelowTheFailLevel()
    {
        using var ws = new TempDir();
        ws.Write("sshd_config", "PermitRootLogin yes\n");
        var (r, outputs) = RunCheckStep(ws, "sshd_config", failLevel: "error");
        Assert.True(r.ExitCode == 0, r.StandardOutput + r.StandardError);
        Assert.Equal("0", outputs["exit-code"]);
        Assert.True(File.Exists(Path.Combine(ws.Path, "sshdlint.sarif")));
    }

    [Fact]
    public void CheckStepFailsWhenNothingMatches()
    {
        using var ws = new TempDir();
        var (r, outputs) = RunCheckStep(ws, "**/sshd_config");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("2", outputs["exit-code"]);
        Assert.False(outputs.ContainsKey("sarif-file"));
        Assert.Contains("::error title=SshdLint::no file to check", r.StandardOutput, StringComparison.Ordinal);
    }
}
