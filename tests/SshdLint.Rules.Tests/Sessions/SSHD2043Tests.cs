// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

public sealed class SSHD2043Tests
{
    private const string Id = "SSHD2043";

    [Fact]
    public void Positive_NoIsReported()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(Id, "Port 22\n[|PerSourcePenalties no|]\n", options: Recommended);
        Assert.Equal("PerSourcePenalties no stops sshd from blocking sources that repeatedly fail or crash it", diagnostics[0].Message);
    }

    [Fact]
    public void Negative_YesAndTunedPenaltiesAreClean()
    {
        RuleVerifier.VerifyDiagnostics(Id, "PerSourcePenalties yes\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "PerSourcePenalties authfail:30s max:1h\n", options: Recommended);
    }

    [Fact]
    public void Negative_AnyComponentSwitchesPenaltiesBackOn() =>
        // servconf.c sets "enabled" whenever it stores a component, whatever the yes/no said.
        RuleVerifier.VerifyDiagnostics(Id, "PerSourcePenalties no\nPerSourcePenalties authfail:10\n", options: Recommended);

    [Fact]
    public void Precedence_TheFirstSwitchDecides()
    {
        RuleVerifier.VerifyDiagnostics(Id, "[|PerSourcePenalties no|]\nPerSourcePenalties yes\n", options: Recommended);
        RuleVerifier.VerifyDiagnostics(Id, "PerSourcePenalties yes\nPerSourcePenalties no\n", options: Recommended);
    }

    [Fact]
    public void DefaultValue_EnabledSoClean()
    {
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: Recommended);
    }

    [Fact]
    public void MatchScoped_NotAllowedInMatchSoIgnored() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    PerSourcePenalties no\n", options: Recommended);

    [Fact]
    public void Version_UnknownBefore9_8() =>
        RuleVerifier.VerifyDiagnostics(Id, "PerSourcePenalties no\n", Version(9, 7), Recommended);

    [Fact]
    public void Version_ReportedOn9_8() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|PerSourcePenalties no|]\n", Version(9, 8), Recommended);

    [Fact]
    public void Fix_SwitchesPenaltiesOn() =>
        RuleVerifier.VerifyFix(Id, "PerSourcePenalties no # noisy logs\n", "PerSourcePenalties yes # noisy logs\n", FixApplicability.Unsafe);

    [Fact]
    public void Fix_EditsTheDropInThatDisablesThem()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/20-nopenalty.conf"] = "PerSourcePenalties no\n" };
        RuleVerifier.VerifyFix(Id, "Include /etc/ssh/sshd_config.d/*.conf\n", "PerSourcePenalties yes\n", FixApplicability.Unsafe,
            files: files, fixedPath: "/etc/ssh/sshd_config.d/20-nopenalty.conf");
    }
}
