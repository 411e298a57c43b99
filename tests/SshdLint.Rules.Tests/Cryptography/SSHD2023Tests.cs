// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2023Tests
{
    private const string Id = "SSHD2023";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V87 = new(new OpenSshVersion(8, 7));
    private static readonly Target V92 = new(new OpenSshVersion(9, 2));

    [Fact]
    public void Positive_CurveOnlyListOnTen()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms curve25519-sha256,curve25519-sha256@libssh.org|]\n");
        Assert.Equal("KexAlgorithms offers no post-quantum key exchange although OpenSSH 10.5 supports mlkem768x25519-sha256 and sntrup761x25519-sha512@openssh.com", d[0].Message);
    }

    [Fact]
    public void Positive_RemovalListThatDropsTheHybrids() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|KexAlgorithms -mlkem*,sntrup*|]\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "KexAlgorithms curve25519-sha256\n", options: Recommended);

    [Fact]
    public void Negative_AnyHybridIsEnough() =>
        RuleVerifier.VerifyDiagnostics(Id, "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n");

    [Fact]
    public void DefaultValue_ModernDefaultsHaveAHybrid() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V92);

    [Fact]
    public void DefaultValue_EightSevenDefaultLacksOneUnderStrict()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", V87);
        Assert.Contains("sntrup761x25519-sha512@openssh.com", d[0].Message);
        Assert.EndsWith("(KexAlgorithms is not set; the OpenSSH 8.7 default list has no hybrid)", d[0].Message);
    }

    [Fact]
    public void Version_NothingToAskForBeforeEightFive() =>
        RuleVerifier.VerifyDiagnostics(Id, "KexAlgorithms curve25519-sha256\n", new Target(new OpenSshVersion(8, 4)));

    [Fact]
    public void MatchScoped_KexInMatchIsLeftToTheBinder()
    {
        var result = RuleVerifier.Lint("Match User bob\n    KexAlgorithms curve25519-sha256\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Fix_PrependsTheHybridsToAnExplicitList() =>
        RuleVerifier.VerifyFix(Id, "KexAlgorithms curve25519-sha256\n",
            "KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_OnNineTwoOnlySntrup() =>
        RuleVerifier.VerifyFix(Id, "KexAlgorithms curve25519-sha256\n", "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n", FixApplicability.Unsafe, V92);

    [Fact]
    public void Fix_DefaultGetsAPrependLine() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nKexAlgorithms ^sntrup761x25519-sha512@openssh.com\n", FixApplicability.Unsafe, V87);
}
