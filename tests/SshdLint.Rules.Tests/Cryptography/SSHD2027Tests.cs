// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2027Tests
{
    private const string Id = "SSHD2027";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_2048IsBelowTheStrictMinimum()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|RequiredRSASize 2048|]\n");
        Assert.Equal("RequiredRSASize 2048 accepts RSA keys shorter than 3072 bits", d[0].Message);
    }

    [Fact]
    public void Negative_3072IsEnough() =>
        RuleVerifier.VerifyDiagnostics(Id, "RequiredRSASize 3072\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "RequiredRSASize 1024\n", options: Recommended);

    [Fact]
    public void MatchScoped_ReportedInTheBlock()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "RequiredRSASize 4096\nMatch User legacy\n    [|RequiredRSASize 2048|]\n");
        Assert.EndsWith("(in Match User legacy)", d[0].Message);
    }

    [Fact]
    public void DefaultValue_1024UnderStrict()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("RequiredRSASize is not set; the OpenSSH 10.5 default is 1024", d[0].Message);
    }

    [Fact]
    public void Version_UnknownBeforeNineOne() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", new Target(new OpenSshVersion(9, 0)));

    [Fact]
    public void Fix_EditsTheLine() =>
        RuleVerifier.VerifyFix(Id, "RequiredRSASize 2048\n", "RequiredRSASize 3072\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_InsertsAboveTheFirstMatch() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User x\n    X11Forwarding no\n", "Port 22\nRequiredRSASize 3072\nMatch User x\n    X11Forwarding no\n", FixApplicability.Dangerous);
}
