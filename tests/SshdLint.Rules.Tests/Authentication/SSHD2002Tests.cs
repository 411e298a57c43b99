// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2002Tests
{
    private const string Id = "SSHD2002";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_YesIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "PubkeyAuthentication yes\n[|PasswordAuthentication yes|]\n", options: Recommended);

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\n", options: Recommended);

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nX11Forwarding no\n", options: Recommended);
        Assert.Contains("PasswordAuthentication is not set", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_ReportedAtTheIncludeWhereADropInCouldSetIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Include /etc/ssh/sshd_config.d/*.conf|]\nPort 22\n", options: Recommended);

    [Fact]
    public void MatchScoped_ReportedAtTheBlockLineNamingTheCondition()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    [|PasswordAuthentication yes|]\n", options: Recommended);
        Assert.Contains("Match Address 10.0.0.0/8", diagnostics[0].Message);
    }

    [Fact]
    public void AuthenticationMethods_PasswordAsSecondFactorIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AuthenticationMethods publickey,password\nPasswordAuthentication yes\n", options: Recommended);

    [Fact]
    public void AuthenticationMethods_PublickeyOnlyIsClean_MozillaModern() =>
        RuleVerifier.VerifyDiagnostics(Id, "AuthenticationMethods publickey\nLogLevel VERBOSE\nPermitRootLogin no\n", options: Recommended);

    [Fact]
    public void AuthenticationMethods_PasswordAlternativeIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AuthenticationMethods publickey password|]\n", options: Recommended);

    [Fact]
    public void AuthenticationMethods_InTheBlockDecides() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "[|PasswordAuthentication yes|]\nMatch User deploy\n    AuthenticationMethods publickey,password\n    PasswordAuthentication yes\n", options: Recommended);

    [Fact]
    public void DropIn_TheWinningValueCounts()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-cloud-init.conf"] = "PasswordAuthentication yes\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n", options: Recommended, files: files);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/50-cloud-init.conf", finding.Location.Path);
    }

    [Fact]
    public void Version_OldReleasesDefaultToYesToo() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", target: new Target(new OpenSshVersion(7, 4)), options: Recommended);

    [Fact]
    public void Fix_EditsTheWinningLine() =>
        RuleVerifier.VerifyFix(Id, "PasswordAuthentication yes # for now\n", "PasswordAuthentication no # for now\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_InsertsAboveTheFirstMatchWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch Group sftp\n    ForceCommand internal-sftp\n",
            "Port 22\nPasswordAuthentication no\nMatch Group sftp\n    ForceCommand internal-sftp\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_EditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    PasswordAuthentication yes\n",
            "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    PasswordAuthentication no\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_EditsTheDropInWhereTheValueWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-cloud-init.conf"] = "PasswordAuthentication yes\n" };
        RuleVerifier.VerifyFix(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n", "PasswordAuthentication no\n",
            FixApplicability.Dangerous, files: files, fixedPath: "/etc/ssh/sshd_config.d/50-cloud-init.conf");
    }
}
