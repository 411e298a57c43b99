// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Deprecated;

public sealed class SSHD3008Tests
{
    private const string Id = "SSHD3008";
    private static readonly Target V74 = new(new OpenSshVersion(7, 4));

    [Fact]
    public void Positive_No()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|UsePrivilegeSeparation no|]\n", target: V74, options: LintOptions.Default);
        Assert.Equal("UsePrivilegeSeparation no runs the network-facing code as root", d[0].Message);
    }

    [Fact]
    public void Negative_SandboxAndYes()
    {
        RuleVerifier.VerifyDiagnostics(Id, "UsePrivilegeSeparation sandbox\n", target: V74);
        RuleVerifier.VerifyDiagnostics(Id, "UsePrivilegeSeparation yes\n", target: V74);
    }

    [Fact]
    public void MatchScoped_GlobalOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    {|SSHD0006:UsePrivilegeSeparation|} no\n", target: V74);

    [Fact]
    public void DefaultValue_TheDefaultSeparates() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", target: V74);

    [Fact]
    public void VersionSpecific_DeprecatedFrom7_5() =>
        RuleVerifier.VerifyDiagnostics(Id, "{|SSHD3001:UsePrivilegeSeparation no|}\n", target: new Target(new OpenSshVersion(7, 5)));

    [Fact]
    public void Fix_SetsSandboxFrom7_2() =>
        RuleVerifier.VerifyFix(Id, "UsePrivilegeSeparation no\n", "UsePrivilegeSeparation sandbox\n", FixApplicability.Unsafe, target: V74);

    [Fact]
    public void Fix_SetsYesBefore7_2() =>
        RuleVerifier.VerifyFix(Id, "UsePrivilegeSeparation no\n", "UsePrivilegeSeparation yes\n", FixApplicability.Unsafe, target: new Target(new OpenSshVersion(7, 1)));
}
