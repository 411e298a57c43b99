// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2001Tests
{
    private const string Id = "SSHD2001";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_YesIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n[|PermitRootLogin yes|]\n", options: Recommended);

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin no\n");

    [Fact]
    public void Negative_ProhibitPasswordIsCleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin prohibit-password\n", options: Recommended);

    [Fact]
    public void MatchScoped_ReportedAtTheBlockLineNamingTheCondition()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin no\nMatch Address 10.0.0.0/8\n    [|PermitRootLogin yes|]\n", options: Recommended);
        Assert.Contains("Match Address 10.0.0.0/8", diagnostics[0].Message);
    }

    [Fact]
    public void MatchAllOverridesTheGlobalValueForEveryConnection() =>
        RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin no\nMatch All\n    [|PermitRootLogin yes|]\n", options: Recommended);

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLineUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nX11Forwarding no\n");
        Assert.Contains("not set", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_CleanUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);

    [Fact]
    public void Fix_EditsTheWinningLine() =>
        RuleVerifier.VerifyFix(Id, "PermitRootLogin yes # legacy\n", "PermitRootLogin no # legacy\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_InsertsAboveTheFirstMatchWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\r\n\r\n# sftp users\r\nMatch Group sftp\r\n  ForceCommand internal-sftp\r\n",
            "Port 22\r\n\r\nPermitRootLogin no\r\n# sftp users\r\nMatch Group sftp\r\n  ForceCommand internal-sftp\r\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_EditsTheDropInWhereTheValueWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-cloud.conf"] = "PermitRootLogin yes\n" };
        RuleVerifier.VerifyFix(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n", "PermitRootLogin no\n",
            FixApplicability.Dangerous, files: files, fixedPath: "/etc/ssh/sshd_config.d/50-cloud.conf");
    }
}
