// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2021Tests
{
    private const string Id = "SSHD2021";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_Md5AndTruncatedMacs()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|MACs hmac-sha2-256-etm@openssh.com,hmac-md5,hmac-sha1-96|]\n", options: Recommended);
        Assert.Equal("MACs enables MD5/RIPEMD-160 MAC hmac-md5 and truncated 96-bit MAC hmac-sha1-96", d[0].Message);
    }

    [Fact]
    public void Positive_Sha1NamedByTheLineIsReportedUnderRecommended()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|MACs hmac-sha2-256-etm@openssh.com,hmac-sha1|]\n", options: Recommended);
        Assert.Equal("MACs enables SHA-1 MAC hmac-sha1", d[0].Message);
    }

    [Fact]
    public void Negative_Sha1InheritedFromTheDefaultIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "MACs -umac-64*\n", options: Recommended);

    [Fact]
    public void Negative_MozillaModernMacsAreCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256,umac-128@openssh.com\n",
            options: Recommended);

    [Fact]
    public void Negative_SshAuditMacsAreCleanUnderStrict() =>
        RuleVerifier.VerifyDiagnostics(Id, "MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com\n");

    [Fact]
    public void Strict_NonEtmMacsAreInfo()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-512|]\n");
        Assert.Equal("MACs enables encrypt-and-MAC (non-etm) MAC hmac-sha2-512", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void Cis_Umac64FromTheDefaultIsReported()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Cis);
        Assert.StartsWith("MACs enables 64-bit-tag MACs umac-64-etm@openssh.com, umac-64@openssh.com", d[0].Message);
    }

    [Fact]
    public void DefaultValue_StrictReportsDefaultSha1AtTheFirstLine()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("SHA-1 MACs hmac-sha1-etm@openssh.com, hmac-sha1", d[0].Message);
        Assert.EndsWith("(MACs is not set; the OpenSSH 10.5 default list enables them)", d[0].Message);
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(9, 2)]
    [InlineData(10, 5)]
    public void DefaultValue_CleanUnderRecommended(int major, int minor) =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", new Target(new OpenSshVersion(major, minor)), Recommended);

    [Fact]
    public void MatchScoped_MacsInMatchIsLeftToTheBinder()
    {
        var result = RuleVerifier.Lint("Match User bob\n    MACs hmac-md5\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Version_RipemdWhereItExists()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|MACs +hmac-ripemd160|]\n", new Target(new OpenSshVersion(7, 5)), Recommended);
        Assert.Equal("MACs enables MD5/RIPEMD-160 MAC hmac-ripemd160", d[0].Message);
    }

    [Fact]
    public void Fix_RemovesWeakMacsFromTheLine() =>
        RuleVerifier.VerifyFix(Id, "MACs hmac-sha2-512-etm@openssh.com,hmac-md5-etm@openssh.com\n", "MACs hmac-sha2-512-etm@openssh.com\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_DefaultUnderStrictInsertsARemovalList() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n",
            "Port 22\nMACs -umac-64-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1\n",
            FixApplicability.Dangerous);

    [Fact]
    public void Fix_RemovalListIsExtended() =>
        RuleVerifier.VerifyFix(Id, "MACs -hmac-sha2-*\nMatch User x\n  X11Forwarding no\n",
            "MACs -hmac-sha2-*,umac-64-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha1\nMatch User x\n  X11Forwarding no\n",
            FixApplicability.Dangerous);
}
