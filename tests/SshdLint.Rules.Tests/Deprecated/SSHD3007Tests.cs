// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Deprecated;

public sealed class SSHD3007Tests
{
    private const string Id = "SSHD3007";
    private static readonly Target V73 = new(new OpenSshVersion(7, 3));

    [Fact]
    public void Positive_Protocol2And1()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Protocol 2,1|]\n", target: V73, options: LintOptions.Default);
        Assert.Equal("Protocol 2,1 enables SSH protocol 1, which is cryptographically broken", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Positive_Protocol1() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Protocol 1|]\n", target: new Target(new OpenSshVersion(7, 0)));

    [Fact]
    public void Negative_Protocol2() =>
        RuleVerifier.VerifyDiagnostics(Id, "Protocol 2\n", target: V73);

    [Fact]
    public void Negative_OnlyTheFirstLineCounts() =>
        RuleVerifier.VerifyDiagnostics(Id, "Protocol 2\nProtocol 2,1\n", target: V73);

    [Fact]
    public void MatchScoped_ProtocolIsGlobalOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    {|SSHD0006:Protocol|} 1\n", target: V73);

    [Fact]
    public void DefaultValue_TheDefaultIsProtocol2() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", target: V73);

    [Fact]
    public void VersionSpecific_IgnoredFrom7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "{|SSHD3003:Protocol 2,1|}\n", target: new Target(new OpenSshVersion(7, 4)));

    [Fact]
    public void Fix_SetsProtocol2() =>
        RuleVerifier.VerifyFix(Id, "Protocol 2,1\n", "Protocol 2\n", FixApplicability.Unsafe, target: V73);
}
