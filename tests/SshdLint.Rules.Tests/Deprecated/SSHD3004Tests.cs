// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Deprecated;

public sealed class SSHD3004Tests
{
    private const string Id = "SSHD3004";

    [Fact]
    public void Positive_ChallengeResponseAuthentication()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|ChallengeResponseAuthentication|] no\n");
        Assert.Equal("ChallengeResponseAuthentication is an old name for KbdInteractiveAuthentication (since OpenSSH 8.7)", d[0].Message);
    }

    [Fact]
    public void Positive_AliasesOlderThanTheCatalogHaveNoSince()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|KeepAlive|] yes\n[|PubkeyAcceptedKeyTypes|] +ssh-ed25519\n");
        Assert.Equal("KeepAlive is an old name for TCPKeepAlive", d[0].Message);
        Assert.EndsWith("(since OpenSSH 8.5)", d[1].Message);
    }

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "ChallengeResponseAuthentication no\n", options: LintOptions.Default);

    [Fact]
    public void Negative_CanonicalNames() =>
        RuleVerifier.VerifyDiagnostics(Id, "KbdInteractiveAuthentication no\nTCPKeepAlive yes\nPubkeyAcceptedAlgorithms +ssh-ed25519\n");

    [Fact]
    public void MatchScoped_AliasInsideAMatchBlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    [|ChallengeResponseAuthentication|] yes\n");

    [Fact]
    public void DefaultValue_NothingSetNothingReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void VersionSpecific_ChallengeResponseAuthenticationIsItsOwnKeywordBefore8_7() =>
        RuleVerifier.VerifyDiagnostics(Id, "ChallengeResponseAuthentication no\n", target: new Target(new OpenSshVersion(8, 6)));

    [Fact]
    public void VersionSpecific_PubkeyAcceptedKeyTypesIsCanonicalBefore8_5() =>
        RuleVerifier.VerifyDiagnostics(Id, "PubkeyAcceptedKeyTypes +ssh-ed25519\n", target: new Target(new OpenSshVersion(8, 4)));

    [Fact]
    public void Fix_RenamesTheKeyword() =>
        RuleVerifier.VerifyFix(Id, "ChallengeResponseAuthentication no # PAM only\nKeepAlive=yes\n",
            "KbdInteractiveAuthentication no # PAM only\nTCPKeepAlive=yes\n", FixApplicability.Safe);
}
