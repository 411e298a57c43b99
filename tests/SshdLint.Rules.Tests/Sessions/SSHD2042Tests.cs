// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2042Tests
{
    private const string Id = "SSHD2042";

    [Fact]
    public void Positive_FullAboveOneHundredIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|MaxStartups 10:30:500|]\n", options: Recommended);
        Assert.Equal("MaxStartups 10:30:500 accepts up to 500 unauthenticated connections, more than 100", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_DefaultIsCleanUnderRecommended()
    {
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 10:30:100\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 50:30:100\n", options: Recommended);
    }

    [Fact]
    public void Profile_CisChecksEveryPart()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|MaxStartups 20:10:100|]\n", options: Cis);
        Assert.Equal("MaxStartups 20:10:100 accepts up to 100 unauthenticated connections, more than 60; "
            + "starts refusing connections only after 20, more than 10; refuses only 10% of connections past the start, less than 30%",
            diagnostics[0].Message);
    }

    [Fact]
    public void Profile_CisAcceptsItsValueAndStricter()
    {
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 10:30:60\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 5:50:40\n", options: Cis);
        // Single number: start = full, so there is no early drop and the rate does not matter.
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 8\n", options: Cis);
    }

    [Fact]
    public void DefaultValue_ReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("MaxStartups is not set; the OpenSSH 10.5 default is 10:30:100", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_NotAllowedInMatchSoOnlyTheGlobalValueCounts() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 10:30:60\nMatch User bob\n    MaxStartups 10:30:900\n", options: Recommended);

    [Fact]
    public void Version_LastLineWinsUpTo10_0() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 10:30:60\n[|MaxStartups 10:30:200|]\n", Version(10, 0), Recommended);

    [Fact]
    public void Version_FirstLineWinsFrom10_1() =>
        RuleVerifier.VerifyDiagnostics(Id, "MaxStartups 10:30:60\nMaxStartups 10:30:200\n", Version(10, 1), Recommended);

    [Fact]
    public void Fix_TightensEveryPart() =>
        RuleVerifier.VerifyFix(Id, "MaxStartups 20:10:200\n", "MaxStartups 10:30:60\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_KeepsStricterParts() =>
        RuleVerifier.VerifyFix(Id, "MaxStartups 5:50:80\n", "MaxStartups 5:50:60\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nMaxStartups 10:30:60\n", FixApplicability.Unsafe);
}
