// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2014Tests
{
    private const string Id = "SSHD2014";
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_ExplicitNoUnderCis() => RuleVerifier.VerifyDiagnostics(Id, "[|UsePAM no|]\n", options: Cis);

    [Fact]
    public void DefaultValue_UpstreamDefaultIsNo()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n", options: Cis);
        Assert.Contains("UsePAM is not set", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\n", options: Cis);

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "UsePAM no\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "UsePAM yes\nMatch User bob\n    UsePAM no\n");

    [Fact]
    public void Fix_SetsYes() => RuleVerifier.VerifyFix(Id, "UsePAM no\n", "UsePAM yes\n", FixApplicability.Dangerous);
}
