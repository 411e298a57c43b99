// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1011Tests
{
    private const string Id = "SSHD1011";

    [Fact]
    public void Positive_HostName()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "ListenAddress [|bastion.example.com|]\n", options: LintOptions.Default);
        Assert.Equal("ListenAddress bastion.example.com is a host name: sshd resolves it at startup and refuses to start when it does not resolve", d[0].Message);
    }

    [Fact]
    public void Positive_HostNameWithPort() =>
        RuleVerifier.VerifyDiagnostics(Id, "ListenAddress [|internal.lan:2222|]\n");

    [Fact]
    public void Negative_Addresses() =>
        RuleVerifier.VerifyDiagnostics(Id, "ListenAddress 0.0.0.0\nListenAddress ::\nListenAddress [2001:db8::1]:2222\nListenAddress 192.0.2.1:22\nListenAddress fe80::1%eth0\nListenAddress localhost\n");

    [Fact]
    public void MatchScoped_NotAllowedInMatchIsLeftToTheBinder() =>
        RuleVerifier.VerifyDiagnostics(Id, "Match User a\n    {|SSHD0006:ListenAddress|} host.example\n");

    [Fact]
    public void DefaultValue_NoListenAddressNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "Port 22\n");
}
