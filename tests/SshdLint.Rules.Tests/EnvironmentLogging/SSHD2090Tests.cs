// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2090Tests
{
    private const string Id = "SSHD2090";
    private static readonly Target Debian = Target.Debian92;

    [Fact]
    public void Positive_ExplicitYesOnDebian() => RuleVerifier.VerifyDiagnostics(Id, "[|DebianBanner yes|]\n", target: Debian);

    [Fact]
    public void DefaultValue_DebiansDefaultIsYes()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "[|Include /etc/ssh/sshd_config.d/*.conf|]\nPort 22\n", target: Debian);
        Assert.Contains("Debian's default is yes", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_NoIsClean() => RuleVerifier.VerifyDiagnostics(Id, "DebianBanner no\n", target: Debian);

    [Fact]
    public void Upstream_KeywordUnknownNothingReported() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "DebianBanner yes\n", target: Debian, options: LintOptions.Default);

    [Fact]
    public void MatchScoped_GlobalOnlyKeyword_TheGlobalDefaultIsStillReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nMatch User bob\n    DebianBanner no\n", target: Debian);

    [Fact]
    public void Fix_EditsTheLine() => RuleVerifier.VerifyFix(Id, "DebianBanner yes\n", "DebianBanner no\n", FixApplicability.Unsafe, target: Debian);

    [Fact]
    public void Fix_InsertsWhenAbsent() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nMatch User bob\n    X11Forwarding no\n", "Port 22\nDebianBanner no\nMatch User bob\n    X11Forwarding no\n",
            FixApplicability.Unsafe, target: Debian);
}
