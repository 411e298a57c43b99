// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2063Tests
{
    private const string Id = "SSHD2063";

    [Fact]
    public void Positive_YesIsReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AllowAgentForwarding yes|]\n");
        Assert.Equal("AllowAgentForwarding yes allows clients to forward their ssh-agent into sessions", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowAgentForwarding no\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowAgentForwarding yes\n", options: Recommended);

    [Fact]
    public void Implied_DisableForwardingYesSatisfiesIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowAgentForwarding yes\nDisableForwarding yes\n");

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");

    [Fact]
    public void MatchScoped_BlockTurningAgentForwardingOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "AllowAgentForwarding no\nMatch User deploy\n    [|AllowAgentForwarding yes|]\n");
        Assert.Contains("(in Match User deploy)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockWithDisableForwardingIsCleanWhileTheGlobalValueIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowAgentForwarding yes|]\nMatch Group sftp\n    DisableForwarding yes\n    AllowAgentForwarding yes\n");

    [Fact]
    public void Version_DisableForwardingIgnoredBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowAgentForwarding yes|]\nDisableForwarding yes\n", Version(7, 3));

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "AllowAgentForwarding yes\n", "AllowAgentForwarding no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "AllowAgentForwarding no\nMatch User deploy\n    AllowAgentForwarding yes\n",
            "AllowAgentForwarding no\nMatch User deploy\n    AllowAgentForwarding no\n", FixApplicability.Unsafe);
}
