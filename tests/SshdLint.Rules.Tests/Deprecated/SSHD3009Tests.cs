// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Deprecated;

public sealed class SSHD3009Tests
{
    private const string Id = "SSHD3009";
    private static readonly Target V73 = new(new OpenSshVersion(7, 3));

    [Fact]
    public void Positive_Yes()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|UseLogin yes|]\n", target: V73, options: LintOptions.Default);
        Assert.Equal("UseLogin yes hands sessions to login(1), bypassing sshd's own checks", d[0].Message);
    }

    [Fact]
    public void Negative_No() =>
        RuleVerifier.VerifyDiagnostics(Id, "UseLogin no\n", target: V73);

    [Fact]
    public void MatchScoped_GlobalOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    {|SSHD0006:UseLogin|} yes\n", target: V73);

    [Fact]
    public void DefaultValue_TheDefaultIsNo() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", target: V73);

    [Fact]
    public void VersionSpecific_DeprecatedFrom7_4() =>
        RuleVerifier.VerifyDiagnostics(Id, "{|SSHD3001:UseLogin yes|}\n", target: new Target(new OpenSshVersion(7, 4)));

    [Fact]
    public void Fix_SetsNo() =>
        RuleVerifier.VerifyFix(Id, "UseLogin yes\n", "UseLogin no\n", FixApplicability.Unsafe, target: V73);
}
