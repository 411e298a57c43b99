// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1001Tests
{
    private const string Id = "SSHD1001";

    [Fact]
    public void Positive_SecondLineOfAFirstWinsKeywordIsReported()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication yes\nX11Forwarding no\n[|PasswordAuthentication no|]\n", options: LintOptions.Default);
        Assert.Equal("PasswordAuthentication no has no effect: line 1 sets it first (yes)", d[0].Message);
        Assert.Equal(0, d[0].RelatedLocations[0].Location.LineSpan.Start.Line);
    }

    [Fact]
    public void Positive_SameValueRepeatedIsReported()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "PermitRootLogin no\n[|permitrootlogin no|]\n");
        Assert.Contains("(the same value)", d[0].Message);
    }

    [Fact]
    public void Positive_AliasAndCanonicalNameShareTheSetting()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "ChallengeResponseAuthentication no\n[|KbdInteractiveAuthentication yes|]\n[|KbdInteractiveAuthentication no|]\n");
        Assert.Equal("KbdInteractiveAuthentication yes has no effect: line 1 sets it first (ChallengeResponseAuthentication no)", d[0].Message);
        Assert.Equal("KbdInteractiveAuthentication no has no effect: line 1 sets it first (ChallengeResponseAuthentication no, the same value)", d[1].Message);
    }

    [Fact]
    public void Negative_AccumulatingKeywordsAreNotShadowed() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\nPort 2222\nAllowUsers alice\nAllowUsers bob\nHostKey /etc/ssh/a\nHostKey /etc/ssh/b\n");

    [Fact]
    public void Negative_MatchBlockOverridesTheGlobalValue() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    PasswordAuthentication yes\n");

    [Fact]
    public void Negative_DifferentMatchBlocksDoNotShadowEachOther() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User alice\n    X11Forwarding yes\nMatch User bob\n    X11Forwarding no\n");

    [Fact]
    public void MatchScoped_RepeatInsideOneBlockIsReportedNamingTheBlock()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match User alice\n    X11Forwarding yes\n    [|X11Forwarding no|]\n");
        Assert.EndsWith("(in Match User alice)", d[0].Message);
    }

    [Fact]
    public void MatchAll_LaterMatchAllBlockLosesToTheEarlierOne()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match All\n    X11Forwarding no\nMatch All\n    [|X11Forwarding yes|]\n");
        Assert.Contains("earlier block", d[0].Message);
    }

    [Fact]
    public void DefaultValue_AbsentKeywordIsNeverReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void LastWins_EarlierLineIsTheIgnoredOne()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|FingerprintHash md5|]\nFingerprintHash sha256\n");
        Assert.Contains("later", d[0].Message);
    }

    [Fact]
    public void VersionSpecific_IPQoSIsLastWinsUntil10_2AndFirstWinsFrom10_3()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|IPQoS af21|]\nIPQoS cs1\n", target: new Target(new OpenSshVersion(10, 2)));
        RuleVerifier.VerifyDiagnostics(Id, "IPQoS af21\n[|IPQoS cs1|]\n", target: new Target(new OpenSshVersion(10, 3)));
    }

    [Fact]
    public void Subsystem_RepeatIsLeftToDuplicateSubsystemIgnored() =>
        RuleVerifier.VerifyDiagnostics(Id, "Subsystem sftp internal-sftp\nSubsystem sftp /usr/lib/sftp-server\n");

    [Fact]
    public void CrossFile_IsLeftToShadowedByEarlierFile()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/50-cloud-init.conf"] = "PasswordAuthentication yes\n" };
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n", files: files);
    }

    [Fact]
    public void Fix_DeletesTheIgnoredLine() =>
        RuleVerifier.VerifyFix(Id, "PasswordAuthentication yes\n# later\nPasswordAuthentication no # hardening\nX11Forwarding no\n",
            "PasswordAuthentication yes\n# later\nX11Forwarding no\n", FixApplicability.Safe);

    [Fact]
    public void Fix_DeletesInsideAMatchBlockWithCrlf() =>
        RuleVerifier.VerifyFix(Id, "Match User a\r\n  X11Forwarding yes\r\n  X11Forwarding no\r\n",
            "Match User a\r\n  X11Forwarding yes\r\n", FixApplicability.Safe);
}
