// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Packaging;

/// <summary>The CLI as a .NET tool: packed locally, installed into a tool path from that package alone, and run.</summary>
[Collection(PackagingCollection.Name)]
public sealed class DotnetToolTests
{
    [PackagingFact]
    public void PackedToolInstallsIntoAToolPathAndRuns()
    {
        using var tmp = new TempDir();
        string packages = Path.Combine(tmp.Path, "packages"), tools = Path.Combine(tmp.Path, "tools");

        // A private artifacts path keeps this build away from the tree's bin/ and obj/ (and the test host's own build).
        var pack = Dotnet.Run(RepoPaths.Root, TimeSpan.FromMinutes(10),
            "pack", "src/Cli/SshdLint.Cli.csproj", "--configuration", "Release", "--output", packages,
            "--artifacts-path", Path.Combine(tmp.Path, "artifacts"), "--disable-build-servers");
        Assert.True(pack.ExitCode == 0, Dotnet.Describe(pack));
        Assert.Equal($"SshdLint.{ToolInfo.Version}.nupkg", Path.GetFileName(Assert.Single(Directory.GetFiles(packages, "*.nupkg"))));

        var install = Dotnet.Run(tmp.Path, TimeSpan.FromMinutes(5),
            "tool", "install", "SshdLint", "--tool-path", tools, "--version", ToolInfo.Version,
            "--configfile", Dotnet.LocalOnlyConfig(tmp.Path, packages));
        Assert.True(install.ExitCode == 0, Dotnet.Describe(install));

        string sshdlint = Path.Combine(tools, "sshdlint");
        var version = ProcessRunner.Run(sshdlint, ["--version"], tmp.Path, TimeSpan.FromMinutes(1));
        Assert.Equal($"sshdlint {ToolInfo.Version}\n", version.StandardOutput);

        // The installed tool says what the in-process CLI says, in text and in SARIF.
        string[] check = ["check", "--no-color", "--sysroot", CliRunner.Samples, CliRunner.SampleMain];
        var text = ProcessRunner.Run(sshdlint, check, RepoPaths.Root, TimeSpan.FromMinutes(1));
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(CliRunner.Run(check).Out, text.StandardOutput);
        string[] sarif = ["check", "--format", "sarif", "--source-root", RepoPaths.Root, "--sysroot", CliRunner.Samples, CliRunner.SampleMain];
        Assert.Equal(CliRunner.Run(sarif).Out, ProcessRunner.Run(sshdlint, sarif, RepoPaths.Root, TimeSpan.FromMinutes(1)).StandardOutput);
    }
}
