// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Informational;

public sealed class SSHD4005Tests
{
    private const string Id = "SSHD4005";

    [Fact]
    public void Positive_ExplicitNone()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Banner none|]\n");
        Assert.Equal("Banner none: no warning text is shown before login", d[0].Message);
    }

    [Fact]
    public void Negative_BannerFile() =>
        RuleVerifier.VerifyDiagnostics(Id, "Banner /etc/issue.net\n");

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Banner none\n", options: LintOptions.Default);

    [Fact]
    public void Positive_OnInStig() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Banner none|]\n", options: new LintOptions(BuiltInProfiles.Stig, new Dictionary<string, RuleOverride>()));

    [Fact]
    public void MatchScoped_BlockThatRemovesTheBanner()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "Banner /etc/issue.net\nMatch User deploy\n    [|Banner none|]\n");
        Assert.EndsWith("(in Match User deploy)", d[0].Message);
    }

    [Fact]
    public void DefaultValue_NoBannerLine()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("Banner is not set", d[0].Message);
    }
}
