// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2003Tests
{
    private const string Id = "SSHD2003";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V86 = new(new OpenSshVersion(8, 6));

    [Fact]
    public void Positive_ExplicitYesWithPamAndPasswordsOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nPasswordAuthentication no\n[|KbdInteractiveAuthentication yes|]\n", options: Recommended);

    [Fact]
    public void Positive_OldSpellingIsAnAliasSince87()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nPasswordAuthentication no\n[|ChallengeResponseAuthentication yes|]\n", options: Recommended);
        Assert.StartsWith("ChallengeResponseAuthentication yes", diagnostics[0].Message);
    }

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|UsePAM yes|]\nPasswordAuthentication no\n", options: Recommended);
        Assert.Contains("KbdInteractiveAuthentication is not set", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n")]
    [InlineData("UsePAM no\nPasswordAuthentication no\n")]
    [InlineData("PasswordAuthentication no\n")] // UsePAM defaults to no upstream
    [InlineData("UsePAM yes\nPasswordAuthentication yes\n")] // password-authentication's business
    [InlineData("UsePAM yes\nPasswordAuthentication no\nAuthenticationMethods publickey,keyboard-interactive:pam\n")]
    [InlineData("UsePAM yes\nPasswordAuthentication no\nAuthenticationMethods publickey\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void MatchScoped_BlockTurningItBackOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nMatch User alice\n    [|KbdInteractiveAuthentication yes|]\n", options: Recommended);
        Assert.Contains("Match User alice", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockThatWantsKeyOnlyIsReportedAtItsPasswordLine()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nMatch Group keyonly\n    [|PasswordAuthentication no|]\n", options: Recommended);
        Assert.Contains("Match Group keyonly", diagnostics[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockRepeatingTheGlobalSituationIsNotReportedTwice() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|UsePAM yes|]\nPasswordAuthentication no\nMatch User bob\n    PasswordAuthentication no\n", options: Recommended);

    [Fact]
    public void MatchScoped_MultiFactorBlockIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "UsePAM yes\nKbdInteractiveAuthentication no\nPasswordAuthentication no\nMatch Group admins\n    KbdInteractiveAuthentication yes\n    AuthenticationMethods publickey,keyboard-interactive\n",
            options: Recommended);

    [Fact]
    public void Version86_ChallengeResponseDefaultTurnsKeyboardInteractiveOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|UsePAM yes|]\nPasswordAuthentication no\n", target: V86, options: Recommended);
        Assert.StartsWith("ChallengeResponseAuthentication yes", diagnostics[0].Message);
    }

    [Fact]
    public void Version86_ChallengeResponseNoIsEnough() =>
        RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nPasswordAuthentication no\nChallengeResponseAuthentication no\n", target: V86, options: Recommended);

    [Fact]
    public void Version86_ExplicitKbdInteractiveStillCounts() =>
        RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nPasswordAuthentication no\nChallengeResponseAuthentication no\n[|KbdInteractiveAuthentication yes|]\n",
            target: V86, options: Recommended);

    [Fact]
    public void Fix_InsertsTheLineWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "UsePAM yes\nPasswordAuthentication no\n",
            "UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_EditsTheAliasLine() =>
        RuleVerifier.VerifyFix(Id, "UsePAM yes\nPasswordAuthentication no\nChallengeResponseAuthentication yes\n",
            "UsePAM yes\nPasswordAuthentication no\nChallengeResponseAuthentication no\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_InsertsIntoTheBlock() =>
        RuleVerifier.VerifyFix(Id, "UsePAM yes\nMatch Group keyonly\n    PasswordAuthentication no\n",
            "UsePAM yes\nMatch Group keyonly\n    KbdInteractiveAuthentication no\n    PasswordAuthentication no\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_Version86_TurnsBothSwitchesOff() =>
        RuleVerifier.VerifyFix(Id, "UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication yes\n",
            "UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nChallengeResponseAuthentication no\n", FixApplicability.Dangerous, target: V86);
}
