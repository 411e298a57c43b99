// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Authentication;

public sealed class SSHD2008Tests
{
    private const string Id = "SSHD2008";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_WithHostbasedOn() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostbasedAuthentication yes\n[|HostbasedUsesNameFromPacketOnly yes|]\n", options: Recommended);

    [Fact]
    public void Negative_InertWithoutHostbased() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostbasedUsesNameFromPacketOnly yes\n", options: Recommended);

    [Fact]
    public void Negative_NoIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "HostbasedAuthentication yes\nHostbasedUsesNameFromPacketOnly no\n");

    [Fact]
    public void DefaultValue_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "HostbasedAuthentication yes\n");

    [Fact]
    public void MatchScoped_HostbasedOnlyInTheBlock()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id,
            "Match Address 10.1.0.0/16\n    HostbasedAuthentication yes\n    [|HostbasedUsesNameFromPacketOnly yes|]\n", options: Recommended);
        Assert.Contains("Match Address 10.1.0.0/16", diagnostics[0].Message);
    }

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "HostbasedAuthentication yes\nHostbasedUsesNameFromPacketOnly yes\n",
            "HostbasedAuthentication yes\nHostbasedUsesNameFromPacketOnly no\n", FixApplicability.Unsafe);
}
