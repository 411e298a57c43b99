// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2029Tests
{
    private const string Id = "SSHD2029";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_Md5()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|FingerprintHash md5|]\n", options: Recommended);
        Assert.Equal("FingerprintHash md5 logs key fingerprints with a collision-prone hash", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void Negative_Sha256() =>
        RuleVerifier.VerifyDiagnostics(Id, "FingerprintHash sha256\n");

    [Fact]
    public void LastWins_OnlyTheLastLineCounts()
    {
        RuleVerifier.VerifyDiagnostics(Id, "FingerprintHash md5\nFingerprintHash sha256\n");
        RuleVerifier.VerifyDiagnostics(Id, "FingerprintHash sha256\n[|FingerprintHash MD5|]\n");
    }

    [Fact]
    public void DefaultValue_Sha256IsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_NotAllowedInMatch()
    {
        var result = RuleVerifier.Lint("Match User x\n    FingerprintHash md5\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Fix_SetsSha256() =>
        RuleVerifier.VerifyFix(Id, "FingerprintHash md5\n", "FingerprintHash sha256\n", FixApplicability.Unsafe);
}
