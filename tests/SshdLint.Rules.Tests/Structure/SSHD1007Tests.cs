// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1007Tests
{
    private const string Id = "SSHD1007";

    private static LintOptions ReportWildcards => new(BuiltInProfiles.Recommended, new Dictionary<string, RuleOverride>
    {
        ["include-matches-nothing"] = new RuleOverride(Options: new Dictionary<string, object> { ["report-wildcards"] = true }),
    });

    [Fact]
    public void Positive_LiteralPathThatDoesNotExist()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Include [|/etc/ssh/sshd_config.d/hardening.conf|]\nPort 22\n", options: LintOptions.Default);
        Assert.Equal("Include /etc/ssh/sshd_config.d/hardening.conf matches no file, and sshd ignores it silently", d[0].Message);
    }

    [Fact]
    public void Positive_RelativePathIsShownAsSshdReadsIt()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Include [|custom.conf|]\n");
        Assert.Contains("(/etc/ssh/custom.conf: relative paths are read from /etc/ssh)", d[0].Message);
    }

    [Fact]
    public void Positive_OneOfSeveralArguments()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/a.conf"] = "X11Forwarding no\n" };
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/a.conf [|/etc/ssh/b.conf|]\n", files: files);
    }

    [Fact]
    public void Negative_EmptyDropInDirectoryIsNormal() =>
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\n");

    [Fact]
    public void Negative_ExistingFile()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/a.conf"] = "X11Forwarding no\n" };
        RuleVerifier.VerifyDiagnostics(Id, "Include a.conf\n", files: files);
    }

    [Fact]
    public void MatchScoped_IncludeInsideAMatchBlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    Include [|/etc/ssh/users/a.conf|]\n");

    [Fact]
    public void DefaultValue_NoIncludeNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void Option_ReportWildcards()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/a.conf"] = "X11Forwarding no\n" };
        RuleVerifier.VerifyDiagnostics(Id, "Include [|/etc/ssh/conf.d/*.conf|]\nInclude /etc/ssh/sshd_config.d/*.conf\n", options: ReportWildcards, files: files);
    }
}
