// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1005Tests
{
    private const string Id = "SSHD1005";

    [Fact]
    public void Positive_OnlyNegatedUserPattern()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match User [|!root|]\n    PasswordAuthentication no\n", options: LintOptions.Default);
        Assert.Equal("Match User !root never matches: every pattern in !root is negated, and negated patterns only exclude (*,!root matches everyone else)", d[0].Message);
    }

    [Fact]
    public void Positive_OnlyNegatedAddressList() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User alice Address [|!10.0.0.0/8,!192.168.0.0/16|]\n    X11Forwarding yes\n");

    [Fact]
    public void Positive_LocalPortNotListenedOn()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Port 22\nPort 2200\nMatch LocalPort [|2222|]\n    PasswordAuthentication no\n");
        Assert.Contains("ports 22, 2200", d[0].Message);
    }

    [Fact]
    public void Positive_HostNamePatternWithoutUseDns()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match Host [|*.example.com|]\n    X11Forwarding yes\n");
        Assert.Contains("UseDNS is no", d[0].Message);
    }

    [Fact]
    public void Negative_NegationWithAPositiveEntry() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User *,!root\n    PasswordAuthentication no\n");

    [Fact]
    public void Negative_LocalPortFromListenAddress() =>
        RuleVerifier.VerifyDiagnostics(Id, "ListenAddress 0.0.0.0:2222\nListenAddress [::]\nMatch LocalPort 2222\n    PasswordAuthentication no\nMatch LocalPort 22\n    X11Forwarding no\n");

    [Fact]
    public void Negative_HostNamePatternWithUseDns() =>
        RuleVerifier.VerifyDiagnostics(Id, "UseDNS yes\nMatch Host *.example.com\n    X11Forwarding yes\n");

    [Fact]
    public void Negative_HostPatternThatCanMatchAnAddress() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match Host 192.168.*,fe80::*\n    X11Forwarding yes\n");

    [Fact]
    public void MatchScoped_EqualsFormIsReportedOnItsToken() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match [|user=!root|]\n    PasswordAuthentication no\n");

    [Fact]
    public void DefaultValue_DefaultPort22CountsForLocalPort()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Match LocalPort 22\n    PasswordAuthentication no\n");
        RuleVerifier.VerifyDiagnostics(Id, "Match LocalPort [|2222|]\n    PasswordAuthentication no\n");
    }

    [Fact]
    public void VersionSpecific_EqualsFormIsTwoTokensBefore9_9()
    {
        // Before 9.9 "user=!root" reaches match_cfg_line as "user", "!root" (strdelim splits at '=').
        RuleVerifier.VerifyDiagnostics(Id, "Match user=[|!root|]\n    PasswordAuthentication no\n", target: new Target(new OpenSshVersion(9, 2)));
    }

    [Fact]
    public void Fix_PrefixesAStar() =>
        RuleVerifier.VerifyFix(Id, "Match User !root,!admin\n    PasswordAuthentication no\n", "Match User *,!root,!admin\n    PasswordAuthentication no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_KeepsTheEqualsFormAndQuotes() =>
        RuleVerifier.VerifyFix(Id, "Match user=!root Group \"!wheel\"\n    PasswordAuthentication no\n",
            "Match user=*,!root Group \"*,!wheel\"\n    PasswordAuthentication no\n", FixApplicability.Unsafe);
}
