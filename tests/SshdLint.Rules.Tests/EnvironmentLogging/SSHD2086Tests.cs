// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2086Tests
{
    private const string Id = "SSHD2086";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_SftpBlockWithoutChroot()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Group sftponly\n    [|ForceCommand internal-sftp -u 0027|]\n", options: Recommended);
        Assert.Contains("ForceCommand internal-sftp -u 0027", diagnostics[0].Message);
        Assert.Contains("Match Group sftponly", diagnostics[0].Message);
        Assert.Empty(diagnostics[0].Fixes);
    }

    [Fact]
    public void Positive_GlobalForceCommand() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|ForceCommand internal-sftp|]\n", options: Recommended);

    [Theory]
    [InlineData("Match Group sftponly\n    ChrootDirectory %h\n    ForceCommand internal-sftp\n")]
    [InlineData("ChrootDirectory /srv/sftp\nMatch Group sftponly\n    ForceCommand internal-sftp\n")] // the global chroot applies to the block
    [InlineData("Match Group git\n    ForceCommand /usr/bin/git-shell\n")] // not an SFTP-only block
    [InlineData("ForceCommand internal-sftp\nMatch Group admins\n    ForceCommand none\n    ChrootDirectory none\n")]
    public void Negative(string text)
    {
        var markup = text.Replace("ForceCommand internal-sftp\nMatch Group admins", "[|ForceCommand internal-sftp|]\nMatch Group admins", StringComparison.Ordinal);
        RuleVerifier.VerifyDiagnostics(Id, markup, options: Recommended);
    }

    [Fact]
    public void DefaultValue_NoForceCommandIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_ChrootNoneInTheBlockCancelsTheGlobalOne() =>
        RuleVerifier.VerifyDiagnostics(Id, "ChrootDirectory /srv/sftp\nForceCommand internal-sftp\nMatch User partner\n    [|ChrootDirectory none|]\n", options: Recommended);

    [Fact]
    public void MatchScoped_BlockRepeatingTheGlobalFindingIsNotReportedTwice() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|ForceCommand internal-sftp|]\nMatch User partner\n    ChrootDirectory none\n", options: Recommended);
}
