// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1002Tests
{
    private const string Id = "SSHD1002";
    private const string DropIn = "/etc/ssh/sshd_config.d/50-cloud-init.conf";

    private static Dictionary<string, string> CloudInit(string text = "PasswordAuthentication yes\n") => new() { [DropIn] = text };

    [Fact]
    public void Positive_DropInIncludedFirstWins()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\n[|PasswordAuthentication no|]\n", options: LintOptions.Default, files: CloudInit());
        Assert.Equal($"PasswordAuthentication no has no effect: {DropIn}:1 sets it first (yes)", d[0].Message);
        Assert.Equal(2, d[0].RelatedLocations.Count);
        Assert.Equal(DropIn, d[0].RelatedLocations[0].Location.Path);
        Assert.Equal(RuleVerifier.MainPath, d[0].RelatedLocations[1].Location.Path);
    }

    [Fact]
    public void Positive_DropInReadAfterAnEarlierMainFileLineIsReportedInTheDropIn()
    {
        var result = RuleVerifier.Lint("PasswordAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n", files: CloudInit());
        var d = Assert.Single(result.Diagnostics, x => x.Id == Id);
        Assert.Equal(DropIn, d.Location.Path);
        Assert.Contains($"{RuleVerifier.MainPath}:1 sets it first (no)", d.Message);
    }

    [Fact]
    public void Negative_SameValueInBothFilesIsNotReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication yes\n", files: CloudInit());

    [Fact]
    public void Negative_SameFileIsLeftToShadowedDirective() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication yes\nPasswordAuthentication no\n");

    [Fact]
    public void MatchScoped_IncludeInsideAMatchBlockShadowsTheBlocksOwnLine()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sftp.conf"] = "ForceCommand internal-sftp\nX11Forwarding yes\n" };
        var d = RuleVerifier.VerifyDiagnostics(Id, "Match Group sftp\n    Include /etc/ssh/sftp.conf\n    [|X11Forwarding no|]\n", files: files);
        Assert.EndsWith("(in Match Group sftp)", d[0].Message);
    }

    [Fact]
    public void DefaultValue_NothingWhenOnlyOneFileSetsTheKeyword() =>
        RuleVerifier.VerifyDiagnostics(Id, "Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n", files: CloudInit());

    [Fact]
    public void LastWins_MainFileLineBeforeTheIncludeLoses()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/10-fp.conf"] = "FingerprintHash sha256\n" };
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|FingerprintHash md5|]\nInclude /etc/ssh/sshd_config.d/*.conf\n", files: files);
        Assert.Contains("later", d[0].Message);
    }

    [Fact]
    public void Fix_SetsTheWinningLineToTheIgnoredValue() =>
        RuleVerifier.VerifyFix(Id, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n", "PasswordAuthentication no\n",
            FixApplicability.Unsafe, files: CloudInit(), fixedPath: DropIn);
}
