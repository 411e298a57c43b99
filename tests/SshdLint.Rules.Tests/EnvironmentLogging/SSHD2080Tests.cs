// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2080Tests
{
    private const string Id = "SSHD2080";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_YesIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PermitUserEnvironment yes|]\n", options: Recommended);
        Assert.Contains("LD_PRELOAD", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_PatternListAdmittingDangerousNames()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PermitUserEnvironment LANG,LD_*|]\n", options: Recommended);
        Assert.Contains("LD_PRELOAD", diagnostics[0].Message);
        Assert.DoesNotContain("PATH,", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_NegationDoesNotCoverEverything()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PermitUserEnvironment *,!LD_*|]\n", options: Recommended);
        Assert.Contains("PATH", diagnostics[0].Message);
        Assert.DoesNotContain("LD_PRELOAD", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("PermitUserEnvironment no\n")]
    [InlineData("PermitUserEnvironment LANG,LC_*,TZ\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text);

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    PermitUserEnvironment yes\n");

    [Fact]
    public void Version77_OnlyYesAndNo() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|PermitUserEnvironment yes|]\n", target: new Target(new OpenSshVersion(7, 7)), options: Recommended);

    [Fact]
    public void Fix_SetsNo() => RuleVerifier.VerifyFix(Id, "PermitUserEnvironment yes\n", "PermitUserEnvironment no\n", FixApplicability.Unsafe);
}
