// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2061Tests
{
    private const string Id = "SSHD2061";

    [Fact]
    public void Positive_NoWithX11ForwardingIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\n[|X11UseLocalhost no|]\n", options: Recommended);
        Assert.Equal("X11UseLocalhost no makes the forwarded X11 display listen on every network interface", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_YesIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\nX11UseLocalhost yes\n");

    [Fact]
    public void Negative_IrrelevantWithoutX11Forwarding()
    {
        RuleVerifier.VerifyDiagnostics(Id, "X11UseLocalhost no\n");
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\nX11UseLocalhost no\nDisableForwarding yes\n");
    }

    [Fact]
    public void DefaultValue_YesSoClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\n");

    [Fact]
    public void MatchScoped_GlobalLineReportedWhenABlockTurnsX11On() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|X11UseLocalhost no|]\nMatch Group desktop\n    X11Forwarding yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockOverridingTheGlobalLineKeepsItClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11UseLocalhost no\nMatch Group desktop\n    X11Forwarding yes\n    X11UseLocalhost yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\nMatch Address 192.0.2.0/24\n    [|X11UseLocalhost no|]\n", options: Recommended);
        Assert.Contains("(in Match Address 192.0.2.0/24)", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsYes() =>
        RuleVerifier.VerifyFix(Id, "X11Forwarding yes\nX11UseLocalhost no\n", "X11Forwarding yes\nX11UseLocalhost yes\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "Match Group desktop\n    X11Forwarding yes\n    X11UseLocalhost no\n",
            "Match Group desktop\n    X11Forwarding yes\n    X11UseLocalhost yes\n", FixApplicability.Unsafe);
}
