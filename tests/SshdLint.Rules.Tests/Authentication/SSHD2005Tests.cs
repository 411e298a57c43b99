// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2005Tests
{
    private const string Id = "SSHD2005";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_SpaceInsteadOfComma()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AuthenticationMethods publickey keyboard-interactive|]\n", options: Recommended);
        Assert.Contains("\"keyboard-interactive\"", diagnostics[0].Message);
        Assert.Contains("a comma joins methods", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_PasswordOnly()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AuthenticationMethods password|]\n", options: Recommended);
        Assert.DoesNotContain("comma", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("AuthenticationMethods publickey\n")]
    [InlineData("AuthenticationMethods publickey,keyboard-interactive:pam\n")]
    [InlineData("AuthenticationMethods publickey,password publickey,keyboard-interactive\n")]
    [InlineData("AuthenticationMethods any\n")]
    [InlineData("AuthenticationMethods gssapi-with-mic publickey\nGSSAPIAuthentication yes\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void DefaultValue_AnyIsNotThisRulesBusiness() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void DisabledMethod_ListIsSkippedAsSshdSkipsIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\nAuthenticationMethods publickey password\n", options: Recommended);

    [Fact]
    public void MatchScoped_UsesTheBlocksToggles()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "PasswordAuthentication no\nAuthenticationMethods publickey password\nMatch Address 192.168.0.0/16\n    PasswordAuthentication yes\n    [|AuthenticationMethods publickey password|]\n",
            options: Recommended);
        Assert.Contains("Match Address 192.168.0.0/16", diagnostics[0].Message);
    }

    [Fact]
    public void Version86_KeyboardInteractiveOffThroughChallengeResponse() =>
        RuleVerifier.VerifyDiagnostics(Id, "ChallengeResponseAuthentication no\nAuthenticationMethods publickey keyboard-interactive\n",
            target: new Target(new OpenSshVersion(8, 6)), options: Recommended);

    [Fact]
    public void Fix_RemovesTheWeakList() =>
        RuleVerifier.VerifyFix(Id, "AuthenticationMethods publickey keyboard-interactive\n", "AuthenticationMethods publickey\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_AllWeak_SetsPublickey() =>
        RuleVerifier.VerifyFix(Id, "AuthenticationMethods password\n", "AuthenticationMethods publickey\n", FixApplicability.Dangerous);
}
