// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Informational;

public sealed class SSHD4003Tests
{
    private const string Id = "SSHD4003";

    [Fact]
    public void Positive_WildcardAddresses()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|ListenAddress 0.0.0.0|]\n[|ListenAddress [::]:2222|]\n");
        Assert.Equal("ListenAddress 0.0.0.0 listens on every network interface", d[0].Message);
    }

    [Fact]
    public void Negative_SpecificAddress() =>
        RuleVerifier.VerifyDiagnostics(Id, "ListenAddress 192.0.2.10\nListenAddress 127.0.0.1:2222\n");

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: LintOptions.Default);

    [Fact]
    public void MatchScoped_ListenAddressIsGlobalOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "ListenAddress 192.0.2.10\nMatch User a\n    {|SSHD0006:ListenAddress|} 0.0.0.0\n");

    [Fact]
    public void DefaultValue_NoListenAddress()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\n");
        Assert.Contains("ListenAddress is not set", d[0].Message);
    }
}
