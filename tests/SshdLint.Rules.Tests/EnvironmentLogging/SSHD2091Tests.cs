// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2091Tests
{
    private const string Id = "SSHD2091";
    private static readonly LintOptions Stig = new(BuiltInProfiles.Stig, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_NoUnderStig() => RuleVerifier.VerifyDiagnostics(Id, "[|PrintLastLog no|]\n", options: Stig);

    [Fact]
    public void Negative_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "PrintLastLog yes\n", options: Stig);

    [Fact]
    public void DefaultValue_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Stig);

    [Fact]
    public void OffUnderRecommendedAndCis()
    {
        RuleVerifier.VerifyDiagnostics(Id, "PrintLastLog no\n", options: LintOptions.Default);
        RuleVerifier.VerifyDiagnostics(Id, "PrintLastLog no\n", options: new LintOptions(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>()));
    }

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    PrintLastLog no\n", options: Stig);

    [Fact]
    public void Fix_SetsYes() => RuleVerifier.VerifyFix(Id, "PrintLastLog no\n", "PrintLastLog yes\n", FixApplicability.Unsafe);
}
