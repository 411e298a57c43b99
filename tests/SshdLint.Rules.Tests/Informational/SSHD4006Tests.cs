// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Informational;

public sealed class SSHD4006Tests
{
    private const string Id = "SSHD4006";

    [Fact]
    public void Positive_LowerCaseKeyword()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|passwordauthentication|] no\n[|macs|] hmac-sha2-256-etm@openssh.com\n");
        Assert.Equal("passwordauthentication is spelled PasswordAuthentication in sshd_config(5)", d[0].Message);
    }

    [Fact]
    public void Positive_MatchAndInclude() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|include|] /etc/ssh/sshd_config.d/*.conf\n[|MATCH|] User a\n    X11Forwarding no\n");

    [Fact]
    public void Negative_CanonicalSpellingQuotedOrNot() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\n\"MACs\" hmac-sha2-256-etm@openssh.com\nKeepAlive yes\n");

    [Fact]
    public void Negative_UnknownKeywordsAreLeftToTheBinder() =>
        RuleVerifier.VerifyDiagnostics(Id, "{|SSHD0001:frobnicate|} yes\n");

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "passwordauthentication no\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_InsideABlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    [|x11forwarding|] no\n");

    [Fact]
    public void DefaultValue_NothingWrittenNothingReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "");

    [Fact]
    public void Fix_RenamesToTheCanonicalSpelling() =>
        RuleVerifier.VerifyFix(Id, "passwordauthentication=no\nmatch user a\n    x11forwarding no\n",
            "PasswordAuthentication=no\nMatch user a\n    X11Forwarding no\n", FixApplicability.Safe);
}
