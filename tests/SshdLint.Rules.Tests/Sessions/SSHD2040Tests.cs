// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2040Tests
{
    private const string Id = "SSHD2040";

    [Fact]
    public void Positive_RaisedAboveTheDefaultIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Port 22\n[|MaxAuthTries 10|]\n", options: Recommended);
        Assert.Equal("MaxAuthTries 10 allows more than 6 authentication attempts per connection", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_DefaultValueWrittenOutIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 6\n", options: Recommended);

    [Fact]
    public void Negative_StrictLimitIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 3\n");

    [Fact]
    public void Profile_CisAllowsFourOnly()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|MaxAuthTries 5|]\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 4\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 5\n", options: Recommended);
    }

    [Fact]
    public void Profile_StigKeepsTheRecommendedLimit() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 6\n", options: Stig);

    [Fact]
    public void Option_MaxIsConfigurable() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 10\n", options: With(Recommended, "max-auth-tries", "max", 10));

    [Fact]
    public void MatchScoped_ReportedInTheBlockNamingTheCondition()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "MaxAuthTries 3\nMatch User bob\n    [|MaxAuthTries 10|]\n", options: Recommended);
        Assert.Contains("(in Match User bob)", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLineUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nMatch User bob\n    MaxAuthTries 2\n");
        Assert.Contains("MaxAuthTries is not set", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_CleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);

    [Fact]
    public void Fix_SetsTheProfileLimitOnTheWinningLine() =>
        RuleVerifier.VerifyFix(Id, "MaxAuthTries 10 # many keys\nMaxAuthTries 2\n", "MaxAuthTries 3 # many keys\nMaxAuthTries 2\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsAboveTheFirstMatchWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User bob\n    MaxAuthTries 2\n",
            "Port 22\nMaxAuthTries 3\nMatch User bob\n    MaxAuthTries 2\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "MaxAuthTries 3\nMatch User bob\n    MaxAuthTries 10\n",
            "MaxAuthTries 3\nMatch User bob\n    MaxAuthTries 3\n", FixApplicability.Unsafe);
}
