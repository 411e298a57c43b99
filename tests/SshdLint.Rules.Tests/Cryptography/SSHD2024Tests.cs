// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2024Tests
{
    private const string Id = "SSHD2024";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V87 = new(new OpenSshVersion(8, 7));

    [Fact]
    public void Positive_PlusSshRsaOnModernTargetSaysItUndoesEightEight()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|HostKeyAlgorithms +ssh-rsa|]\n", options: Recommended);
        Assert.Equal("HostKeyAlgorithms +ssh-rsa re-enables RSA/SHA-1 signatures that OpenSSH 8.8 disabled", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Warning, d[0].Severity);
    }

    [Fact]
    public void Positive_DsaIsAnError()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|HostKeyAlgorithms ssh-ed25519,ssh-dss|]\n", V87, Recommended);
        Assert.Equal("HostKeyAlgorithms enables DSA algorithm ssh-dss", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Positive_WildcardIsGradedByItsExpansion()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|HostKeyAlgorithms ssh-rsa*,ssh-ed25519|]\n", options: Recommended);
        Assert.Equal("HostKeyAlgorithms enables RSA/SHA-1 signature algorithms ssh-rsa, ssh-rsa-cert-v01@openssh.com", d[0].Message);
    }

    [Fact]
    public void Negative_SshAuditHostKeyAlgorithmsAreCleanUnderStrict() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256\n");

    [Fact]
    public void DefaultValue_SshRsaInTheEightSevenDefaultIsOnlyStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V87, Recommended);
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", V87);
        Assert.Contains("RSA/SHA-1 signature algorithms ssh-rsa-cert-v01@openssh.com, ssh-rsa", d[0].Message);
        Assert.Contains("HostKeyAlgorithms is not set", d[0].Message);
    }

    [Fact]
    public void Version_PlusSshRsaOnEightSevenChangesNothing() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostKeyAlgorithms +ssh-rsa\n", V87, Recommended);

    [Fact]
    public void Version_NamingSshRsaExplicitlyOnEightSevenIsReported()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|HostKeyAlgorithms ssh-ed25519,ssh-rsa|]\n", V87, Recommended);
        Assert.Equal("HostKeyAlgorithms enables RSA/SHA-1 signature algorithm ssh-rsa", d[0].Message);
    }

    [Fact]
    public void Strict_EcdsaIsInfo()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|HostKeyAlgorithms ssh-ed25519,ecdsa-sha2-nistp256|]\n");
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void MatchScoped_HostKeyAlgorithmsInMatchIsLeftToTheBinder()
    {
        var result = RuleVerifier.Lint("Match User bob\n    HostKeyAlgorithms +ssh-rsa\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Fix_RemovesSshRsaFromAnExplicitList() =>
        RuleVerifier.VerifyFix(Id, "HostKeyAlgorithms ssh-ed25519,ssh-rsa,rsa-sha2-512\n", "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512\n", FixApplicability.Dangerous, V87);

    [Fact]
    public void Fix_DeletesAPlusSshRsaLineOnModernTarget()
    {
        var fixes = RuleVerifier.Lint("HostKeyAlgorithms +ssh-rsa\n", options: Recommended).Diagnostics.Single(d => d.Id == Id).Fixes;
        var fix = Assert.Single(fixes);
        Assert.Equal(FixApplicability.Dangerous, fix.Applicability);
        Assert.Equal("", Assert.Single(fix.Edits).Change.NewText);
        Assert.Equal("Remove ssh-rsa from HostKeyAlgorithms", fix.Title);
    }

    [Fact]
    public void Fix_WildcardListIsWrittenOut() =>
        RuleVerifier.VerifyFix(Id, "HostKeyAlgorithms ssh-rsa*,ssh-ed25519\n", "HostKeyAlgorithms ssh-ed25519\n", FixApplicability.Dangerous);
}
