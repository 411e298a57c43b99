// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2082Tests
{
    private const string Id = "SSHD2082";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Theory]
    [InlineData("QUIET")]
    [InlineData("FATAL")]
    [InlineData("error")]
    public void Positive_BelowInfo(string level)
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, $"[|LogLevel {level}|]\n", options: Recommended);
        Assert.Contains("less than INFO", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("INFO")]
    [InlineData("VERBOSE")]
    [InlineData("DEBUG2")] // log-level-debug's business
    public void Negative_UnderRecommended(string level) => RuleVerifier.VerifyDiagnostics(Id, $"LogLevel {level}\n", options: Recommended);

    [Fact]
    public void DefaultValue_InfoIsEnoughForRecommendedAndCis()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Cis);
    }

    [Fact]
    public void DefaultValue_StrictWantsVerbose()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("LogLevel INFO logs less than VERBOSE", diagnostics[0].Message);
        Assert.Contains("LogLevel is not set", diagnostics[0].Message);
    }

    [Fact]
    public void Option_MinimumFromConfiguration()
    {
        var options = new LintOptions(BuiltInProfiles.Recommended, new Dictionary<string, RuleOverride>
        {
            ["log-level-too-low"] = new(Options: new Dictionary<string, object> { ["minimum"] = "verbose" }),
        });
        RuleVerifier.VerifyDiagnostics(Id, "[|LogLevel INFO|]\n", options: options);
    }

    [Fact]
    public void MatchScoped_AllowedSince76()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "LogLevel VERBOSE\nMatch User backup\n    [|LogLevel ERROR|]\n", options: Recommended);
        Assert.Contains("Match User backup", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsTheMinimum() => RuleVerifier.VerifyFix(Id, "LogLevel QUIET\n", "LogLevel VERBOSE\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() => RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nLogLevel VERBOSE\n", FixApplicability.Unsafe);
}
