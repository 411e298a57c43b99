// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2006Tests
{
    private const string Id = "SSHD2006";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_NoIsReported() => RuleVerifier.VerifyDiagnostics(Id, "[|PubkeyAuthentication no|]\n", options: Recommended);

    [Fact]
    public void Positive_GlobalAliasDsaAuthentication() => RuleVerifier.VerifyDiagnostics(Id, "[|DSAAuthentication no|]\n", options: Recommended);

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "PubkeyAuthentication yes\n");

    [Fact]
    public void DefaultValue_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match User legacy\n    [|PubkeyAuthentication no|]\n", options: Recommended);
        Assert.Contains("Match User legacy", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsYes() =>
        RuleVerifier.VerifyFix(Id, "PubkeyAuthentication no\n", "PubkeyAuthentication yes\n", FixApplicability.Unsafe);
}
