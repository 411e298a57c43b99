// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>sshd's <c>-C</c> connection-test specification (servconf.c parse_server_match_testspec).</summary>
public sealed class ConnectionContextTests
{
    [Fact]
    public void ParsesEveryKey()
    {
        Assert.True(ConnectionContext.TryParse("user=alice,host=h.example,addr=203.0.113.5,laddr=192.0.2.1,lport=22,rdomain=rd1,invalid-user", out var ctx, out var error));
        Assert.Null(error);
        Assert.Equal("alice", ctx.User);
        Assert.Equal("h.example", ctx.Host);
        Assert.Equal("203.0.113.5", ctx.Address);
        Assert.Equal("192.0.2.1", ctx.LocalAddress);
        Assert.Equal(22, ctx.LocalPort);
        Assert.Equal("rd1", ctx.RDomain);
        Assert.True(ctx.InvalidUser);
        Assert.Null(ctx.Groups);
        Assert.Equal("user=alice,host=h.example,addr=203.0.113.5,laddr=192.0.2.1,lport=22,rdomain=rd1,invalid-user", ctx.ToString());
    }

    [Fact]
    public void UserWithoutHostOrAddressLeavesThemNull()
    {
        Assert.True(ConnectionContext.TryParse("user=alice", out var ctx, out _));
        Assert.Null(ctx.Host);
        Assert.Null(ctx.Address);
        Assert.Null(ctx.LocalPort);
    }

    [Theory]
    [InlineData("User=alice", "Invalid test mode specification User=alice")] // keys are case-sensitive
    [InlineData("user=alice,foo=bar", "Invalid test mode specification foo=bar")]
    [InlineData("user", "Invalid test mode specification user")]
    [InlineData("lport=70000", "Invalid port '70000' in test mode specification lport=70000")]
    [InlineData("lport=x", "Invalid port 'x' in test mode specification lport=x")]
    public void RejectsWhatSshdRejects(string spec, string message)
    {
        Assert.False(ConnectionContext.TryParse(spec, out var ctx, out var error));
        Assert.Null(ctx);
        Assert.Equal(message, error);
    }

    [Fact]
    public void AnEmptyItemEndsTheSpecification()
    {
        // sshd's strsep loop stops at the first empty item; what follows is never read (observed 9.2).
        Assert.True(ConnectionContext.TryParse("user=alice,,bogus", out var ctx, out _));
        Assert.Equal("alice", ctx.User);
        Assert.True(ConnectionContext.TryParse("", out var empty, out _));
        Assert.Equal(new ConnectionContext(), empty);
    }

    [Fact]
    public void LaterItemsOverrideEarlierOnes()
    {
        Assert.True(ConnectionContext.TryParse("user=a,user=b", out var ctx, out _));
        Assert.Equal("b", ctx.User);
    }

    [Fact]
    public void PortsAcceptWhatA2portAccepts()
    {
        Assert.True(ConnectionContext.TryParse("lport=ssh", out var named, out _));
        Assert.Equal(22, named.LocalPort);
        Assert.True(ConnectionContext.TryParse("lport=0", out var zero, out _));
        Assert.Equal(0, zero.LocalPort);
        Assert.True(ConnectionContext.TryParse("lport=+22", out var signed, out _));
        Assert.Equal(22, signed.LocalPort);
        // Service names arrived in 7.9.
        Assert.False(ConnectionContext.TryParse("lport=ssh", new Target(new OpenSshVersion(7, 8)), out _, out var error));
        Assert.Equal("Invalid port 'ssh' in test mode specification lport=ssh", error);
    }

    [Theory]
    [InlineData("9.8", "invalid-user", "Invalid test mode specification invalid-user")]
    [InlineData("7.6", "rdomain=x", "Invalid test mode specification rdomain=x")]
    public void KeysFollowTheRelease(string version, string spec, string message)
    {
        Assert.False(ConnectionContext.TryParse(spec, new Target(OpenSshVersion.Parse(version)), out _, out var error));
        Assert.Equal(message, error);
        Assert.True(ConnectionContext.TryParse(spec, Target.Default, out _, out _));
    }
}
