// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Cryptography;

public sealed class SSHD2020Tests
{
    private const string Id = "SSHD2020";
    private static readonly LintOptions Recommended = LintOptions.Default;

    [Fact]
    public void Positive_CbcIsAWarningNamingTheCipher()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Ciphers aes128-ctr,aes256-cbc|]\n", options: Recommended);
        Assert.Equal("Ciphers enables CBC-mode cipher aes256-cbc", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Warning, d[0].Severity);
    }

    [Fact]
    public void Positive_TripleDesIsAnErrorAndAllWeakNamesAreListedOnce()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Ciphers aes128-cbc,3des-cbc,aes256-cbc,aes128-ctr|]\n", options: Recommended);
        Assert.Equal("Ciphers enables 64-bit-block cipher 3des-cbc and CBC-mode ciphers aes128-cbc, aes256-cbc", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Positive_AppendedCbcIsGradedOnTheEffectiveList()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Ciphers +aes256-cbc|]\n", options: Recommended);
        Assert.Contains("aes256-cbc", d[0].Message);
    }

    [Fact]
    public void Positive_ConfiguredSeverityWinsOverTheGradedOne()
    {
        var options = new LintOptions(BuiltInProfiles.Recommended, new Dictionary<string, RuleOverride> { ["weak-ciphers"] = new(Severity: DiagnosticSeverity.Info) });
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Ciphers 3des-cbc|]\n", options: options);
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void Negative_MozillaModernCiphersAreClean() =>
        RuleVerifier.VerifyDiagnostics(Id, "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr\n");

    [Fact]
    public void Negative_RemovalListNeverAddsAnything() =>
        RuleVerifier.VerifyDiagnostics(Id, "Ciphers -aes128-ctr\n");

    [Fact]
    public void Negative_ShadowedLineIsNotTheEffectiveValue() =>
        RuleVerifier.VerifyDiagnostics(Id, "Ciphers aes256-ctr\nCiphers aes256-cbc\n");

    [Fact]
    public void MatchScoped_CiphersInMatchIsLeftToTheBinder()
    {
        // Ciphers is not allowed in Match: sshd refuses the file, which SSHD0006 reports; this rule stays out of it.
        var result = RuleVerifier.Lint("Match User bob\n    Ciphers aes256-cbc\n", options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void DropIn_ReportedWhereTheValueWins()
    {
        var files = new Dictionary<string, string> { ["/etc/ssh/sshd_config.d/10-legacy.conf"] = "Ciphers +3des-cbc\n" };
        var result = RuleVerifier.Lint("Include /etc/ssh/sshd_config.d/*.conf\nCiphers aes256-ctr\n", options: Recommended, files: files);
        var d = Assert.Single(result.Diagnostics, x => x.Id == Id);
        Assert.Equal("/etc/ssh/sshd_config.d/10-legacy.conf", d.Location.Path);
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(7, 4)]
    [InlineData(8, 8)]
    [InlineData(10, 5)]
    public void DefaultValue_NoDefaultListHasWeakCiphers(int major, int minor) =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", new Target(new OpenSshVersion(major, minor)));

    [Fact]
    public void Version_Rc4IsGradedWhereItStillExists()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Ciphers arcfour256,aes128-ctr|]\n", new Target(new OpenSshVersion(7, 5)), Recommended);
        Assert.Equal("Ciphers enables RC4 cipher arcfour256", d[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, d[0].Severity);
    }

    [Fact]
    public void Version_RemovedCipherIsFatalNotAFinding()
    {
        // arcfour left sshd in 7.6: "Bad SSH2 cipher spec" from the binder, no duplicate here.
        var text = "Ciphers arcfour256\n";
        var fs = new Parser.Includes.InMemoryFileSystem().Add(RuleVerifier.MainPath, text);
        var model = Parser.Semantics.Binder.BindFile(RuleVerifier.MainPath, new Parser.Semantics.BindOptions(new Target(new OpenSshVersion(7, 6)), null, fs), out _);
        if (model is null) return;
        Assert.DoesNotContain(Linter.Lint(model, Recommended).Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void Fix_RemovesTheWeakNamesFromAnExplicitList() =>
        RuleVerifier.VerifyFix(Id, "Ciphers aes256-gcm@openssh.com,aes256-cbc,aes256-ctr # legacy\n",
            "Ciphers aes256-gcm@openssh.com,aes256-ctr # legacy\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_KeepsTheAppendPrefix() =>
        RuleVerifier.VerifyFix(Id, "Ciphers +aes256-cbc,aes128-gcm@openssh.com\n", "Ciphers +aes128-gcm@openssh.com\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_DeletesALineThatOnlyAppendedWeakCiphers() =>
        RuleVerifier.VerifyFix(Id, "Port 22\nCiphers +3des-cbc,aes128-cbc\nX11Forwarding no\n", "Port 22\nX11Forwarding no\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_RemovalListWhenAnotherLineWouldTakeOver() =>
        RuleVerifier.VerifyFix(Id, "Ciphers +3des-cbc\nCiphers aes256-ctr\n", "Ciphers -3des-cbc\nCiphers aes256-ctr\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_AllWeakExplicitListBecomesARemovalList() =>
        RuleVerifier.VerifyFix(Id, "Ciphers aes256-cbc\n", "Ciphers -aes256-cbc\n", FixApplicability.Dangerous);

    [Fact]
    public void Fix_BeforeRemovalListsTheEffectiveListIsWrittenOut() =>
        RuleVerifier.VerifyFix(Id, "Ciphers aes256-cbc\n",
            "Ciphers chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com\n",
            FixApplicability.Dangerous, new Target(new OpenSshVersion(7, 4)));
}
