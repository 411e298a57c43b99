// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1006Tests
{
    private const string Id = "SSHD1006";

    [Fact]
    public void Positive_PamServiceNameInMatch()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nMatch User legacy\n    [|PAMServiceName sshd-legacy|]\n", options: LintOptions.Default);
        Assert.Equal("PAMServiceName sshd-legacy in Match User legacy has no effect: sshd accepts PAMServiceName in a Match block but always uses the global value", d[0].Message);
    }

    [Fact]
    public void Positive_GlobalOnlyKeywordInMatchAllAfterAGlobalLine()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "UseDNS no\nMatch User a\n    X11Forwarding yes\nMatch All\n    [|UseDNS yes|]\n");
        Assert.Equal("UseDNS yes in Match All has no effect: UseDNS cannot be set per connection, and line 1 already sets it at startup (no)", d[0].Message);
    }

    [Fact]
    public void Negative_GlobalOnlyKeywordInMatchAllSetForTheFirstTime() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    X11Forwarding yes\nMatch All\n    UseDNS yes\n");

    [Fact]
    public void Negative_MatchAllowedKeywordInMatchAllOverridesTheGlobalValue() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding no\nMatch All\n    X11Forwarding yes\n");

    [Fact]
    public void Negative_SetEnvInMatchFrom8_5() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    SetEnv FOO=bar\n", target: new Target(new OpenSshVersion(8, 5)));

    [Fact]
    public void MatchScoped_PamServiceNameInMatchAllIsAppliedAtStartup() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match All\n    PAMServiceName sshd-all\n");

    [Fact]
    public void DefaultValue_NothingSetNothingReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void VersionSpecific_SetEnvInMatchBefore8_5()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    [|SetEnv FOO=bar|]\n", target: new Target(new OpenSshVersion(8, 4)));
        Assert.Contains("applies it only from 8.5", d[0].Message);
    }

    [Fact]
    public void VersionSpecific_PamServiceNameIsFatalInMatchOn10_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User legacy\n    {|SSHD0006:PAMServiceName|} sshd-legacy\n", target: new Target(new OpenSshVersion(10, 4)));

    [Fact]
    public void Fix_RemovesTheLine() =>
        RuleVerifier.VerifyFix(Id, "Match User legacy\n    PAMServiceName sshd-legacy\n    X11Forwarding no\n",
            "Match User legacy\n    X11Forwarding no\n", FixApplicability.Safe);
}
