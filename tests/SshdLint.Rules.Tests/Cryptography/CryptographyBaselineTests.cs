// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

/// <summary>
/// The recommended profile must be low noise: OpenSSH's own defaults at every version and widely used hardened
/// configurations produce no finding from the cryptography rules (SSHD2020–SSHD2039).
/// </summary>
public sealed class CryptographyBaselineTests
{
    private static readonly LintOptions Recommended = LintOptions.Default;

    private static List<string> CryptoFindings(string text, Target target)
    {
        var diagnostics = RuleVerifier.Lint(text, target, Recommended).Diagnostics;
        // A name the target rejects would leave the list unparsed and the rules silent: the sample must be valid.
        Assert.DoesNotContain(diagnostics, d => d.Fatal);
        return diagnostics
            .Where(d => string.CompareOrdinal(d.Id, "SSHD2020") >= 0 && string.CompareOrdinal(d.Id, "SSHD2039") <= 0)
            .Select(d => d.ToString()).ToList();
    }

    public static IEnumerable<object[]> AllTargets()
    {
        foreach (var v in OpenSshVersion.Known) yield return [new Target(v)];
        yield return [Target.Debian92];
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void EmptyConfigurationIsCleanOnEveryTarget(Target target) =>
        Assert.Empty(CryptoFindings("", target));

    [Fact]
    public void DebianStockFileIsClean() =>
        Assert.Empty(CryptoFindings("""
            Include /etc/ssh/sshd_config.d/*.conf
            KbdInteractiveAuthentication no
            UsePAM yes
            X11Forwarding yes
            PrintMotd no
            AcceptEnv LANG LC_*
            Subsystem	sftp	/usr/lib/openssh/sftp-server

            """, Target.Debian92));

    private const string MozillaModern = """
        HostKey /etc/ssh/ssh_host_ed25519_key
        HostKey /etc/ssh/ssh_host_rsa_key
        HostKey /etc/ssh/ssh_host_ecdsa_key
        KexAlgorithms curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256
        Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
        MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256,umac-128@openssh.com
        AuthenticationMethods publickey
        LogLevel VERBOSE
        Subsystem sftp  /usr/lib/ssh/sftp-server -f AUTHPRIV -l INFO

        """;

    [Theory]
    [InlineData(7, 4)]
    [InlineData(8, 8)]
    [InlineData(9, 2)]
    [InlineData(10, 5)]
    public void MozillaModernIsClean(int major, int minor) =>
        Assert.Empty(CryptoFindings(MozillaModern, new Target(new OpenSshVersion(major, minor))));

    [Fact]
    public void DevSecHardeningIsClean() =>
        Assert.Empty(CryptoFindings("""
            HostKey /etc/ssh/ssh_host_rsa_key
            HostKey /etc/ssh/ssh_host_ecdsa_key
            HostKey /etc/ssh/ssh_host_ed25519_key
            Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
            MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-512,hmac-sha2-256-etm@openssh.com,hmac-sha2-256,umac-128-etm@openssh.com,umac-128@openssh.com
            KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org,diffie-hellman-group-exchange-sha256
            RekeyLimit 512M 1h

            """, Target.Default));

    [Fact]
    public void SshAuditDebian12GuideIsClean() =>
        Assert.Empty(CryptoFindings("""
            HostKey /etc/ssh/ssh_host_ed25519_key
            HostKey /etc/ssh/ssh_host_rsa_key
            KexAlgorithms sntrup761x25519-sha512@openssh.com,gss-curve25519-sha256-,curve25519-sha256,curve25519-sha256@libssh.org,gss-group16-sha512-,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256
            Ciphers aes256-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-gcm@openssh.com,aes128-ctr,chacha20-poly1305@openssh.com
            MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com
            RequiredRSASize 3072
            HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256
            CASignatureAlgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256
            GSSAPIKexAlgorithms gss-curve25519-sha256-,gss-group16-sha512-
            HostbasedAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256
            PubkeyAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256

            """, Target.Debian92));

    [Fact]
    public void SshAuditGuideIsCleanEvenUnderStrictOnTen()
    {
        var text = """
            HostKey /etc/ssh/ssh_host_ed25519_key
            HostKey /etc/ssh/ssh_host_rsa_key
            KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512
            Ciphers aes256-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-gcm@openssh.com,aes128-ctr,chacha20-poly1305@openssh.com
            MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com
            RequiredRSASize 3072
            RekeyLimit 1G 1h
            HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256
            CASignatureAlgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256
            PubkeyAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256

            """;
        var diagnostics = RuleVerifier.Lint(text, Target.Default).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Fatal);
        var findings = diagnostics
            .Where(d => string.CompareOrdinal(d.Id, "SSHD2020") >= 0 && string.CompareOrdinal(d.Id, "SSHD2039") <= 0);
        Assert.Empty(findings);
    }
}
