// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2085Tests
{
    private const string Id = "SSHD2085";

    [Fact]
    public void Positive_YesUnderStrict() => RuleVerifier.VerifyDiagnostics(Id, "[|UseDNS yes|]\n");

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "UseDNS no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "UseDNS yes\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    UseDNS yes\n");

    [Fact]
    public void Fix_SetsNo() => RuleVerifier.VerifyFix(Id, "UseDNS yes\n", "UseDNS no\n", FixApplicability.Unsafe);
}
