// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Informational;

public sealed class SSHD4004Tests
{
    private const string Id = "SSHD4004";
    private static readonly LintOptions Cis = new(BuiltInProfiles.Cis, new Dictionary<string, RuleOverride>());

    [Fact]
    public void DefaultValue_NoAllowList()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|PermitRootLogin no|]\n");
        Assert.Equal("Neither AllowUsers nor AllowGroups is set: every account with valid credentials may log in over SSH", d[0].Message);
    }

    [Fact]
    public void Positive_DenyListIsNotEnoughUnderStrict() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|DenyUsers guest|]\n");

    [Fact]
    public void Negative_AllowGroups() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowGroups ssh-users\n");

    [Fact]
    public void Negative_CisAcceptsADenyList() =>
        RuleVerifier.VerifyDiagnostics(Id, "DenyUsers guest\n", options: Cis);

    [Fact]
    public void Positive_CisWithNoListAtAll() =>
        // The finding sits on the first Include of the main file: a drop-in there could add a list.
        RuleVerifier.VerifyDiagnostics(Id, "[|Include /etc/ssh/sshd_config.d/*.conf|]\nPort 22\n", options: Cis);

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_AListOnlyInsideAMatchBlockLeavesEveryoneElseOpen() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nMatch Address 10.0.0.0/8\n    AllowUsers alice\n");
}
