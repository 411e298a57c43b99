// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;

namespace SshdLint.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void EffectivePrintsSshdTFormat()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogin no\nMatch User alice\n  PermitRootLogin yes\n");
        var r = CliRunner.Run("effective", "--openssh", "9.2", "--vendor", "debian", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\npermitrootlogin no\n", r.Out);
        var alice = CliRunner.Run("effective", "--openssh", "9.2", "--vendor", "debian", "-C", "user=alice", file);
        Assert.Contains("\npermitrootlogin yes\n", alice.Out);
        var camel = CliRunner.Run("effective", file);
        Assert.Contains("\nPermitRootLogin no\n", camel.Out);
    }

    [Fact]
    public void EffectiveExplainNamesTheLine()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\nPermitRootLogin no\n");
        var r = CliRunner.Run("effective", "--explain", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches($"PermitRootLogin no +# {System.Text.RegularExpressions.Regex.Escape(file)}:2\n", r.Out);
        Assert.Matches("MaxAuthTries 6 +# default \\(OpenSSH 10.5\\)\n", r.Out);
    }

    [Fact]
    public void EffectiveRefusesAFileSshdWouldReject()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\nPort\n");
        var r = CliRunner.Run("effective", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("would refuse this configuration", r.Error);
    }

    [Fact]
    public void EffectiveRejectsABadConnectionSpec()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\n");
        var r = CliRunner.Run("effective", "-C", "nobody=x", file);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("sshdlint: -C: Invalid test mode specification", r.Error);
    }

    [Fact]
    public void RulesListsEveryCheckAsJson()
    {
        var r = CliRunner.Run("rules", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var ids = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("SSHD0001", ids);
        Assert.Contains("SSHD2001", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void ExplainShowsTheDocByIdOrName()
    {
        var byId = CliRunner.Run("explain", "SSHD2001");
        var byName = CliRunner.Run("explain", "permit-root-login");
        Assert.Equal(0, byId.ExitCode);
        Assert.Equal(byId.Out, byName.Out);
        Assert.Contains("## Why it matters", byId.Out);
    }

    [Fact]
    public void HelpAndVersion()
    {
        Assert.Equal(0, CliRunner.Run("--version").ExitCode);
        var help = CliRunner.Run("check", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--fail-level", help.Out);
        Assert.Equal(2, CliRunner.Run().ExitCode);
    }
}
