// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2060Tests
{
    private const string Id = "SSHD2060";

    [Fact]
    public void Positive_YesIsReportedUnderRecommended()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\n[|X11Forwarding yes|]\nPrintMotd no\n", options: Recommended);
        Assert.Equal("X11Forwarding yes allows clients to forward X11 displays through the server", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding no\n");

    [Fact]
    public void DefaultValue_NoUpstreamSoClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void Implied_DisableForwardingYesSatisfiesIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding yes\nDisableForwarding yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockTurningX11On()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "X11Forwarding no\nMatch Group desktop\n    [|X11Forwarding yes|]\n", options: Recommended);
        Assert.Contains("(in Match Group desktop)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_GlobalDisableForwardingCoversTheBlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\nMatch Group desktop\n    X11Forwarding yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockDisableForwardingCoversItsOwnConnectionsOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|X11Forwarding yes|]\nMatch Group sftp\n    DisableForwarding yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockTurningDisableForwardingOffIsReportedThere()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "X11Forwarding yes\nDisableForwarding yes\nMatch User admin\n    [|DisableForwarding no|]\n", options: Recommended);
        Assert.Equal("X11Forwarding yes (turned back on here by DisableForwarding no) allows clients to forward X11 displays through the server (in Match User admin)",
            diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockRepeatingTheGlobalStateIsNotReportedAgain() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|X11Forwarding yes|]\nMatch User admin\n    DisableForwarding no\n", options: Recommended);

    [Fact]
    public void Version_DisableForwardingDoesNotExistBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|X11Forwarding yes|]\nDisableForwarding yes\n", Version(7, 3), Recommended);

    [Fact]
    public void DropIn_ReportedWhereTheValueWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-x11.conf"] = "X11Forwarding yes\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n", options: Recommended, files: files);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/50-x11.conf", finding.Location.Path);
    }

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "X11Forwarding yes\n", "X11Forwarding no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "Match Group desktop\n    X11Forwarding yes\n", "Match Group desktop\n    X11Forwarding no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsIntoTheBlockThatTurnsDisableForwardingOff() =>
        RuleVerifier.VerifyFix(Id, "X11Forwarding yes\nDisableForwarding yes\nMatch User admin\n    DisableForwarding no\n",
            "X11Forwarding yes\nDisableForwarding yes\nMatch User admin\n    X11Forwarding no\n    DisableForwarding no\n", FixApplicability.Unsafe);
}
