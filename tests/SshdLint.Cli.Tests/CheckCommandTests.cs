// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void SampleHasFindingsAndExitsOne()
    {
        var r = CliRunner.Run("check", "--sysroot", CliRunner.Samples, CliRunner.SampleMain);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Error);
        Golden.Check("check-sample.txt", CliRunner.Normalize(r.Out));
    }

    [Fact]
    public void TextFindingsHaveTheFileLineColumnShapeAndACaret()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\nPermitRootLogn yes\n");
        var r = CliRunner.Run("check", "--select", "SSHD0", file);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Out.Split('\n');
        Assert.Equal($"{file}:2:1: error: Bad configuration option: PermitRootLogn (did you mean PermitRootLogin?) (sshd refuses to start) [SSHD0001]", lines[0]);
        Assert.Equal(" 2 | PermitRootLogn yes", lines[1]);
        Assert.Equal("   | ^^^^^^^^^^^^^^", lines[2]);
        Assert.StartsWith("Found 1 problem (1 error) in 1 file.", lines[^2]);
    }

    [Fact]
    public void CleanFileExitsZeroWithASummary()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n");
        var r = CliRunner.Run("check", "--fail-level", "error", "--ignore", "SSHD4,SSHD2", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("No problems found in 1 file.\n", r.Out);
    }

    [Fact]
    public void JsonOutputFollowsTheVersionOneContract()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\nMatch User bob\n  Port 2222\n");
        var r = CliRunner.Run("check", "--format", "json", "--openssh", "9.2", file);
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("sshdlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("tool").GetProperty("version").GetString()));
        Assert.Equal("9.2", root.GetProperty("openssh").GetString());
        var d = root.GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "SSHD0006");
        Assert.Equal(file, d.GetProperty("file").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());
        Assert.Equal(3, d.GetProperty("column").GetInt32());
        Assert.Equal(3, d.GetProperty("endLine").GetInt32());
        Assert.Equal(7, d.GetProperty("endColumn").GetInt32());
        Assert.Equal("not-allowed-in-match", d.GetProperty("name").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("syntax", d.GetProperty("category").GetString());
        Assert.True(d.GetProperty("fatal").GetBoolean());
        Assert.Equal(JsonValueKind.Array, d.GetProperty("fixes").ValueKind);
        Assert.Contains("not allowed within a Match block", d.GetProperty("message").GetString());
    }

    [Fact]
    public void GithubFormatEmitsWorkflowCommands()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogn yes\n");
        var r = CliRunner.Run("check", "--format", "github", "--select", "SSHD0001", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"::error file={file},line=1,col=1,endLine=1,endColumn=15,title=SSHD0001 unknown-keyword::Bad configuration option: PermitRootLogn (did you mean PermitRootLogin?)\n", r.Out);
    }

    [Fact]
    public void GithubAnnotationsNameFilesRelativeToTheSourceRoot()
    {
        // An Include resolved under --sysroot . comes out as ./etc/...; GitHub wants the repository path.
        using var tmp = new TempDir();
        tmp.Write("etc/ssh/sshd_config.d/50-cloud-init.conf", "Protocol 2\n");
        string main = tmp.Write("etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n");
        var r = CliRunner.Run("check", "--format", "github", "--select", "SSHD2001,SSHD3003", "--source-root", tmp.Path, "--sysroot", tmp.Path, main);
        var files = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0].Split("file=")[1]).ToList();
        Assert.Equal(["etc/ssh/sshd_config", "etc/ssh/sshd_config.d/50-cloud-init.conf"], files);
    }

    [Fact]
    public void ColourOnlyWhenEnabled()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogn yes\n");
        Assert.Contains("\u001b[31;1merror\u001b[0m", CliRunner.Run(["check", file], color: true).Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(["check", "--no-color", file], color: true).Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(["check", file], color: false).Out);
    }

    [Fact]
    public void OutputOptionWritesAFile()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogn yes\n");
        string report = Path.Combine(tmp.Path, "report.json");
        var r = CliRunner.Run("check", "--format", "json", "--select", "unknown-keyword", "--output", report, file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Out);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(1, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "check", "/nonexistent/sshd_config" }, "sshdlint: /nonexistent/sshd_config: No such file or directory")]
    [InlineData(new[] { "check", "--frobnicate" }, "sshdlint: unknown option '--frobnicate' (see --help)")]
    [InlineData(new[] { "check", "--openssh", "6.9", "x" }, "sshdlint: --openssh: 6.9 is outside the versions SshdLint knows (7.0 to 10.5)")]
    [InlineData(new[] { "check", "--format", "xml", "x" }, "sshdlint: --format: 'xml' is not one of text, json, sarif, github")]
    [InlineData(new[] { "check", "--vendor", "redhat", "x" }, "sshdlint: --vendor: 'redhat' is not upstream or debian")]
    [InlineData(new[] { "frobnicate" }, "sshdlint: unknown command 'frobnicate' (commands: check, fix, effective, rules, explain, server; see --help)")]
    [InlineData(new[] { "effective" }, "sshdlint: effective: give exactly one configuration file (see --help)")]
    [InlineData(new[] { "explain", "SSHD9999" }, "sshdlint: explain: no check is called 'SSHD9999' (see `sshdlint rules`)")]
    public void UsageAndIOErrorsExitTwoWithOneLine(string[] args, string message)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(message + "\n", r.Error);
    }

    [Fact]
    public void ArbitraryBytesNeverCrash()
    {
        using var tmp = new TempDir();
        var random = new Random(3);
        for (int i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            string file = tmp.WriteBytes($"f{i}", bytes);
            var r = CliRunner.Run("check", "--format", "json", file);
            Assert.True(r.ExitCode is 0 or 1, r.Error);
            using var doc = JsonDocument.Parse(r.Out);
        }
    }
}
