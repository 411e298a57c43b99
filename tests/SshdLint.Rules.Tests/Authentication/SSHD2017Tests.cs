// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2017Tests
{
    private const string Id = "SSHD2017";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_GssapiCleanupOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication yes\n[|GSSAPICleanupCredentials no|]\n");

    [Fact]
    public void Positive_KerberosTicketCleanupOff() =>
        RuleVerifier.VerifyDiagnostics(Id, "KerberosAuthentication yes\n[|KerberosTicketCleanup no|]\n");

    [Fact]
    public void Negative_InertWithoutTheMethod() =>
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPICleanupCredentials no\nKerberosTicketCleanup no\n");

    [Fact]
    public void DefaultValue_YesIsClean() => RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication yes\nKerberosAuthentication yes\n");

    [Fact]
    public void MatchScoped_MethodEnabledInABlock() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|GSSAPICleanupCredentials no|]\nMatch Group staff\n    GSSAPIAuthentication yes\n");

    [Fact]
    public void OffUnderRecommended_RedHatShipsIt() =>
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication yes\nGSSAPICleanupCredentials no\n", options: Recommended);

    [Fact]
    public void Fix_SetsYes() =>
        RuleVerifier.VerifyFix(Id, "GSSAPIAuthentication yes\nGSSAPICleanupCredentials no\n", "GSSAPIAuthentication yes\nGSSAPICleanupCredentials yes\n", FixApplicability.Unsafe);
}
