// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2025Tests
{
    private const string Id = "SSHD2025";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V84 = new(new OpenSshVersion(8, 4));
    private static readonly Target V87 = new(new OpenSshVersion(8, 7));

    [Fact]
    public void Positive_PlusSshRsa()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|PubkeyAcceptedAlgorithms +ssh-rsa,ssh-rsa-cert-v01@openssh.com|]\n", options: Recommended);
        Assert.Equal("PubkeyAcceptedAlgorithms +ssh-rsa,ssh-rsa-cert-v01@openssh.com re-enables RSA/SHA-1 signatures that OpenSSH 8.8 disabled", d[0].Message);
    }

    [Fact]
    public void Positive_OldAliasOnAModernTargetUsesTheWrittenKeyword()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|PubkeyAcceptedKeyTypes +ssh-rsa|]\n", options: Recommended);
        Assert.StartsWith("PubkeyAcceptedKeyTypes +ssh-rsa re-enables", d[0].Message);
    }

    [Fact]
    public void Positive_CaSignatureRsaWasDroppedInEightTwo()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|CASignatureAlgorithms ^ssh-rsa|]\n", options: Recommended);
        Assert.Equal("CASignatureAlgorithms ^ssh-rsa re-enables RSA/SHA-1 signatures that OpenSSH 8.2 disabled", d[0].Message);
    }

    [Fact]
    public void Positive_ReEnableAndDsaTogether()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|PubkeyAcceptedAlgorithms +ssh-rsa,ssh-dss|]\n", new Target(new OpenSshVersion(9, 2)), Recommended);
        Assert.Equal("PubkeyAcceptedAlgorithms +ssh-rsa re-enables RSA/SHA-1 signatures that OpenSSH 8.8 disabled and enables DSA algorithm ssh-dss", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Negative_SshAuditListsAreCleanUnderStrict() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "CASignatureAlgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256\n" +
            "HostbasedAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256\n" +
            "PubkeyAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256\n");

    [Fact]
    public void Negative_ListIgnoredWhenPubkeyAuthenticationIsOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "PubkeyAuthentication no\nPubkeyAcceptedAlgorithms +ssh-rsa\n", options: Recommended);

    [Fact]
    public void Negative_HostbasedListIgnoredWhileHostbasedAuthenticationIsOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostbasedAcceptedAlgorithms +ssh-rsa\n", options: Recommended);

    [Fact]
    public void Positive_HostbasedListReportedWhenAMatchBlockEnablesIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|HostbasedAcceptedAlgorithms +ssh-rsa|]\nMatch Address 10.0.0.0/8\n    HostbasedAuthentication yes\n", options: Recommended);

    [Fact]
    public void MatchScoped_ReportedAtTheBlockLineNamingTheCondition()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match User legacy\n    [|PubkeyAcceptedAlgorithms +ssh-rsa|]\n", options: Recommended);
        Assert.EndsWith("(in Match User legacy)", d[0].Message);
    }

    [Fact]
    public void DefaultValue_EightSevenSshRsaIsOnlyStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V87, Recommended);
        var d = RuleVerifier.Lint("Port 22\n", V87).Diagnostics.Where(x => x.Id == Id).ToList();
        Assert.Contains(d, x => x.Message.StartsWith("PubkeyAcceptedAlgorithms enables RSA/SHA-1", StringComparison.Ordinal));
        // Host-based authentication is off, so its list is not graded even under strict.
        Assert.DoesNotContain(d, x => x.Message.StartsWith("HostbasedAccepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_BeforeEightFiveTheOldNameIsTheKeyword()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|PubkeyAcceptedKeyTypes ssh-ed25519,ssh-dss|]\n", V84, Recommended);
        Assert.Equal("PubkeyAcceptedKeyTypes enables DSA algorithm ssh-dss", d[0].Message);
    }

    [Fact]
    public void Version_CaSignatureAlgorithmsBeforeSevenNineIsUnknown()
    {
        var d = RuleVerifier.Lint("Port 22\n", new Target(new OpenSshVersion(7, 8))).Diagnostics.Where(x => x.Id == Id).ToList();
        Assert.DoesNotContain(d, x => x.Message.StartsWith("CASignatureAlgorithms", StringComparison.Ordinal));
        Assert.Contains(d, x => x.Message.StartsWith("PubkeyAcceptedKeyTypes", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_InMatchBlockEditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "PubkeyAcceptedAlgorithms ssh-ed25519\nCASignatureAlgorithms ssh-ed25519\nMatch User legacy\n    PubkeyAcceptedAlgorithms ssh-ed25519,ssh-rsa\n",
            "PubkeyAcceptedAlgorithms ssh-ed25519\nCASignatureAlgorithms ssh-ed25519\nMatch User legacy\n    PubkeyAcceptedAlgorithms ssh-ed25519\n", FixApplicability.Dangerous);
}
