// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2047Tests
{
    private const string Id = "SSHD2047";

    [Fact]
    public void Positive_AboveTheCisLimitIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\n[|ClientAliveCountMax 5|]\n", options: Cis);
        Assert.Equal("ClientAliveCountMax 5 lets 5 probes go unanswered before sshd drops the session, more than 3", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nClientAliveCountMax 10\n", options: Recommended);

    [Fact]
    public void Negative_WithinTheLimitIsClean()
    {
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nClientAliveCountMax 3\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\nClientAliveCountMax 1\n", options: Stig);
    }

    [Fact]
    public void Negative_CountDoesNotMatterWithoutProbes() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveCountMax 10\n", options: Cis);

    [Fact]
    public void Negative_ZeroIsLeftToSshd2046() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\nClientAliveCountMax 0\n", options: Stig);

    [Fact]
    public void DefaultValue_ReportedUnderStig()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|ClientAliveInterval 600|]\n", options: Stig);
        Assert.Contains("ClientAliveCountMax is not set; the OpenSSH 10.5 default is 3", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockRaisingTheCount()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nMatch Address 10.0.0.0/8\n  [|ClientAliveCountMax 20|]\n", options: Cis);
        Assert.Contains("(in Match Address 10.0.0.0/8)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockTurningProbesOnUnderAGlobalHighCount() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveCountMax 9\nMatch User bob\n  [|ClientAliveInterval 60|]\n", options: Cis);

    [Fact]
    public void Version_ZeroBefore8_2IsWithinEveryLimit() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\nClientAliveCountMax 0\n", Version(8, 1), Stig);

    [Fact]
    public void Fix_SetsTheLimit() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveInterval 300\nClientAliveCountMax 10\n", "ClientAliveInterval 300\nClientAliveCountMax 3\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsIntoTheBlock() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveCountMax 9\nMatch User bob\n  ClientAliveInterval 60\n",
            "ClientAliveCountMax 9\nMatch User bob\n  ClientAliveCountMax 3\n  ClientAliveInterval 60\n", FixApplicability.Unsafe);
}
