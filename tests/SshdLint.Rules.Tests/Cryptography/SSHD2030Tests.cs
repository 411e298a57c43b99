// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2030Tests
{
    private const string Id = "SSHD2030";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly Target V73 = new(new OpenSshVersion(7, 3));

    [Fact]
    public void Positive_YesBeforeSevenFour()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Compression yes|]\n", V73, Recommended);
        Assert.Equal("Compression yes starts compression before the client has authenticated", d[0].Message);
    }

    [Fact]
    public void Negative_Delayed() =>
        RuleVerifier.VerifyDiagnostics(Id, "Compression delayed\n", V73);

    [Fact]
    public void Version_MootFromSevenFour() =>
        RuleVerifier.VerifyDiagnostics(Id, "Compression yes\n", new Target(new OpenSshVersion(7, 4)));

    [Fact]
    public void DefaultValue_DelayedBeforeSevenFourIsClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", V73);

    [Fact]
    public void MatchScoped_NotAllowedInMatch()
    {
        var result = RuleVerifier.Lint("Match User x\n    Compression yes\n", V73, Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Fix_SetsDelayed() =>
        RuleVerifier.VerifyFix(Id, "Compression yes\n", "Compression delayed\n", FixApplicability.Unsafe, V73);
}
