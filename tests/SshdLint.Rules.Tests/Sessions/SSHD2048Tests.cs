// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2048Tests
{
    private const string Id = "SSHD2048";

    [Fact]
    public void Positive_ChannelTimeoutNoneIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|ChannelTimeout none|]\nUnusedConnectionTimeout 10m\n");
        Assert.Equal("ChannelTimeout none never closes idle channels such as forgotten shell sessions", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_UnusedConnectionTimeoutZeroIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ChannelTimeout session=1h\n[|UnusedConnectionTimeout 0|]\n");
        Assert.Equal("UnusedConnectionTimeout 0 keeps authenticated connections that have no open channel forever", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_BothSetIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "ChannelTimeout session=30m agent-connection=1h\nUnusedConnectionTimeout 15m\n");

    [Fact]
    public void Negative_OffUnderRecommendedCisAndStig()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Stig);
    }

    [Fact]
    public void DefaultValue_BothReportedAtTheFirstLine() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|[|Port 22|]|]\n");

    [Fact]
    public void MatchScoped_BlockThatDropsTheGlobalTimeout()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "ChannelTimeout session=30m\nUnusedConnectionTimeout 15m\nMatch Group backup\n  [|ChannelTimeout none|]\n");
        Assert.Contains("(in Match Group backup)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockRepeatingNoneIsNotReportedTwice() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|ChannelTimeout none|]\nUnusedConnectionTimeout 15m\nMatch Group backup\n  ChannelTimeout none\n");

    [Fact]
    public void Version_UnknownBefore9_2() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", Version(9, 1));

    [Fact]
    public void Fix_SetsTheOptionValues() =>
        RuleVerifier.VerifyFix(Id, "ChannelTimeout none\nUnusedConnectionTimeout none\n",
            "ChannelTimeout session=30m\nUnusedConnectionTimeout 15m\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "ChannelTimeout session=1h\nUnusedConnectionTimeout 15m\nMatch Group backup\n  ChannelTimeout none\n",
            "ChannelTimeout session=1h\nUnusedConnectionTimeout 15m\nMatch Group backup\n  ChannelTimeout session=30m\n", FixApplicability.Unsafe);
}
