// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2013Tests
{
    private const string Id = "SSHD2013";

    [Fact]
    public void Positive_ExplicitYesWithKerberos() =>
        RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\n[|KerberosOrLocalPasswd yes|]\n");

    [Fact]
    public void DefaultValue_YesIsReportedWhenKerberosIsOn()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|KerberosAuthentication yes|]\n");
        Assert.Contains("KerberosOrLocalPasswd is not set", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\nKerberosOrLocalPasswd no\n");

    [Fact]
    public void Negative_InertWithoutKerberos() => RuleVerifier.VerifyDiagnostics(Id, "KerberosOrLocalPasswd yes\n");

    [Fact]
    public void MatchScoped_KerberosOnlyInABlockStillCounts() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nMatch Group staff\n    KerberosAuthentication yes\n");

    [Fact]
    public void OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\nKerberosOrLocalPasswd yes\n", options: LintOptions.Default);

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "KerberosAuthentication yes\nKerberosOrLocalPasswd yes\n", "KerberosAuthentication yes\nKerberosOrLocalPasswd no\n", FixApplicability.Unsafe);
}
