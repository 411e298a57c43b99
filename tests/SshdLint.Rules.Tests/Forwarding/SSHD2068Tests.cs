// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2068Tests
{
    private const string Id = "SSHD2068";

    [Fact]
    public void Positive_BlockGrantingForwardingWithoutLimits()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    [|AllowTcpForwarding yes|]\n");
        Assert.Equal("AllowTcpForwarding yes allows TCP forwarding to any destination; restrict it with PermitOpen and PermitListen (in Match User jump)",
            diagnostics[0].Message);
    }

    [Fact]
    public void Positive_OnlyTheMissingRestrictionIsNamed()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    [|AllowTcpForwarding yes|]\n    PermitOpen db.internal:5432\n");
        Assert.EndsWith("restrict it with PermitListen (in Match User jump)", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_BlockTurningDisableForwardingOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch User jump\n    [|DisableForwarding no|]\n");

    [Fact]
    public void Negative_RestrictedBlockIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    AllowTcpForwarding local\n    PermitOpen db.internal:5432\n");

    [Fact]
    public void Negative_GlobalForwardingIsLeftToSshd2062() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding yes\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    AllowTcpForwarding yes\n", options: Recommended);

    [Fact]
    public void DefaultValue_NothingWithoutMatchBlocks() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_BlockThatKeepsForwardingOffIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    AllowTcpForwarding yes\n    DisableForwarding yes\n");

    [Fact]
    public void MatchScoped_GlobalRestrictionAppliesToTheBlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nPermitOpen none\nPermitListen none\nMatch User jump\n    AllowTcpForwarding yes\n");

    [Fact]
    public void Version_NoPermitListenBefore7_8() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding no\nMatch User jump\n    AllowTcpForwarding remote\n", Version(7, 7));
}
