// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2028Tests
{
    private const string Id = "SSHD2028";
    private static readonly LintOptions Recommended = LintOptions.Default;
    private static readonly LintOptions Stig = new(BuiltInProfiles.Stig, new Dictionary<string, RuleOverride>());

    [Fact]
    public void Positive_TooMuchDataAndNoInterval()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|RekeyLimit 4G|]\n", options: Stig);
        Assert.Equal("RekeyLimit 4G none allows more than 1G of data and unlimited time before keys are renegotiated", d[0].Message);
    }

    [Fact]
    public void Positive_ComponentsAreFirstWinsIndependently()
    {
        // 1G from the first line, 2h from the second (semantics.md §4).
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|RekeyLimit 1G|]\nRekeyLimit 512M 2h\n");
        Assert.Equal("RekeyLimit 1G 2h allows more than 1h before keys are renegotiated", d[0].Message);
    }

    [Fact]
    public void Negative_StigValue() =>
        RuleVerifier.VerifyDiagnostics(Id, "RekeyLimit 1G 1h\n");

    [Fact]
    public void Negative_StricterValue() =>
        RuleVerifier.VerifyDiagnostics(Id, "RekeyLimit 512M 30m\n");

    [Fact]
    public void Negative_OffUnderRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);

    [Fact]
    public void DefaultValue_ReportedUnderStrict()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.StartsWith("RekeyLimit default none allows the cipher's own data limit (far more than 1G) and unlimited time", d[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockInheritsTheComponentsItDoesNotSet()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "RekeyLimit 1G 1h\nMatch User bulk\n    [|RekeyLimit 8G|]\n");
        Assert.Equal("RekeyLimit 8G 1h allows more than 1G of data before keys are renegotiated (in Match User bulk)", d[0].Message);
    }

    [Fact]
    public void Fix_KeepsAStricterComponent() =>
        RuleVerifier.VerifyFix(Id, "RekeyLimit 256M\n", "RekeyLimit 256M 1h\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\n", "Port 22\nRekeyLimit 1G 1h\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_InBlockEditsTheBlockLine() =>
        RuleVerifier.VerifyFix(Id, "RekeyLimit 1G 1h\nMatch User bulk\n    RekeyLimit 8G\n", "RekeyLimit 1G 1h\nMatch User bulk\n    RekeyLimit 1G 1h\n", FixApplicability.Unsafe);
}
