// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2081Tests
{
    private const string Id = "SSHD2081";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_BareStarIsAnError()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AcceptEnv LANG LC_* *|]\n", options: Recommended);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
        Assert.StartsWith("AcceptEnv * accepts LD_PRELOAD", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("LD_PRELOAD")]
    [InlineData("LD_*")]
    [InlineData("DYLD_*")]
    [InlineData("PATH")]
    [InlineData("BASH_ENV")]
    [InlineData("L*")]
    public void Positive_DangerousPatterns(string pattern) =>
        RuleVerifier.VerifyDiagnostics(Id, $"[|AcceptEnv {pattern}|]\n", options: Recommended);

    [Theory]
    [InlineData("AcceptEnv LANG LC_*\n")]
    [InlineData("AcceptEnv LANG\nAcceptEnv LC_* XMODIFIERS\n")]
    [InlineData("AcceptEnv GIT_PROTOCOL COLORTERM\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void DefaultValue_NothingAccepted() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void EveryLineIsChecked() =>
        RuleVerifier.VerifyDiagnostics(Id, "AcceptEnv LANG\n[|AcceptEnv PATH|]\n[|AcceptEnv IFS|]\n", options: Recommended);

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "AcceptEnv LANG\nMatch Group deploy\n    [|AcceptEnv *|]\n", options: Recommended);
        Assert.Contains("Match Group deploy", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_RemovesTheDangerousPatterns() =>
        RuleVerifier.VerifyFix(Id, "AcceptEnv LANG LC_* * PATH\n", "AcceptEnv LANG LC_*\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_DeletesALineLeftEmpty() =>
        RuleVerifier.VerifyFix(Id, "AcceptEnv LANG\nAcceptEnv LD_*\nPort 22\n", "AcceptEnv LANG\nPort 22\n", FixApplicability.Unsafe);
}
