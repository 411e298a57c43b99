// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1003Tests
{
    private const string Id = "SSHD1003";
    private static readonly Dictionary<string, string> Hardening = new() { ["/etc/ssh/sshd_config.d/10-hardening.conf"] = "PasswordAuthentication no\n" };

    [Fact]
    public void Positive_DropInDirectoryIncludedInsideAMatchBlock()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Port 22\nMatch User backup\n    X11Forwarding no\n[|Include /etc/ssh/sshd_config.d/*.conf|]\n",
            options: LintOptions.Default, files: Hardening);
        Assert.Equal("Include /etc/ssh/sshd_config.d/*.conf is inside Match User backup, so the settings it includes apply only to connections matching that block", d[0].Message);
    }

    [Fact]
    public void Positive_EmptyDropInDirectoryIsStillReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match Address 10.0.0.0/8\n    [|Include sshd_config.d/*.conf|]\n");

    [Fact]
    public void Positive_IncludedFileWithItsOwnMatchBlocks()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/extra.conf"] = "Match User alice\n    X11Forwarding yes\n" };
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match Group admins\n    [|Include /etc/ssh/extra.conf|]\n", files: files);
        Assert.Contains("also require this block to match", d[0].Message);
    }

    [Fact]
    public void Positive_IncludedGlobalOnlyKeywordIsExplained()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/ports.conf"] = "Port 2222\n" };
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match Group admins\n    [|Include /etc/ssh/ports.conf|]\n", files: files);
        Assert.Contains("global-only", d[0].Message);
    }

    [Fact]
    public void Negative_IncludeAboveTheFirstMatch() =>
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\nMatch User backup\n    X11Forwarding no\n", files: Hardening);

    [Fact]
    public void Negative_DedicatedBlockBodyFile()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sftp.conf"] = "ForceCommand internal-sftp\nChrootDirectory %h\n" };
        RuleVerifier.VerifyDiagnostics(Id, "Match Group sftp\n    Include /etc/ssh/sftp.conf\n", files: files);
    }

    [Fact]
    public void MatchScoped_MatchAllIsNotConditional() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    X11Forwarding no\nMatch All\nInclude /etc/ssh/sshd_config.d/*.conf\n", files: Hardening);

    [Fact]
    public void DefaultValue_NoIncludeNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    X11Forwarding no\n");

    [Fact]
    public void Fix_MovesTheIncludeAboveTheFirstMatch() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n\nMatch User backup\n    X11Forwarding no\nInclude /etc/ssh/sshd_config.d/*.conf\n",
            "Port 22\n\nInclude /etc/ssh/sshd_config.d/*.conf\nMatch User backup\n    X11Forwarding no\n", FixApplicability.Unsafe, files: Hardening);
}
