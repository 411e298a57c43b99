// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Packaging;

/// <summary>
/// The Native AOT executable for linux-x64: it publishes with no trim or AOT warning (they are errors here anyway,
/// since warnings are), and writes exactly what the JIT-compiled CLI writes.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class NativeAotTests
{
    [GeneratedRegex(@"\bwarning [A-Z]+[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Warning();

    [PackagingFact]
    public void PublishesWithoutWarningsAndWritesWhatTheToolWrites()
    {
        using var tmp = new TempDir();
        string output = Path.Combine(tmp.Path, "out");
        var publish = Dotnet.Run(RepoPaths.Root, TimeSpan.FromMinutes(20),
            "publish", "src/Cli/SshdLint.Cli.csproj", "--configuration", "Release", "--runtime", "linux-x64", "-p:PublishAot=true",
            "--output", output, "--artifacts-path", Path.Combine(tmp.Path, "artifacts"), "--disable-build-servers");
        Assert.True(publish.ExitCode == 0, Dotnet.Describe(publish));
        Assert.DoesNotMatch(Warning(), publish.StandardOutput + publish.StandardError);

        // One self-contained file; anything beside it is debug symbols.
        string sshdlint = Path.Combine(output, "sshdlint");
        Assert.True(File.Exists(sshdlint));
        Assert.All(Directory.GetFiles(output).Where(f => f != sshdlint), f => Assert.Matches(@"\.(dbg|pdb)$", f));

        var timeout = TimeSpan.FromMinutes(1);
        Assert.Equal($"sshdlint {ToolInfo.Version}\n", ProcessRunner.Run(sshdlint, ["--version"], tmp.Path, timeout).StandardOutput);
        foreach (string[] args in new string[][]
        {
            ["check", "--no-color", "--sysroot", CliRunner.Samples, CliRunner.SampleMain],
            ["check", "--format", "json", "--sysroot", CliRunner.Samples, CliRunner.SampleMain],
            ["check", "--format", "sarif", "--source-root", RepoPaths.Root, "--sysroot", CliRunner.Samples, CliRunner.SampleMain],
            ["effective", "--sysroot", CliRunner.Samples, CliRunner.SampleMain],
            ["explain", "SSHD2001"],
            ["rules"],
        })
        {
            var expected = CliRunner.Run(args);
            var actual = ProcessRunner.Run(sshdlint, args, RepoPaths.Root, timeout);
            Assert.True(expected.ExitCode == actual.ExitCode, $"{string.Join(' ', args)}: {Dotnet.Describe(actual)}");
            Assert.Equal(expected.Out, actual.StandardOutput);
        }

        // Fixing works too (atomic writes, the fix engine), on a copy.
        string config = Path.Combine(tmp.Path, "sshd_config");
        File.WriteAllText(config, "Protocol 2\nPermitRootLogin no\n");
        Assert.Equal(0, ProcessRunner.Run(sshdlint, ["fix", config], tmp.Path, timeout).ExitCode);
        Assert.Equal("PermitRootLogin no\n", File.ReadAllText(config));

        // The language server is left out of this build, and says so.
        var server = ProcessRunner.Run(sshdlint, ["server"], tmp.Path, timeout);
        Assert.Equal(2, server.ExitCode);
        Assert.Contains("no language server", server.StandardError, StringComparison.Ordinal);
    }
}
