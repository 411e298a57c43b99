// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2010Tests
{
    private const string Id = "SSHD2010";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly LintOptions Stig = new(BuiltInProfiles.Stig, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_ExplicitNoUnderStrict() => RuleVerifier.VerifyDiagnostics(Id, "[|IgnoreUserKnownHosts no|]\n");

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "IgnoreUserKnownHosts yes\n");

    [Fact]
    public void DefaultValue_ReportedUnderStig()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Stig);
        Assert.Contains("IgnoreUserKnownHosts is not set", diagnostics[0].Message);
    }

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "IgnoreUserKnownHosts no\n", options: Recommended);

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        // sshd rejects the keyword inside Match; that is SSHD0006's finding, not this rule's.
        RuleVerifier.VerifyDiagnostics(Id, "IgnoreUserKnownHosts yes\nMatch User bob\n    IgnoreUserKnownHosts no\n");

    [Fact]
    public void Fix_InsertsAboveTheFirstMatch() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User bob\n    X11Forwarding no\n",
            "Port 22\nIgnoreUserKnownHosts yes\nMatch User bob\n    X11Forwarding no\n", FixApplicability.Unsafe);
}
