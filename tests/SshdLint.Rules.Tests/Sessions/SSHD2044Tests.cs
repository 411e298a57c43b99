// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2044Tests
{
    private const string Id = "SSHD2044";

    [Fact]
    public void Positive_NoneIsReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PerSourceMaxStartups none|]\n");
        Assert.Equal("PerSourceMaxStartups none puts no limit on unauthenticated connections from a single source", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_AboveTheLimitIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PerSourceMaxStartups 20|]\n");
        Assert.Equal("PerSourceMaxStartups 20 lets a single source hold 20 unauthenticated connections, more than 3", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_ACapIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "PerSourceMaxStartups 2\n");

    [Fact]
    public void Negative_OffUnderRecommendedCisAndStig()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Stig);
    }

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("PerSourceMaxStartups is not set", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_NotAllowedInMatchSoOnlyTheGlobalValueCounts() =>
        RuleVerifier.VerifyDiagnostics(Id, "PerSourceMaxStartups 2\nMatch User bob\n    PerSourceMaxStartups none\n");

    [Fact]
    public void Version_UnknownBefore8_5() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", Version(8, 4));

    [Fact]
    public void Version_LastLineWinsUpTo9_4()
    {
        RuleVerifier.VerifyDiagnostics(Id, "PerSourceMaxStartups 2\n[|PerSourceMaxStartups none|]\n", Version(9, 4));
        RuleVerifier.VerifyDiagnostics(Id, "PerSourceMaxStartups 2\nPerSourceMaxStartups none\n", Version(9, 5));
    }

    [Fact]
    public void Fix_SetsTheCap() =>
        RuleVerifier.VerifyFix(Id, "PerSourceMaxStartups none\n", "PerSourceMaxStartups 3\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User bob\n    X11Forwarding no\n",
            "Port 22\nPerSourceMaxStartups 3\nMatch User bob\n    X11Forwarding no\n", FixApplicability.Unsafe);
}
