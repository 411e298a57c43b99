// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Informational;

public sealed class SSHD4002Tests
{
    private const string Id = "SSHD4002";

    [Fact]
    public void Positive_ExplicitPort22()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|Port 22|]\nPort 2222\n");
        Assert.Equal("Port 22 is the standard SSH port, the first one scanners try", d[0].Message);
    }

    [Fact]
    public void Positive_ServiceNameAndListenAddressPort() =>
        RuleVerifier.VerifyDiagnostics(Id, "[|Port ssh|]\n[|ListenAddress 192.0.2.1:22|]\nListenAddress 192.0.2.2\n");

    [Fact]
    public void Negative_OtherPort() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 2222\n");

    [Fact]
    public void Negative_OffInRecommended() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n", options: LintOptions.Default);

    [Fact]
    public void Negative_PortLinesUnusedWhenEveryListenAddressHasAPort() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\nListenAddress 192.0.2.1:2222\n");

    [Fact]
    public void MatchScoped_PortIsGlobalOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 2222\nMatch User a\n    {|SSHD0006:Port|} 22\n");

    [Fact]
    public void DefaultValue_NoPortLineMeans22()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "[|X11Forwarding no|]\n");
        Assert.Contains("Port is not set", d[0].Message);
    }
}
