// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>Numeric address parsing as glibc's getaddrinfo(AI_NUMERICHOST) does it, which sshd's addr_pton uses.</summary>
public sealed class NetworkAddressTests
{
    /// <summary>
    /// Expected values were produced by glibc 2.36 itself (Python's socket.getaddrinfo with
    /// AI_NUMERICHOST on Debian 12); null means getaddrinfo fails. Named scopes keep their name here
    /// (glibc resolves them to interface indexes, which exist only on link-local addresses).
    /// </summary>
    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1")]
    [InlineData("10", "0.0.0.10")]
    [InlineData("10.1", "10.0.0.1")]
    [InlineData("10.1.2", "10.1.0.2")]
    [InlineData("0x0a.0.0.1", "10.0.0.1")]
    [InlineData("0X0A.0.0.1", "10.0.0.1")]
    [InlineData("0x.0.0.1", null)]
    [InlineData("0x", null)]
    [InlineData("08.0.0.1", null)]
    [InlineData("010.0.0.1", "8.0.0.1")]
    [InlineData("00", "0.0.0.0")]
    [InlineData("0", "0.0.0.0")]
    [InlineData("4294967295", "255.255.255.255")]
    [InlineData("4294967296", null)]
    [InlineData("1.2.65535", "1.2.255.255")]
    [InlineData("1.2.65536", null)]
    [InlineData("1.16777215", "1.255.255.255")]
    [InlineData("1.16777216", null)]
    [InlineData("1.2.3.256", null)]
    [InlineData("1.2.3.4.", null)]
    [InlineData(".1.2.3", null)]
    [InlineData("1..2.3", null)]
    [InlineData("1.2.3.4 ", null)]
    [InlineData(" 1.2.3.4", null)]
    [InlineData("1.2.3.4x", null)]
    [InlineData("+1.2.3.4", null)]
    [InlineData("1.2.3.-4", null)]
    [InlineData("0xffffffff", "255.255.255.255")]
    [InlineData("0x100000000", null)]
    [InlineData("0377.0377.0377.0377", "255.255.255.255")]
    [InlineData("0400.0.0.0", null)]
    [InlineData("::", "0:0:0:0:0:0:0:0")]
    [InlineData("::1", "0:0:0:0:0:0:0:1")]
    [InlineData("1::", "1:0:0:0:0:0:0:0")]
    [InlineData("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7:8:9", null)]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
    [InlineData("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8")]
    [InlineData("1::2::3", null)]
    [InlineData(":1", null)]
    [InlineData("1:", null)]
    [InlineData(":::", null)]
    [InlineData("::ffff:1.2.3.4", "0:0:0:0:0:ffff:102:304")]
    [InlineData("::1.2.3.4", "0:0:0:0:0:0:102:304")]
    [InlineData("1.2.3.4::", null)]
    [InlineData("::ffff:01.2.3.4", null)]
    [InlineData("::ffff:1.2.3", null)]
    [InlineData("::ffff:1.2.3.4.5", null)]
    [InlineData("12345::", null)]
    [InlineData("0001:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
    [InlineData("00001::", null)]
    [InlineData("fe80::1%", null)]
    [InlineData("fe80::1%1", "fe80:0:0:0:0:0:0:1%1")]
    [InlineData("fe80::1%lo", "fe80:0:0:0:0:0:0:1%lo")]
    [InlineData("fe80::1%eth0", "fe80:0:0:0:0:0:0:1%eth0")]
    [InlineData("::1%lo", null)]
    [InlineData("::1%1", "0:0:0:0:0:0:0:1%1")]
    [InlineData("::1%0", "0:0:0:0:0:0:0:1")]
    [InlineData("10.0.0.1%1", null)]
    [InlineData("FE80::ABCD", "fe80:0:0:0:0:0:0:abcd")]
    [InlineData("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4", null)]
    [InlineData("::1.2.3.4:5", null)]
    [InlineData("1:2:3:4:5:6:7:8::", null)]
    [InlineData("fe80::1%4294967295", "fe80:0:0:0:0:0:0:1%4294967295")]
    [InlineData("fe80::1%4294967296", null)]
    public void ParsesLikeGetaddrinfo(string text, string? expected)
    {
        bool ok = NetworkAddress.TryParse(text, out var address);
        Assert.Equal(expected is not null, ok);
        if (ok) Assert.Equal(expected, address.ToString());
    }

    [Theory]
    [InlineData("10.0.0.0/8", 0, 8)]
    [InlineData("10.0.0.1", 0, 32)]
    [InlineData("::/0", 0, 0)]
    [InlineData("2001:db8::/32", 0, 32)]
    [InlineData("10.0.0.0/33", -2, 0)]
    [InlineData("10.0.0.1/8", -2, 0)]
    [InlineData("10.0.0.0/129", -1, 0)]
    [InlineData("10.0.0.0/", -1, 0)]
    [InlineData("10.0.0.0/x", -1, 0)]
    [InlineData("10.0.0.0/ 8", -1, 0)]
    [InlineData("10.0.0.0/0008", 0, 8)]
    [InlineData("host.example/8", -1, 0)]
    public void ParsesCidrLikeAddrPtonCidr(string text, int expected, int mask)
    {
        Assert.Equal(expected, NetworkAddress.TryParseCidr(text, out _, out int length));
        if (expected == 0) Assert.Equal(mask, length);
    }

    [Fact]
    public void EntriesOf64CharactersOrMoreAreNotNetworks()
    {
        // addr_pton_cidr's buffer is char[64]: 63 characters fit, 64 do not (observed on Debian 9.2p1).
        var fits = "0:0:0:0:0:0:0:0/" + new string('0', 47);
        Assert.Equal(63, fits.Length);
        Assert.Equal(0, NetworkAddress.TryParseCidr(fits, out _, out int mask));
        Assert.Equal(0, mask);
        Assert.Equal(-1, NetworkAddress.TryParseCidr(fits + "0", out _, out _));
    }
}
