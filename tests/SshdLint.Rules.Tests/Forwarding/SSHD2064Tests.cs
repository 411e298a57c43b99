// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Forwarding;

public sealed class SSHD2064Tests
{
    private const string Id = "SSHD2064";

    [Fact]
    public void Positive_YesIsReportedUnderStrict()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|AllowStreamLocalForwarding yes|]\n");
        Assert.Equal("AllowStreamLocalForwarding yes allows local and remote Unix-socket forwarding", diagnostics[0].Message);
    }

    [Fact]
    public void Positive_OneDirectionIsReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowStreamLocalForwarding remote|]\n");

    [Fact]
    public void Option_AllowPartial() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowStreamLocalForwarding local\n", options: With(Strict, "SSHD2064", "allow-partial", true));

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowStreamLocalForwarding no\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowStreamLocalForwarding yes\n", options: Recommended);

    [Fact]
    public void Implied_DisableForwardingYesSatisfiesIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "DisableForwarding yes\n");

    [Fact]
    public void DefaultValue_ReportedAtTheFirstLine() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");

    [Fact]
    public void MatchScoped_BlockTurningItOn() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowStreamLocalForwarding no\nMatch User dev\n  [|AllowStreamLocalForwarding all|]\n");

    [Fact]
    public void Version_DisableForwardingIgnoredBefore7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|AllowStreamLocalForwarding yes|]\nDisableForwarding yes\n", Version(7, 3));

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "AllowStreamLocalForwarding yes\n", "AllowStreamLocalForwarding no\n", FixApplicability.Unsafe);
}
