// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2049Tests
{
    private const string Id = "SSHD2049";

    [Fact]
    public void Positive_KeepAliveNextToClientAliveIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|TCPKeepAlive yes|]\nClientAliveInterval 300\n");
        Assert.Equal("TCPKeepAlive yes sends unauthenticated keepalives although ClientAliveInterval 300 already detects dead clients", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_KeepAliveIsTheOnlyDetectionWithoutClientAlive() =>
        RuleVerifier.VerifyDiagnostics(Id, "TCPKeepAlive yes\n");

    [Fact]
    public void Negative_KeepAliveOffIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "TCPKeepAlive no\nClientAliveInterval 300\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "TCPKeepAlive yes\nClientAliveInterval 300\n", options: Recommended);

    [Fact]
    public void DefaultValue_KeepAliveDefaultIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|ClientAliveInterval 300|]\n");
        Assert.Contains("TCPKeepAlive is not set", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_ProbesOnlyInABlockLeaveOthersOnTcpKeepAlive() =>
        RuleVerifier.VerifyDiagnostics(Id, "TCPKeepAlive yes\nMatch User bob\n    ClientAliveInterval 300\n");

    [Fact]
    public void Alias_KeepAliveSpellingIsJudged() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|KeepAlive yes|]\nClientAliveInterval 300\n");

    [Fact]
    public void Version_CountMaxZeroDisablesClientAliveFrom8_2()
    {
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nClientAliveCountMax 0\n");
        RuleVerifier.VerifyDiagnostics(Id, "[|ClientAliveInterval 300|]\nClientAliveCountMax 0\n", Version(8, 1));
    }

    [Fact]
    public void Fix_TurnsKeepAliveOff() =>
        RuleVerifier.VerifyFix(Id, "TCPKeepAlive yes\nClientAliveInterval 300\n", "TCPKeepAlive no\nClientAliveInterval 300\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveInterval 300\n", "ClientAliveInterval 300\nTCPKeepAlive no\n", FixApplicability.Unsafe);
}
