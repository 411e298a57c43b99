// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2062Tests
{
    private const string Id = "SSHD2062";

    [Fact]
    public void Positive_YesIsReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AllowTcpForwarding all|]\n");
        Assert.Equal("AllowTcpForwarding all allows local and remote TCP port forwarding (ssh -L and -R)", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_PartialForwardingIsReported()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowTcpForwarding local|]\n");
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowTcpForwarding remote|]\n");
    }

    [Fact]
    public void Option_AllowPartialAcceptsOneDirection() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding local\n", options: With(Strict, "tcp-forwarding", "allow-partial", true));

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\n");

    [Fact]
    public void Negative_OffUnderRecommendedAndCis()
    {
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding yes\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding yes\n", options: Cis);
    }

    [Fact]
    public void Implied_DisableForwardingYesSatisfiesIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\n");

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("AllowTcpForwarding is not set; the OpenSSH 10.5 default is yes", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockTurningForwardingOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    [|AllowTcpForwarding yes|]\n");
        Assert.Contains("(in Match User jump)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockTurningDisableForwardingOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch User jump\n    [|DisableForwarding no|]\n");

    [Fact]
    public void Version_DisableForwardingIgnoredBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowTcpForwarding yes|]\nDisableForwarding yes\n", Version(7, 3));

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "AllowTcpForwarding local\n", "AllowTcpForwarding no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nAllowTcpForwarding no\n", FixApplicability.Unsafe);
}
