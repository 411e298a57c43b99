// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2087Tests
{
    private const string Id = "SSHD2087";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_DefaultsLeaveForwardingOpen()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "Match Group sftponly\n    ChrootDirectory %h\n    [|ForceCommand internal-sftp|]\n", options: Recommended);
        Assert.Contains("TCP forwarding, Unix-socket forwarding and agent forwarding", diagnostics[0].Message);
        Assert.Contains("Match Group sftponly", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_ClassicTutorialBlockStillAllowsAgentAndSocketForwarding()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "Match Group sftponly\n    ChrootDirectory %h\n    [|ForceCommand internal-sftp|]\n    AllowTcpForwarding no\n    X11Forwarding no\n", options: Recommended);
        Assert.Contains("Unix-socket forwarding and agent forwarding", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_TunnelIsNotCoveredByDisableForwarding()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "PermitTunnel yes\nMatch Group backup\n    [|ForceCommand /usr/local/bin/backup|]\n    DisableForwarding yes\n", options: Recommended);
        Assert.Contains("still allows tunnel devices (PermitTunnel)", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("Match Group sftponly\n    ForceCommand internal-sftp\n    DisableForwarding yes\n")]
    [InlineData("DisableForwarding yes\nMatch Group sftponly\n    ForceCommand internal-sftp\n")]
    [InlineData("Match Group sftponly\n    ForceCommand internal-sftp\n    AllowTcpForwarding no\n    AllowStreamLocalForwarding no\n    AllowAgentForwarding no\n")]
    [InlineData("Match Group sftponly\n    ForceCommand none\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void DefaultValue_NoForceCommandIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void Strict_AlsoChecksPermitTTY()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Group sftponly\n    [|ForceCommand internal-sftp|]\n    DisableForwarding yes\n");
        Assert.Contains("a terminal (PermitTTY)", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_GlobalForceCommand_BlockReopeningForwarding()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "ForceCommand internal-sftp\nDisableForwarding yes\nMatch User partner\n    [|DisableForwarding no|]\n", options: Recommended);
        Assert.Contains("Match User partner", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_GlobalForceCommandReportedOnce() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|ForceCommand internal-sftp|]\nMatch User partner\n    ChrootDirectory /srv/partner\n", options: Recommended);

    [Fact]
    public void Version73_NoDisableForwarding_FixSetsEachKeyword()
    {
        // Before 7.4 there is no DisableForwarding: the first fix closes each opening with its own keyword, at once.
        var target = new Target(new OpenSshVersion(7, 3));
        const string text = "Match Group sftponly\n    ForceCommand internal-sftp\n    AllowTcpForwarding yes\n";
        var finding = Assert.Single(RuleVerifier.Lint(text, target).Diagnostics, d => d.Id == Id);
        Assert.Equal(FixApplicability.Unsafe, finding.Fixes[0].Applicability);
        string fixedText = Parser.Text.SourceText.From(text).WithChanges(finding.Fixes[0].Edits.Select(e => e.Change)).ToString();
        foreach (var line in new[] { "    AllowTcpForwarding no\n", "    AllowAgentForwarding no\n", "    AllowStreamLocalForwarding no\n", "    PermitTTY no\n" })
            Assert.Contains(line, fixedText);
        Assert.StartsWith("Match Group sftponly\n", fixedText);
        Assert.DoesNotContain(RuleVerifier.Lint(fixedText, target).Diagnostics, d => d.Id == Id || d.Fatal);
        // The single steps stay available as separate fixes.
        Assert.True(finding.Fixes.Count > 1);
        RuleVerifier.VerifyDiagnostics(Id, "Match Group sftponly\n    [|ForceCommand internal-sftp|]\n    AllowTcpForwarding yes\n", target);
        RuleVerifier.VerifyFix(Id, text, fixedText, FixApplicability.Unsafe, target);
    }

    [Fact]
    public void Fix_InsertsDisableForwardingIntoTheBlock() =>
        RuleVerifier.VerifyFix(Id, "Match Group sftponly\n    ChrootDirectory %h\n    ForceCommand internal-sftp\n    PermitTTY no\n",
            "Match Group sftponly\n    DisableForwarding yes\n    ChrootDirectory %h\n    ForceCommand internal-sftp\n    PermitTTY no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlocksDisableForwardingLine() =>
        RuleVerifier.VerifyFix(Id, "Match Group sftponly\n    ForceCommand internal-sftp\n    DisableForwarding no\n    PermitTTY no\n",
            "Match Group sftponly\n    ForceCommand internal-sftp\n    DisableForwarding yes\n    PermitTTY no\n", FixApplicability.Unsafe);
}
