// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1010Tests
{
    private const string Id = "SSHD1010";

    [Fact]
    public void Positive_SameNameTwice()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp /usr/lib/openssh/sftp-server\n[|Subsystem sftp internal-sftp|]\n", options: LintOptions.Default);
        Assert.Equal("Subsystem sftp internal-sftp has no effect: line 1 already defines subsystem sftp (sftp /usr/lib/openssh/sftp-server)", d[0].Message);
    }

    [Fact]
    public void Positive_AcrossFiles()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/sftp.conf"] = "Subsystem sftp internal-sftp\n" };
        var d = RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\n[|Subsystem sftp /usr/libexec/sftp-server|]\n", files: files);
        Assert.Contains("/etc/ssh/sshd_config.d/sftp.conf:1", d[0].Message);
    }

    [Fact]
    public void Negative_DifferentNames() =>
        RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp internal-sftp\nSubsystem backup /usr/local/bin/backup\n");

    [Fact]
    public void Negative_NamesAreCaseSensitive() =>
        RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp internal-sftp\nSubsystem SFTP internal-sftp\n");

    [Fact]
    public void MatchScoped_RepeatInsideABlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp internal-sftp\nMatch User a\n    Subsystem sftp internal-sftp -l INFO\n    [|Subsystem sftp internal-sftp|]\n");

    [Fact]
    public void DefaultValue_NoSubsystemNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void VersionSpecific_Before9_5TheBinderReportsItAsFatal() =>
        RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp internal-sftp\n{|SSHD0008:Subsystem sftp /usr/lib/sftp-server|}\n", target: new Target(new OpenSshVersion(9, 4)));

    [Fact]
    public void Fix_RemovesTheIgnoredLine() =>
        RuleVerifier.VerifyFix(Id, "Subsystem sftp internal-sftp\nSubsystem sftp /usr/lib/sftp-server\nX11Forwarding no\n",
            "Subsystem sftp internal-sftp\nX11Forwarding no\n", FixApplicability.Safe);
}
