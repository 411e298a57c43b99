// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Oracle;

public sealed class SshdMessagesTests
{
    [Theory]
    // Unknown keyword: the only shape with a colon after the file name.
    [InlineData("/tmp/a b/sshd_config: line 7: Bad configuration option: Foo", "/tmp/a b/sshd_config", 7, "Bad configuration option: Foo")]
    [InlineData("sshd_config line 3: unsupported option \"maybe\".", "sshd_config", 3, "unsupported option \"maybe\".")]
    [InlineData("/etc/ssh/sshd_config.d/x.conf line 2: MaxAuthTries integer value invalid.", "/etc/ssh/sshd_config.d/x.conf", 2, "MaxAuthTries integer value invalid.")]
    [InlineData("c.conf line 12: Directive 'Port' is not allowed within a Match block", "c.conf", 12, "Directive 'Port' is not allowed within a Match block")]
    public void LocatedLinesYieldFileAndOneBasedLine(string text, string file, int line, string message)
    {
        Assert.True(SshdMessages.TryParseLocation(text, out var loc, out var msg));
        Assert.Equal(new SshdLocation(file, line), loc);
        Assert.Equal(message, msg);
    }

    [Theory]
    [InlineData("Unsupported Match attribute Foo")]
    [InlineData("sshd_config: terminating, 1 bad configuration options")]
    [InlineData("nonexist.conf: No such file or directory")]
    [InlineData("bad addr or host: example.invalid (Name or service not known)")]
    public void UnlocatedLinesAreKeptWhole(string text)
    {
        Assert.False(SshdMessages.TryParseLocation(text, out var loc, out var msg));
        Assert.Null(loc);
        Assert.Equal(text, msg);
        Assert.Equal(text, SshdMessages.WithoutPath(text));
    }

    [Fact]
    public void WithoutPathMatchesTheManifestShape()
    {
        Assert.Equal("line 105: Bad configuration option: MaxAuthTriesLog",
            SshdMessages.WithoutPath("/x/001.conf: line 105: Bad configuration option: MaxAuthTriesLog"));
        Assert.Equal("line 7: Bad SSH2 KexAlgorithms 'x'.",
            SshdMessages.WithoutPath("/x/040.conf line 7: Bad SSH2 KexAlgorithms 'x'."));
    }

    [Fact]
    public void SplitLinesDropsTheCarriageReturnSshdAddsToEveryMessage()
    {
        Assert.Equal(["a line 1: x", "b"], SshdMessages.SplitLines("a line 1: x\r\nb\n"));
    }

    [Theory]
    [InlineData("c.conf line 2: Deprecated option KeyRegenerationInterval", true)]
    [InlineData("c.conf line 2: Unsupported option KerberosGetAFSToken", true)]
    [InlineData("Unable to load host key: /etc/ssh/ssh_host_dsa_key", true)]
    [InlineData("Could not load host certificate \"/etc/ssh/k-cert.pub\": No such file or directory", true)]
    [InlineData("c.conf line 3: unsupported option \"maybe\".", false)]
    [InlineData("Unsupported KEX algorithm \"bike-l1-sha512\"", false)]
    public void WarningsAreTheLinesSshdSurvives(string line, bool warning) =>
        Assert.Equal(warning, SshdMessages.IsWarning(line));

    [Fact]
    public void ErrorLocationSkipsAnUnlocatedReasonLine()
    {
        var r = new SshdTestResult(255, ["Unsupported Match attribute Foo", "c.conf line 2: Bad Match condition"], false);
        Assert.Equal("Unsupported Match attribute Foo", r.FirstError);
        Assert.Equal(new SshdLocation("c.conf", 2), r.ErrorLocation);
        Assert.Equal("Unsupported Match attribute Foo", r.ManifestForm);
    }
}
