// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2046Tests
{
    private const string Id = "SSHD2046";

    [Fact]
    public void Positive_CountMaxZeroTrapIsReportedUnderRecommended()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\n[|ClientAliveCountMax 0|]\n", options: Recommended);
        Assert.Equal("ClientAliveCountMax 0 turns off the client-alive disconnect since OpenSSH 8.2, so ClientAliveInterval 600 only sends probes and never ends a session",
            diagnostics[0].Message);
    }

    [Fact]
    public void Negative_CountMaxZeroWithoutProbesIsNotATrap() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 0\nClientAliveCountMax 0\n", options: Recommended);

    [Fact]
    public void Negative_WorkingProbesAreClean()
    {
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nClientAliveCountMax 3\n");
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\nClientAliveCountMax 1\n", options: Stig);
    }

    [Fact]
    public void Version_CountMaxZeroDisconnectedAtTheFirstProbeBefore8_2()
    {
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\nClientAliveCountMax 0\n", Version(8, 1), Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 600\n[|ClientAliveCountMax 0|]\n", Version(8, 2), Recommended);
    }

    [Fact]
    public void DefaultValue_NoIntervalIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);

    [Fact]
    public void DefaultValue_NoIntervalIsReportedUnderCisStigAndStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Cis);
        Assert.StartsWith("ClientAliveInterval 0 never probes idle clients", diagnostics[0].Message);
        Assert.Contains("ClientAliveInterval is not set", diagnostics[0].Message);
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Stig);
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
    }

    [Fact]
    public void Profile_IntervalLimitDiffers()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|ClientAliveInterval 10m|]\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 10m\n", options: Stig);
        RuleVerifier.VerifyDiagnostics(Id, "[|ClientAliveInterval 15m|]\n", options: Stig);
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 15m\n", options: Recommended);
    }

    [Fact]
    public void MatchScoped_BlockSettingCountMaxZero()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nMatch User bob\n    [|ClientAliveCountMax 0|]\n", options: Recommended);
        Assert.Contains("(in Match User bob)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockTurningProbesOnUnderAGlobalZeroCount() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveCountMax 0\nMatch User bob\n    [|ClientAliveInterval 300|]\n", options: Recommended);

    [Fact]
    public void MatchScoped_GlobalTrapIsReportedOnce() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\n[|ClientAliveCountMax 0|]\nMatch User bob\n    ClientAliveInterval 600\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockThatRepairsTheCountIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveCountMax 0\nMatch User bob\n    ClientAliveInterval 300\n    ClientAliveCountMax 2\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockTurningProbesOffUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nMatch User batch\n    [|ClientAliveInterval 0|]\n");
        Assert.Contains("(in Match User batch)", diagnostics[0].Message);
    }

    [Fact]
    public void Version_BlockLinesBefore7_4AreNotJudged() =>
        // ClientAliveInterval became allowed in Match in 7.4; before that sshd refuses the line (binder error).
        RuleVerifier.VerifyDiagnostics(Id, "ClientAliveInterval 300\nMatch User bob\n    ClientAliveCountMax 0\n", Version(7, 3), Recommended);

    [Fact]
    public void Fix_ReplacesTheZeroCount() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveInterval 300\nClientAliveCountMax 0\n", "ClientAliveInterval 300\nClientAliveCountMax 1\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockCount() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveInterval 300\nClientAliveCountMax 0\nMatch User bob\n    ClientAliveInterval 60\n    ClientAliveCountMax 0\n",
            "ClientAliveInterval 300\nClientAliveCountMax 1\nMatch User bob\n    ClientAliveInterval 60\n    ClientAliveCountMax 1\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsTheCountIntoTheBlockThatTurnsProbesOn() =>
        // Under strict the missing global interval is fixed too (inserted above the first Match).
        RuleVerifier.VerifyFix(Id, "ClientAliveCountMax 0\nMatch User bob\n    ClientAliveInterval 60\n",
            "ClientAliveCountMax 0\nClientAliveInterval 300\nMatch User bob\n    ClientAliveCountMax 1\n    ClientAliveInterval 60\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsAnIntervalWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nClientAliveInterval 300\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_GlobalFixCoversBlocksThatInheritTheCount() =>
        RuleVerifier.VerifyFix(Id, "ClientAliveInterval 300\nClientAliveCountMax 0\nMatch User bob\n    ClientAliveInterval 120\n",
            "ClientAliveInterval 300\nClientAliveCountMax 1\nMatch User bob\n    ClientAliveInterval 120\n", FixApplicability.Unsafe);
}
