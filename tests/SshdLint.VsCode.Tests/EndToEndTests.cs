// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.TestSupport;
using Xunit.Abstractions;

namespace SshdLint.VsCode.Tests;

/// <summary>
/// The packaged extension in a real VS Code: <c>scripts/package.sh</c> builds the .vsix (self-contained language
/// server for linux-x64), then <c>test/e2e/run.mjs</c> installs it into code-server, drives it with playwright-core in
/// Chromium and reports each check as JSON. Screenshots land in <c>artifacts/vscode-e2e/</c>.
/// </summary>
/// <remarks>
/// <c>SSHDLINT_VSIX</c> names an already built .vsix (absolute, or relative to the repository root) and skips the packaging (about a minute, mostly
/// <c>dotnet publish</c>).
/// </remarks>
[Collection(ExtensionCollection.Name)]
public sealed class EndToEndTests(ITestOutputHelper output)
{
    /// <summary>Every check run.mjs makes; a run that skips one fails here even if it reported ok.</summary>
    private static readonly string[] ExpectedSteps =
    [
        "install the .vsix into code-server",
        "code-server answers on 127.0.0.1",
        "the file opens in the sshd_config language",
        "the status bar counts the findings",
        "the Problems panel lists a finding for \"PermitRootLogin yes\" on line 3",
        "the Problems panel lists a finding for \"PasswordAuthentication yes\" on line 4",
        "the Problems panel lists a finding for \"X11Forwarding yes\" on line 5",
        "hovering PermitRootLogin shows its documentation",
        "the light bulb offers \"Set X11Forwarding to no\"",
        "the quick fix changed exactly that line on disk",
        "its finding goes away",
        "the status bar picker changes the target",
        "the picker wrote the workspace setting",
        "turning a rule off in the settings removes its finding",
        "\"Show effective configuration\" opens sshd -T output",
        "the effective configuration is for the target picked (OpenSSH 9.2 prints lower-case keywords)",
        "the effective configuration is read-only",
    ];

    [EndToEndFact]
    public void PackagedExtensionWorksInCodeServer()
    {
        ExtensionTools.Require(ExtensionTools.MissingForEndToEnd());
        string vsix = Environment.GetEnvironmentVariable("SSHDLINT_VSIX") is { Length: > 0 } given ? Path.GetFullPath(given, RepoPaths.Root) : Package();
        Assert.True(File.Exists(vsix), $"no .vsix at {vsix}");

        string artifacts = Path.Combine(RepoPaths.Root, "artifacts", "vscode-e2e");
        var run = ProcessRunner.Run(
            ExtensionTools.Node!,
            ["test/e2e/run.mjs", "--vsix", vsix, "--code-server", ExtensionTools.CodeServer, "--chromium", ExtensionTools.Chromium, "--out", artifacts, "--timeout", "300"],
            ExtensionTools.ExtensionDir,
            TimeSpan.FromMinutes(6));
        output.WriteLine(run.StandardError);
        string last = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Assert.True(last.StartsWith('{'), $"run.mjs printed no JSON result (exit {run.ExitCode}):\n{run.StandardOutput}\n{run.StandardError}");

        using var json = JsonDocument.Parse(last);
        var root = json.RootElement;
        var steps = root.GetProperty("steps").EnumerateArray()
            .Select(s => (Name: s.GetProperty("name").GetString()!, Ok: s.GetProperty("ok").GetBoolean(), Detail: s.TryGetProperty("detail", out var d) ? d.ToString() : ""))
            .ToList();
        string report = string.Join('\n', steps.Select(s => $"{(s.Ok ? "ok" : "FAILED")}: {s.Name} {s.Detail}"));
        string error = root.TryGetProperty("error", out var e) ? e.GetString() ?? "" : "";
        Assert.True(root.GetProperty("ok").GetBoolean() && run.ExitCode == 0, $"the end-to-end run failed (screenshots and result.json in {artifacts}):\n{report}\n{error}\n{Tail(run.StandardError, 30)}");
        Assert.Equal(ExpectedSteps, steps.Select(s => s.Name));

        // What the user saw, beyond pass/fail: the fix's exact result and at least one screenshot.
        Assert.Equal(
            "# sshd_config for the SshdLint end-to-end test: three findings on purpose\nPort 22\nPermitRootLogin yes\nPasswordAuthentication yes\nX11Forwarding no\nUsePAM yes\n",
            root.GetProperty("fileAfterFix").GetString());
        Assert.Contains("Whether root may log in", root.GetProperty("hover").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(artifacts, "hover.png")), "no screenshot was saved");
    }

    private string Package()
    {
        var result = ProcessRunner.Run("bash", [Path.Combine(ExtensionTools.ExtensionDir, "scripts", "package.sh")], ExtensionTools.ExtensionDir, TimeSpan.FromMinutes(10));
        output.WriteLine(Tail(result.StandardOutput + result.StandardError, 20));
        Assert.True(result.ExitCode == 0, $"scripts/package.sh failed (exit {result.ExitCode}):\n{Tail(result.StandardOutput, 40)}\n{Tail(result.StandardError, 40)}");
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
    }

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));
}
