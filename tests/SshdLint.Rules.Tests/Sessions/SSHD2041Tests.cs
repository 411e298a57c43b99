// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2041Tests
{
    private const string Id = "SSHD2041";

    [Fact]
    public void Positive_ZeroIsReportedEvenUnderRecommended()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|LoginGraceTime 0|]\n", options: Recommended);
        Assert.Equal("LoginGraceTime 0 never disconnects clients that do not authenticate", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_AboveTheDefaultIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|LoginGraceTime 5m|]\n", options: Recommended);
        Assert.Equal("LoginGraceTime 5m gives clients 300 seconds to authenticate, more than 120", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_DefaultWrittenOutIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "LoginGraceTime 2m\n", options: Recommended);

    [Fact]
    public void Negative_StrictValueIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "LoginGraceTime 30s\n");

    [Fact]
    public void Profile_CisWantsOneMinute()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|LoginGraceTime 90|]\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "LoginGraceTime 1m\n", options: Cis);
    }

    [Fact]
    public void Profile_StigKeepsTheDefaultLimit() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Stig);

    [Fact]
    public void DefaultValue_ReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("LoginGraceTime is not set; the OpenSSH 10.5 default is 120", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_CleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);

    [Fact]
    public void MatchScoped_OnlyTheGlobalValueCounts() =>
        // LoginGraceTime is not allowed in Match: the binder reports the block line, the rule judges the global value.
        RuleVerifier.VerifyDiagnostics(Id, "LoginGraceTime 60\nMatch User bob\n    LoginGraceTime 0\n", options: Recommended);

    [Fact]
    public void Version_FractionTruncatedToZeroIsUnlimitedFrom10_3() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|LoginGraceTime 0.5|]\n", options: Recommended);

    [Fact]
    public void Version_FractionIsRejectedBefore10_3() =>
        // 10.2 refuses the value ("invalid time value"), so there is nothing for the rule to judge.
        RuleVerifier.VerifyDiagnostics(Id, "LoginGraceTime 0.5\n", Version(10, 2), Recommended);

    [Fact]
    public void Fix_SetsTheLimit() =>
        RuleVerifier.VerifyFix(Id, "LoginGraceTime 0\n", "LoginGraceTime 30\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n\nMatch User bob\n    X11Forwarding no\n",
            "Port 22\n\nLoginGraceTime 30\nMatch User bob\n    X11Forwarding no\n", FixApplicability.Unsafe);
}
