// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2092Tests
{
    private const string Id = "SSHD2092";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Theory]
    [InlineData("DEBUG")]
    [InlineData("debug1")]
    [InlineData("DEBUG3")]
    public void Positive_DebugLevels(string level)
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, $"[|LogLevel {level}|]\n", options: Recommended);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics[0].Severity);
    }

    [Theory]
    [InlineData("LogLevel INFO\n")]
    [InlineData("LogLevel VERBOSE\n")]
    [InlineData("LogLevel QUIET\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void DefaultValue_InfoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match User alice\n    [|LogLevel DEBUG3|]\n", options: Recommended);
        Assert.Contains("Match User alice", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsVerbose() => RuleVerifier.VerifyFix(Id, "LogLevel DEBUG2\n", "LogLevel VERBOSE\n", FixApplicability.Unsafe);
}
