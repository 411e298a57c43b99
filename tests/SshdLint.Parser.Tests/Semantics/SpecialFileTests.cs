// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.Parser.Includes;

namespace SshdLint.Parser.Tests.Semantics;

public sealed class SpecialFileTests
{
    [Fact]
    public async Task ReadingAFifoFailsInsteadOfBlocking()
    {
        if (!OperatingSystem.IsLinux()) return;
        string dir = Directory.CreateTempSubdirectory("sshdlint-fifo").FullName;
        try
        {
            string fifo = Path.Combine(dir, "pipe.conf");
            using (var p = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
            {
                p.WaitForExit();
                Assert.Equal(0, p.ExitCode);
            }
            var task = Task.Run(() => PhysicalFileSystem.Instance.ReadFile(fifo));
            var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(finished == task, "reading a FIFO blocked");
            var result = await task;
            Assert.False(result.Succeeded);
            Assert.Equal("not a regular file", result.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ReadingADeviceFails()
    {
        if (!OperatingSystem.IsLinux()) return;
        var result = PhysicalFileSystem.Instance.ReadFile("/dev/zero");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void EnormousGlobIsCutOff()
    {
        var fs = new InMemoryFileSystem();
        for (int i = 0; i < Glob.MaxMatches + 5; i++) fs.Add($"/d/f{i:D6}.conf", "");
        var matches = Glob.Expand(fs, "/d/*.conf", out bool truncated);
        Assert.True(truncated);
        Assert.Equal(Glob.MaxMatches, matches.Count);
    }

    [Fact]
    public void SourceTextBytesRoundTripThroughTheFileSystem()
    {
        string path = Path.GetTempFileName();
        try
        {
            byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'P', 0x00, 0xFF, (byte)'\r', (byte)'\n'];
            File.WriteAllBytes(path, bytes);
            var read = PhysicalFileSystem.Instance.ReadFile(path);
            Assert.Equal(bytes, Text.SourceText.From(read.Bytes).ToBytes());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
