// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1004Tests
{
    private const string Id = "SSHD1004";

    [Fact]
    public void Positive_MatchFollowedByAnotherMatch()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Port 22\n[|Match User alice|]\n# nothing yet\nMatch User bob\n    X11Forwarding yes\n", options: LintOptions.Default);
        Assert.Equal("Match User alice is empty: no directive follows it before the next Match line", d[0].Message);
    }

    [Fact]
    public void Positive_MatchAtTheEndOfTheFile()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Port 22\n[|Match All|]\n");
        Assert.Contains("the end of the file", d[0].Message);
    }

    [Fact]
    public void Negative_BlockWithADirective() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User alice\n    X11Forwarding yes\n");

    [Fact]
    public void Negative_BlockWithOnlyAnIncludeIsNotEmpty() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User alice\n    Include /etc/ssh/alice.conf\n");

    [Fact]
    public void Negative_InvalidMatchLineIsLeftToBadMatchCondition() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match {|SSHD0007:Frobnicate|} x\n");

    [Fact]
    public void MatchScoped_EmptyBlockInAnIncludedFileIsReportedThere()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/a.conf"] = "X11Forwarding no\nMatch User a\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nMatch User b\n    X11Forwarding yes\n", files: files);
        var d = Assert.Single(result.Diagnostics, x => x.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/a.conf", d.Location.Path);
    }

    [Fact]
    public void DefaultValue_NoMatchNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void Fix_RemovesTheMatchLine() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User alice\n# nothing yet\nMatch User bob\n    X11Forwarding yes\n",
            "Port 22\n# nothing yet\nMatch User bob\n    X11Forwarding yes\n", FixApplicability.Safe);
}
