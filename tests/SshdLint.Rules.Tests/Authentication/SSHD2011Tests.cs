// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2011Tests
{
    private const string Id = "SSHD2011";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_YesUnderStrict() => RuleVerifier.VerifyDiagnostics(Id, "[|GSSAPIAuthentication yes|]\n");

    [Fact]
    public void Positive_YesUnderCis() => RuleVerifier.VerifyDiagnostics(Id, "[|GSSAPIAuthentication yes|]\n", options: Cis);

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication yes\n", options: Recommended);

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Group staff\n    [|GSSAPIAuthentication yes|]\n");
        Assert.Contains("Match Group staff", diagnostics[0].Message);
    }

    [Fact]
    public void DropIn_RedHatStyleIsReportedInTheDropIn()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-redhat.conf"] = "GSSAPIAuthentication yes\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nGSSAPIAuthentication no\n", files: files);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/50-redhat.conf", finding.Location.Path);
    }

    [Fact]
    public void Version104_KeywordUnknownIsSkipped() =>
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication yes\n", target: new Target(new OpenSshVersion(10, 4)));

    [Fact]
    public void Fix_SetsNo() => RuleVerifier.VerifyFix(Id, "GSSAPIAuthentication yes\n", "GSSAPIAuthentication no\n", FixApplicability.Unsafe);
}
