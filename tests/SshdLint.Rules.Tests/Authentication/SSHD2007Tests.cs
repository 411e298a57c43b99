// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2007Tests
{
    private const string Id = "SSHD2007";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_YesIsReported() => RuleVerifier.VerifyDiagnostics(Id, "[|HostbasedAuthentication yes|]\n", options: Recommended);

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "HostbasedAuthentication no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void MatchScoped_Reported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Match Address 10.1.0.0/16\n    [|HostbasedAuthentication yes|]\n", options: Recommended);
        Assert.Contains("Match Address 10.1.0.0/16", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "HostbasedAuthentication yes\n", "HostbasedAuthentication no\n", FixApplicability.Unsafe);
}
