// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2045Tests
{
    private const string Id = "SSHD2045";

    [Fact]
    public void Positive_RaisedAboveTheDefaultIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|MaxSessions 50|]\n", options: Recommended);
        Assert.Equal("MaxSessions 50 allows more than 10 sessions per connection", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_DefaultAndLowerValuesAreClean()
    {
        RuleVerifier.VerifyDiagnostics(Id, "MaxSessions 10\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "MaxSessions 10\n", options: Cis);
        RuleVerifier.VerifyDiagnostics(Id, "MaxSessions 1\n");
    }

    [Fact]
    public void Profile_StrictWantsFourOrFewer() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|MaxSessions 5|]\n");

    [Fact]
    public void MatchScoped_ReportedInTheBlockNamingTheCondition()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Group builders\n  [|MaxSessions 64|]\n", options: Recommended);
        Assert.Contains("(in Match Group builders)", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_ReportedUnderStrictOnly()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|Include /etc/ssh/sshd_config.d/*.conf|]\nPort 22\n");
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n", options: Recommended);
    }

    [Fact]
    public void DropIn_ValueFromTheDropInWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/10-mux.conf"] = "MaxSessions 100\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nMaxSessions 5\n", options: Recommended, files: files);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/10-mux.conf", finding.Location.Path);
    }

    [Fact]
    public void Fix_SetsTheProfileLimit() =>
        RuleVerifier.VerifyFix(Id, "MaxSessions 50\n", "MaxSessions 4\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "MaxSessions 2\nMatch Group builders\n  MaxSessions 64\n", "MaxSessions 2\nMatch Group builders\n  MaxSessions 4\n", FixApplicability.Unsafe);
}
