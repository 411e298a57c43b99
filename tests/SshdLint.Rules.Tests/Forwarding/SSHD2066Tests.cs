// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2066Tests
{
    private const string Id = "SSHD2066";

    [Fact]
    public void Positive_YesIsReportedUnderRecommended()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PermitTunnel yes|]\n", options: Recommended);
        Assert.Equal("PermitTunnel yes allows layer 2 and layer 3 tunnels (ssh -w) into the server's network", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_EachModeIsReported()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|PermitTunnel point-to-point|]\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "[|PermitTunnel ethernet|]\n", options: Recommended);
    }

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "PermitTunnel no\n");

    [Fact]
    public void DefaultValue_NoSoClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void NotImplied_DisableForwardingDoesNotStopTunnels() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\n[|PermitTunnel yes|]\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockTurningTunnelsOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "PermitTunnel no\nMatch User vpn\n    [|PermitTunnel point-to-point|]\n", options: Recommended);
        Assert.Contains("(in Match User vpn)", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "PermitTunnel yes\n", "PermitTunnel no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "Match User vpn\n    PermitTunnel ethernet\n", "Match User vpn\n    PermitTunnel no\n", FixApplicability.Unsafe);
}
