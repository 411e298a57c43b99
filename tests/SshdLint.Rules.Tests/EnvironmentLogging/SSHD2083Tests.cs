// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

public sealed class SSHD2083Tests
{
    private const string Id = "SSHD2083";

    [Fact]
    public void Positive_DaemonUnderStrict() => RuleVerifier.VerifyDiagnostics(Id, "[|SyslogFacility DAEMON|]\n");

    [Theory]
    [InlineData("SyslogFacility AUTH\n")]
    [InlineData("SyslogFacility authpriv\n")]
    public void Negative(string text) => RuleVerifier.VerifyDiagnostics(Id, text);

    [Fact]
    public void DefaultValue_AuthIsClean() => RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");

    [Fact]
    public void OffUnderRecommended() => RuleVerifier.VerifyDiagnostics(Id, "SyslogFacility LOCAL0\n", options: LintOptions.Default);

    [Fact]
    public void Option_AllowedList()
    {
        var options = new LintOptions(BuiltInProfiles.Strict, new Dictionary<string, RuleOverride>
        {
            ["syslog-facility"] = new(Options: new Dictionary<string, object> { ["allowed"] = new[] { "AUTHPRIV", "LOCAL6" } }),
        });
        RuleVerifier.VerifyDiagnostics(Id, "SyslogFacility LOCAL6\n", options: options);
        RuleVerifier.VerifyDiagnostics(Id, "[|SyslogFacility AUTH|]\n", options: options);
    }

    [Fact]
    public void MatchScoped_GlobalOnlyKeywordInABlockIsNotAFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User bob\n    SyslogFacility LOCAL0\n");

    [Fact]
    public void Fix_SetsAuth() => RuleVerifier.VerifyFix(Id, "SyslogFacility USER\n", "SyslogFacility AUTH\n", FixApplicability.Unsafe);
}
