// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Cli.Fixing;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests;

public sealed class FixCommandTests
{
    private const string Unused = "# sshdlint-disable-next-line SSHD2001 -- nothing to suppress\n";

    [Fact]
    public void SafeFixesAreAppliedAndNothingElseChanges()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\n" + Unused + "PermitRootLogin no\n");
        var r = CliRunner.Run("fix", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Port 22\nPermitRootLogin no\n", File.ReadAllText(file));
        Assert.StartsWith("Fixed 1 problem in 1 file", r.Error);
        var again = CliRunner.Run("fix", file);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Nothing to fix.\n", again.Error);
    }

    [Fact]
    public void DangerousFixesNeedSelect()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogin yes\n");
        CliRunner.Run("fix", "--unsafe-fixes", file);
        Assert.Equal("PermitRootLogin yes\n", File.ReadAllText(file));
        var r = CliRunner.Run("fix", "--select", "SSHD2001", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("PermitRootLogin no\n", File.ReadAllText(file));
    }

    [Fact]
    public void DiffAndCheckWriteNothing()
    {
        using var tmp = new TempDir();
        string text = "Port 22\r\n# sshdlint-disable-next-line SSHD2001\r\nPermitRootLogin no\r\n";
        string file = tmp.Write("sshd_config", text);
        var diff = CliRunner.Run("fix", "--diff", file);
        Assert.Equal(1, diff.ExitCode);
        Assert.Equal($"--- {file}\n+++ {file}\n@@ -1,3 +1,2 @@\n Port 22\r\n-# sshdlint-disable-next-line SSHD2001\r\n PermitRootLogin no\r\n", diff.Out);
        var check = CliRunner.Run("fix", "--check", file);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void CrLfFilesStayCrLfAndInsertionsGoAboveTheTrailingMatch()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 22\r\nMatch User bob\r\n  X11Forwarding no\r\n");
        var r = CliRunner.Run("fix", "--select", "SSHD2001", "--profile", "strict", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Port 22\r\nPermitRootLogin no\r\nMatch User bob\r\n  X11Forwarding no\r\n", File.ReadAllText(file));
    }

    [Fact]
    public void AValueThatWinsInADropInIsFixedInTheDropIn()
    {
        using var tmp = new TempDir();
        string dropIn = tmp.Write("etc/ssh/sshd_config.d/50-cloud-init.conf", "PermitRootLogin yes\n");
        string main = tmp.Write("etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n");
        var r = CliRunner.Run("fix", "--sysroot", tmp.Path, "--select", "SSHD2001", main);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("PermitRootLogin no\n", File.ReadAllText(dropIn));
        Assert.Equal("Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n", File.ReadAllText(main));
    }

    [Fact]
    public void ModeIsKeptAndSymlinksAreFollowed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempDir();
        string real = tmp.Write("real.conf", Unused + "PermitRootLogin no\n");
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Path.Combine(tmp.Path, "sshd_config");
        File.CreateSymbolicLink(link, real);
        var r = CliRunner.Run("fix", link);
        Assert.Equal(0, r.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("PermitRootLogin no\n", File.ReadAllText(real));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(real));
        Assert.Empty(Directory.GetFiles(tmp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void AFileChangedSinceItWasReadIsNotWritten()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "Port 2222\n");
        var ex = Assert.Throws<WriteRefusedException>(() =>
            AtomicFileWriter.Replace(file, "Port 22\n"u8.ToArray(), "Port 23\n"u8.ToArray()));
        Assert.Contains("changed since it was read", ex.Message);
        Assert.Equal("Port 2222\n", File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(tmp.Path, "*.tmp"));
    }

    [Fact]
    public void ConcurrentWritersNeverProduceAMixedFile()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "A\n");
        byte[] a = "A\n"u8.ToArray();
        var contents = Enumerable.Range(0, 20).Select(i => System.Text.Encoding.UTF8.GetBytes(new string((char)('a' + i), 10_000) + "\n")).ToArray();
        Parallel.ForEach(contents, c =>
        {
            try { AtomicFileWriter.Replace(file, a, c); } catch (WriteRefusedException) { }
        });
        // Whoever won, the file holds exactly one writer's complete contents (or the original).
        byte[] final = File.ReadAllBytes(file);
        Assert.True(final.SequenceEqual(a) || contents.Any(c => c.SequenceEqual(final)));
        Assert.Empty(Directory.GetFiles(tmp.Path, "*.tmp"));
    }

    [SshdFact]
    public void VerifyWithSshdRefusesAResultSshdRejects()
    {
        using var tmp = new TempDir();
        // The fix itself is safe, but the file is already broken elsewhere: verification must stop the write.
        string text = Unused + "PermitRootLogin no\nPort\n";
        string file = tmp.Write("sshd_config", text);
        var r = CliRunner.Run("fix", "--verify-with-sshd", "--openssh", "9.2", "--vendor", "debian", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("sshd -t rejects the fixed file", r.Error);
        Assert.Equal(text, File.ReadAllText(file));
        string good = tmp.Write("good_config", Unused + "PermitRootLogin no\n");
        Assert.Equal(0, CliRunner.Run("fix", "--verify-with-sshd", good).ExitCode);
        Assert.Equal("PermitRootLogin no\n", File.ReadAllText(good));
    }
}
