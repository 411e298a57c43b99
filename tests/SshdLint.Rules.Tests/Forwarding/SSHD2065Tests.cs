// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2065Tests
{
    private const string Id = "SSHD2065";

    [Fact]
    public void Positive_YesIsReportedUnderRecommended()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|GatewayPorts yes|]\n", options: Recommended);
        Assert.Equal("GatewayPorts yes lets remote forwards (ssh -R) listen on every interface, open to other hosts", diagnostics[0].Message);
    }

    [Fact]
    public void Profile_ClientSpecifiedOnlyUnderStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "GatewayPorts clientspecified\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "[|GatewayPorts clientspecified|]\n");
    }

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "GatewayPorts no\n");

    [Fact]
    public void DefaultValue_NoSoClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void Negative_IrrelevantWithoutRemoteForwarding()
    {
        RuleVerifier.VerifyDiagnostics(Id, "GatewayPorts yes\nAllowTcpForwarding local\n");
        RuleVerifier.VerifyDiagnostics(Id, "GatewayPorts yes\nDisableForwarding yes\n");
    }

    [Fact]
    public void MatchScoped_GlobalLineReportedWhenABlockAllowsRemoteForwarding() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|GatewayPorts yes|]\nAllowTcpForwarding no\nMatch User tunnel\n    AllowTcpForwarding remote\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match User tunnel\n    [|GatewayPorts yes|]\n", options: Recommended);
        Assert.Contains("(in Match User tunnel)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockLineWithoutForwardingIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User tunnel\n    GatewayPorts yes\n    DisableForwarding yes\n", options: Recommended);

    [Fact]
    public void Version_DisableForwardingIgnoredBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|GatewayPorts yes|]\nDisableForwarding yes\n", Version(7, 3), Recommended);

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "GatewayPorts clientspecified\n", "GatewayPorts no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "Match User tunnel\n    GatewayPorts yes\n", "Match User tunnel\n    GatewayPorts no\n", FixApplicability.Unsafe);
}
