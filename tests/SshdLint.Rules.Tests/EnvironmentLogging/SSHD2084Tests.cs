// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2084Tests
{
    private const string Id = "SSHD2084";

    [Fact]
    public void Positive_NoIsReported() => RuleVerifier.VerifyDiagnostics(Id, "[|StrictModes no|]\n", options: LintOptions.Default);

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "StrictModes yes\n");

    [Fact]
    public void DefaultValue_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    StrictModes no\n");

    [Fact]
    public void DropIn_ReportedWhereItWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/10-nfs.conf"] = "StrictModes no\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nStrictModes yes\n", files: files);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/10-nfs.conf", finding.Location.Path);
    }

    [Fact]
    public void Fix_SetsYes() => RuleVerifier.VerifyFix(Id, "StrictModes no\n", "StrictModes yes\n", FixApplicability.Unsafe);
}
