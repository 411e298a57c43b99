// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2004Tests
{
    private const string Id = "SSHD2004";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_YesIsAnError()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|PermitEmptyPasswords yes|]\n", options: Recommended);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
    }

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "PermitEmptyPasswords no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match User kiosk\n    [|PermitEmptyPasswords yes|]\n", options: Recommended);
        Assert.Contains("Match User kiosk", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "PermitEmptyPasswords yes\n", "PermitEmptyPasswords no\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InTheBlock() =>
        RuleVerifier.VerifyFix(Id, "Match User kiosk\n    PermitEmptyPasswords yes\n", "Match User kiosk\n    PermitEmptyPasswords no\n", FixApplicability.Unsafe);
}
