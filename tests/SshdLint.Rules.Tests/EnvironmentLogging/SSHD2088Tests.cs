// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2088Tests
{
    private const string Id = "SSHD2088";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_KeysCommandAsRoot()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys\n[|AuthorizedKeysCommandUser root|]\n", options: Recommended);
        Assert.StartsWith("AuthorizedKeysCommandUser root runs AuthorizedKeysCommand as root", diagnostics[0].Message);
        Assert.Empty(diagnostics[0].Fixes);
    }

    [Fact]
    public void Positive_PrincipalsCommandAsRoot() =>
        RuleVerifier.VerifyDiagnostics(Id,
            "AuthorizedPrincipalsCommand /usr/local/bin/principals %u\n[|AuthorizedPrincipalsCommandUser root|]\n", options: Recommended);

    [Theory]
    [InlineData("AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys\nAuthorizedKeysCommandUser nobody\n")]
    [InlineData("AuthorizedKeysCommandUser root\n")] // no command: the user is never used
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text, options: Recommended);

    [Fact]
    public void DefaultValue_NoneIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "AuthorizedKeysCommand /usr/bin/lookup %u\nAuthorizedKeysCommandUser nobody\nMatch Group ops\n    [|AuthorizedKeysCommandUser root|]\n", options: Recommended);
        Assert.Contains("Match Group ops", diagnostics[0].Message);
    }
}
