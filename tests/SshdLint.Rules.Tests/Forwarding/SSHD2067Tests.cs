// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2067Tests
{
    private const string Id = "SSHD2067";

    [Fact]
    public void Positive_NoIsReportedUnderCis()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|DisableForwarding no|]\n", options: Cis);
        Assert.Equal("DisableForwarding no leaves TCP, Unix-socket, X11 and agent forwarding to their individual switches", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_YesIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\n", options: Cis);

    [Fact]
    public void Negative_OffUnderRecommendedAndStig()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Stig);
    }

    [Fact]
    public void DefaultValue_ReportedUnderCisAndStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Cis);
        Assert.Contains("DisableForwarding is not set", diagnostics[0].Message);
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
    }

    [Fact]
    public void MatchScoped_BlockTurningItOff()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch User jump\n    [|DisableForwarding no|]\n", options: Cis);
        Assert.Contains("(in Match User jump)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockRepeatingNoIsNotReportedTwice() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nMatch User jump\n    DisableForwarding no\n", options: Cis);

    [Fact]
    public void Version_UnknownBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", Version(7, 3), Cis);

    [Fact]
    public void Fix_SetsYes() =>
        RuleVerifier.VerifyFix(Id, "DisableForwarding no\n", "DisableForwarding yes\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsAboveTheFirstMatch() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch Group sftp\n    ForceCommand internal-sftp\n",
            "Port 22\nDisableForwarding yes\nMatch Group sftp\n    ForceCommand internal-sftp\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "DisableForwarding yes\nMatch User jump\n    DisableForwarding no\n",
            "DisableForwarding yes\nMatch User jump\n    DisableForwarding yes\n", FixApplicability.Unsafe);
}
