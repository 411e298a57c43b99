// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Deprecated;

public sealed class SSHD3006Tests
{
    private const string Id = "SSHD3006";
    private static readonly Target V73 = new(new OpenSshVersion(7, 3));
    private static readonly Target V74 = new(new OpenSshVersion(7, 4));

    [Fact]
    public void Positive_UsePrivilegeSeparationOn7_4()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|UsePrivilegeSeparation|] sandbox\n", target: V74);
        Assert.Equal("UsePrivilegeSeparation works on OpenSSH 7.4 but OpenSSH 7.5 ignores it with \"Deprecated option\"", d[0].Message);
    }

    [Fact]
    public void Positive_ProtocolIsIgnoredSilentlyFrom7_4()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Protocol|] 2\n", target: V73);
        Assert.Contains("OpenSSH 7.4 ignores it silently", d[0].Message);
    }

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "UsePrivilegeSeparation sandbox\n", target: V74, options: LintOptions.Default);

    [Fact]
    public void Negative_KeywordsThatStay() =>
        RuleVerifier.VerifyDiagnostics(Id, "PasswordAuthentication no\nChallengeResponseAuthentication no\nKeepAlive yes\n", target: new Target(new OpenSshVersion(8, 6)));

    [Fact]
    public void Negative_OneReleaseRegressionIsNotReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "GSSAPIAuthentication no\n", target: new Target(new OpenSshVersion(10, 3)));

    [Fact]
    public void Negative_DebianOnlyKeywordOnDebian() =>
        RuleVerifier.VerifyDiagnostics(Id, "DebianBanner no\n", target: Target.Debian92);

    [Fact]
    public void MatchScoped_LinesInMatchBlocksAreReportedToo() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    [|RSAAuthentication|] yes\n", target: V73);

    [Fact]
    public void MatchScoped_ChangeOfTheMatchFlagAloneIsNotReported() =>
        // 10.4 made PAMServiceName global-only by mistake; the keyword itself never went away.
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    PAMServiceName x\n", target: new Target(new OpenSshVersion(10, 3)));

    [Fact]
    public void DefaultValue_NothingSetNothingReported() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", target: V73);

    [Fact]
    public void VersionSpecific_AlreadyDeprecatedOnTheTargetIsLeftToTheBinder() =>
        RuleVerifier.VerifyDiagnostics(Id, "{|SSHD3001:UsePrivilegeSeparation sandbox|}\n", target: new Target(new OpenSshVersion(7, 5)));
}
