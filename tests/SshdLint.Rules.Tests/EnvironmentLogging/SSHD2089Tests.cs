// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2089Tests
{
    private const string Id = "SSHD2089";

    [Fact]
    public void Positive_TextUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|VersionAddendum web03 # ops|]\n");
        Assert.Contains("\"web03 # ops\"", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("VersionAddendum none\n")]
    [InlineData("VersionAddendum NONE\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text);

    [Fact]
    public void DefaultValue_NoneIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "VersionAddendum web03\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    VersionAddendum web03\n");

    [Fact]
    public void Fix_SetsNone() => RuleVerifier.VerifyFix(Id, "VersionAddendum web03\n", "VersionAddendum none\n", FixApplicability.Unsafe);
}
