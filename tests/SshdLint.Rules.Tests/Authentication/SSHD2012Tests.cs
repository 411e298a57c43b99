// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2012Tests
{
    private const string Id = "SSHD2012";
    private static readonly LintOptions Stig = new(BuiltInProfiles.Stig, new Dictionary<string, RuleOverride>());
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_YesUnderStig() => RuleVerifier.VerifyDiagnostics(Id, "[|KerberosAuthentication yes|]\n", options: Stig);

    [Fact]
    public void OffUnderRecommendedAndCis()
    {
        RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\n", options: LintOptions.Default);
        RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\n", options: Cis);
    }

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Group staff\n    [|KerberosAuthentication yes|]\n");
        Assert.Contains("Match Group staff", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsNo() => RuleVerifier.VerifyFix(Id, "KerberosAuthentication yes\n", "KerberosAuthentication no\n", FixApplicability.Unsafe);
}
