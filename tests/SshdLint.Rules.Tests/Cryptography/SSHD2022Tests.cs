// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2022Tests
{
    private const string Id = "SSHD2022";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V74 = new(new OpenSshVersion(7, 4));

    [Fact]
    public void Positive_Group1IsAnError()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms curve25519-sha256,diffie-hellman-group1-sha1,diffie-hellman-group-exchange-sha1|]\n", options: Recommended);
        Assert.Equal("KexAlgorithms enables 1024-bit SHA-1 key exchange diffie-hellman-group1-sha1 and SHA-1 key exchange diffie-hellman-group-exchange-sha1", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Positive_Group14Sha1AddedOnAModernTarget()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms +diffie-hellman-group14-sha1|]\n", options: Recommended);
        Assert.Equal(DiagnosticSeverity.Warning, d[0].Severity);
    }

    [Fact]
    public void Negative_MozillaModernKexIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "KexAlgorithms curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256\n",
            options: Recommended);

    [Fact]
    public void Strict_NistCurvesAndGroupExchangeAreInfo()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms curve25519-sha256,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256|]\n");
        Assert.Equal("KexAlgorithms enables group-exchange key exchange (safe only with moduli of 3072 bits or more) diffie-hellman-group-exchange-sha256 and NIST-curve key exchange ecdh-sha2-nistp256", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void Negative_SshAuditListIsCleanUnderStrictOnTen() =>
        RuleVerifier.VerifyDiagnostics(Id, "KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512\n");

    [Fact]
    public void DefaultValue_Group14Sha1BeforeEightTwoIsOnlyStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V74, Recommended);
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", V74);
        Assert.Contains("SHA-1 key exchange diffie-hellman-group14-sha1", d[0].Message);
        Assert.Contains("KexAlgorithms is not set", d[0].Message);
    }

    [Fact]
    public void DefaultValue_TenHasNoFiniteFieldDhEvenUnderStrictExceptNist()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.StartsWith("KexAlgorithms enables NIST-curve key exchanges ecdh-sha2-nistp256, ecdh-sha2-nistp384, ecdh-sha2-nistp521", d[0].Message);
    }

    [Fact]
    public void Version_NamingGroup14Sha1OnSevenFourIsReportedUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms curve25519-sha256,diffie-hellman-group14-sha1|]\n", V74, Recommended);

    [Fact]
    public void MatchScoped_KexInMatchIsLeftToTheBinder()
    {
        var result = RuleVerifier.Lint("Match User bob\n    KexAlgorithms diffie-hellman-group1-sha1\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Debian_GssapiKexAlgorithmsOnlyMatterWithGssapiKeyExchange()
    {
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIKexAlgorithms gss-group1-sha1-,gss-curve25519-sha256-\n", Target.Debian92, Recommended);
        var d = RuleVerifier.VerifyDiagnostics(Id, "GSSAPIKeyExchange yes\n[|GSSAPIKexAlgorithms gss-group1-sha1-,gss-curve25519-sha256-|]\n", Target.Debian92, Recommended);
        Assert.Equal("GSSAPIKexAlgorithms enables 1024-bit SHA-1 key exchange gss-group1-sha1-", d[0].Message);
    }

    [Fact]
    public void Debian_GssapiDefaultSha1IsOnlyStrict()
    {
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIKeyExchange yes\n", Target.Debian92, Recommended);
        var d = RuleVerifier.Lint("GSSAPIKeyExchange yes\n", Target.Debian92).Diagnostics.Where(x => x.Id == Id).ToList();
        Assert.Contains(d, x => x.Message.StartsWith("GSSAPIKexAlgorithms enables SHA-1 key exchanges gss-group14-sha1-, gss-gex-sha1-", StringComparison.Ordinal));
    }

    [Fact]
    public void Debian_SshAuditGuideWithGssNamesIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "KexAlgorithms sntrup761x25519-sha512@openssh.com,gss-curve25519-sha256-,curve25519-sha256,curve25519-sha256@libssh.org,gss-group16-sha512-,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512\n" +
            "GSSAPIKexAlgorithms gss-curve25519-sha256-,gss-group16-sha512-\n",
            Target.Debian92);

    [Fact]
    public void Fix_RemovesWeakKex() =>
        RuleVerifier.VerifyFix(Id, "KexAlgorithms curve25519-sha256,diffie-hellman-group1-sha1\n", "KexAlgorithms curve25519-sha256\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_GssapiListIsUnsafe() =>
        RuleVerifier.VerifyFix(Id, "KexAlgorithms curve25519-sha256\nGSSAPIKeyExchange yes\nGSSAPIKexAlgorithms gss-group1-sha1-,gss-curve25519-sha256-\n",
            "KexAlgorithms curve25519-sha256\nGSSAPIKeyExchange yes\nGSSAPIKexAlgorithms gss-curve25519-sha256-\n", FixApplicability.Unsafe, Target.Debian92);

    [Fact]
    public void Debian_BadGssapiNameIsFatalInTheBinder()
    {
        var result = RuleVerifier.Lint("GSSAPIKexAlgorithms gss-bogus-\n", Target.Debian92, Recommended);
        Assert.Contains(result.Diagnostics, d => d.Id == "SSHD0005" && d.Message.Contains("Bad GSSAPI KexAlgorithms", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }
}
