// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2009Tests
{
    private const string Id = "SSHD2009";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_NoIsReported() => RuleVerifier.VerifyDiagnostics(Id, "[|IgnoreRhosts no|]\n", options: Recommended);

    [Fact]
    public void Positive_ShostsOnlyStillHonoursShosts()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|IgnoreRhosts shosts-only|]\n", options: Recommended);
        Assert.Contains("~/.shosts file", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "IgnoreRhosts yes\n");

    [Fact]
    public void DefaultValue_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_AllowedSince83()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Address 10.1.0.0/16\n    [|IgnoreRhosts no|]\n", options: Recommended);
        Assert.Contains("Match Address 10.1.0.0/16", diagnostics[0].Message);
    }

    [Fact]
    public void Version82_FlagValueNoIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|IgnoreRhosts no|]\n", target: new Target(new OpenSshVersion(8, 2)), options: Recommended);

    [Fact]
    public void Fix_SetsYes() => RuleVerifier.VerifyFix(Id, "IgnoreRhosts shosts-only\n", "IgnoreRhosts yes\n", FixApplicability.Unsafe);
}
