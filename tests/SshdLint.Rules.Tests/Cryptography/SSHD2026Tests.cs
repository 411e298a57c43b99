// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2026Tests
{
    private const string Id = "SSHD2026";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V92 = new(new OpenSshVersion(9, 2));
    private static readonly Target V76 = new(new OpenSshVersion(7, 6));

    [Fact]
    public void Positive_DsaKeyFile()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "HostKey /etc/ssh/ssh_host_ed25519_key\n[|HostKey /etc/ssh/ssh_host_dsa_key|]\n", V92, Recommended);
        Assert.Equal("HostKey /etc/ssh/ssh_host_dsa_key is a DSA host key (1024-bit, SHA-1 signatures)", d[0].Message);
    }

    [Fact]
    public void Positive_OnTenTheMessageSaysItCannotLoad()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "HostKey /etc/ssh/ssh_host_ed25519_key\n[|HostKey /etc/ssh/ssh_host_dsa_key|]\n", options: Recommended);
        Assert.Equal("HostKey /etc/ssh/ssh_host_dsa_key is a DSA host key, which OpenSSH 10.0 and later cannot load", d[0].Message);
    }

    [Fact]
    public void Positive_Rsa1KeyFileAndHostDsaKeyAlias()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "HostKey /etc/ssh/ssh_host_rsa_key\n[|HostKey /etc/ssh/ssh_host_key|]\n[|HostDSAKey /etc/ssh/ssh_host_dsa_key|]\n", options: Recommended);
        Assert.Equal("HostKey /etc/ssh/ssh_host_key is an SSH-1 (RSA1) host key, which OpenSSH 7.4 and later cannot load", d[0].Message);
    }

    [Fact]
    public void Negative_EcdsaIsNotRsaOrDsaUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostKey /etc/ssh/ssh_host_ecdsa_key\nHostKey /etc/ssh/ssh_host_rsa_key\nHostKey /etc/ssh/ssh_host_ed25519_key\n", options: Recommended);

    [Fact]
    public void Strict_EcdsaIsInfo()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "HostKey /etc/ssh/ssh_host_ed25519_key\n[|HostKey /etc/ssh/ssh_host_ecdsa_key|]\n");
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
        Assert.Empty(d[0].Fixes);
    }

    [Fact]
    public void DefaultValue_BeforeSevenSevenTheDefaultSetHasDsaOnlyStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V76, Recommended);
        var d = RuleVerifier.Lint("Port 22\n", V76).Diagnostics.Where(x => x.Id == Id).ToList();
        Assert.Contains(d, x => x.Message.StartsWith("HostKey /etc/ssh/ssh_host_dsa_key is a DSA host key (HostKey is not set;", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultValue_CleanUnderRecommendedOnEveryVersion()
    {
        foreach (var v in OpenSshVersion.Known)
            RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", new Target(v), Recommended);
    }

    [Fact]
    public void MatchScoped_HostKeyIsGlobalOnly()
    {
        // HostKey is not allowed in Match (the binder reports it); nothing is reported for the block line.
        var result = RuleVerifier.Lint("HostKey /etc/ssh/ssh_host_ed25519_key\nMatch User bob\n    HostKey /etc/ssh/ssh_host_dsa_key\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void DropIn_ReportedInTheDropIn()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/keys.conf"] = "HostKey /etc/ssh/ssh_host_dsa_key\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nHostKey /etc/ssh/ssh_host_ed25519_key\n", V92, Recommended, files);
        var d = Assert.Single(result.Diagnostics, x => x.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/keys.conf", d.Location.Path);
    }

    [Fact]
    public void Fix_SafeOnTenWhenAnotherKeyRemains() =>
        RuleVerifier.VerifyFix(Id, "HostKey /etc/ssh/ssh_host_ed25519_key\nHostKey /etc/ssh/ssh_host_dsa_key\n", "HostKey /etc/ssh/ssh_host_ed25519_key\n", FixApplicability.Safe);

    [Fact]
    public void Fix_UnsafeWhereDsaStillLoads() =>
        RuleVerifier.VerifyFix(Id, "HostKey /etc/ssh/ssh_host_ed25519_key\nHostKey /etc/ssh/ssh_host_dsa_key\n", "HostKey /etc/ssh/ssh_host_ed25519_key\n", FixApplicability.Unsafe, V92);

    [Fact]
    public void Fix_UnsafeWhenItIsTheOnlyHostKey() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nHostKey /etc/ssh/ssh_host_dsa_key\n", "Port 22\n", FixApplicability.Unsafe);
}
