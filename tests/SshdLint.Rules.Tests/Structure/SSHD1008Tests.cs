// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1008Tests
{
    private const string Id = "SSHD1008";

    [Fact]
    public void Positive_MatchEnablesPasswordsDisabledGlobally()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    [|PasswordAuthentication yes|]\n");
        Assert.Equal("PasswordAuthentication yes is weaker than the global value no (in Match Address 10.0.0.0/8)", d[0].Message);
    }

    [Fact]
    public void Positive_MatchWeakensTheDefault()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Port 22\nMatch Group devs\n    [|X11Forwarding yes|]\n");
        Assert.Contains("no (the default)", d[0].Message);
    }

    [Fact]
    public void Positive_RankedEnums()
    {
        RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin prohibit-password\nMatch Address 10.0.0.1\n    [|PermitRootLogin yes|]\n");
        RuleVerifier.VerifyDiagnostics(Id, "AllowTcpForwarding local\nMatch User a\n    [|AllowTcpForwarding remote|]\n");
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    [|GatewayPorts clientspecified|]\n");
    }

    [Fact]
    public void Negative_StrongerOrEqualValueInMatch() =>
        RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin prohibit-password\nAllowTcpForwarding yes\nMatch User a\n    PermitRootLogin no\n    AllowTcpForwarding all\n    PasswordAuthentication yes\n");

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    PasswordAuthentication yes\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_DisableForwardingStillCoversTheBlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch User a\n    X11Forwarding yes\n    AllowTcpForwarding yes\n");

    [Fact]
    public void MatchScoped_DisableForwardingLiftedInTheBlock()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch User a\n    [|DisableForwarding no|]\n    [|X11Forwarding yes|]\n");
        Assert.Contains("(DisableForwarding yes)", d[1].Message);
    }

    [Fact]
    public void DefaultValue_DefaultsEverywhereNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    PermitRootLogin prohibit-password\n");

    [Fact]
    public void VersionSpecific_DisableForwardingUnknownBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding no\nMatch User a\n    [|X11Forwarding yes|]\n", target: new Target(new OpenSshVersion(7, 3)));
}
