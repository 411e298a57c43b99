// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>match.c and addrmatch.c semantics (sshd_config(5) PATTERNS).</summary>
public sealed class SshPatternsTests
{
    [Theory]
    [InlineData("alice", "alice", true)]
    [InlineData("alice", "Alice", false)] // case-sensitive
    [InlineData("alice", "a*", true)]
    [InlineData("alice", "*e", true)]
    [InlineData("alice", "*", true)]
    [InlineData("", "*", true)]
    [InlineData("", "", true)]
    [InlineData("a", "", false)]
    [InlineData("", "?", false)]
    [InlineData("alice", "al?ce", true)]
    [InlineData("alice", "al??ce", false)]
    [InlineData("alice", "a**e", true)]
    [InlineData("alice", "*l*c*", true)]
    [InlineData("alice", "*x*", false)]
    [InlineData("aXbXc", "a*b*c", true)]
    [InlineData("abcabd", "*abd", true)]
    [InlineData("ab", "a?*", true)]
    [InlineData("a", "a?*", false)]
    [InlineData("a,b", "a,b", true)] // no list semantics in match_pattern
    [InlineData("!a", "!a", true)]
    public void MatchPattern(string value, string pattern, bool expected) =>
        Assert.Equal(expected, SshPatterns.MatchPattern(value, pattern));

    [Fact]
    public void QuestionMarkMatchesOneByteNotOneCharacter()
    {
        // sshd compares bytes: "é" is two bytes in UTF-8.
        Assert.False(SshPatterns.MatchPattern("é", "?"));
        Assert.True(SshPatterns.MatchPattern("é", "??"));
        Assert.True(SshPatterns.MatchPattern("josé", "jos*"));
    }

    [Fact]
    public void MatchPatternHasNoExponentialBlowUp()
    {
        var value = new string('a', 5000);
        Assert.False(SshPatterns.MatchPattern(value, "*a*a*a*a*a*a*a*a*a*a*b"));
    }

    [Theory]
    [InlineData("bob", "alice,bob", PatternMatch.Match)]
    [InlineData("carol", "alice,bob", PatternMatch.NoMatch)]
    [InlineData("root", "*,!root", PatternMatch.Negated)]
    [InlineData("bob", "*,!root", PatternMatch.Match)]
    [InlineData("root", "!root,*", PatternMatch.Negated)]
    [InlineData("bob", "!root", PatternMatch.NoMatch)] // only negated entries: never matches
    [InlineData("root", "!root", PatternMatch.Negated)]
    [InlineData("bob", "!ro*,b?b", PatternMatch.Match)]
    [InlineData("", "a,,b", PatternMatch.Match)] // an empty entry matches the empty string
    [InlineData("", "a,", PatternMatch.NoMatch)] // a trailing comma adds no entry
    [InlineData("a", ",a", PatternMatch.Match)]
    [InlineData("!x", "!!x", PatternMatch.Negated)] // one '!' negates, the second is literal
    [InlineData("Bob", "bob", PatternMatch.NoMatch)]
    public void MatchPatternList(string value, string list, PatternMatch expected) =>
        Assert.Equal(expected, SshPatterns.MatchPatternList(value, list));

    [Fact]
    public void PatternListLowercasesOnlyThePatterns()
    {
        Assert.Equal(PatternMatch.Match, SshPatterns.MatchPatternList("host", "HOST", lowercasePatterns: true));
        Assert.Equal(PatternMatch.NoMatch, SshPatterns.MatchPatternList("HOST", "HOST", lowercasePatterns: true));
    }

    [Fact]
    public void OverlongListEntryMakesTheWholeListFail()
    {
        // match.c's 1024-byte buffer: an entry of 1023 bytes or more returns "no match" for the list.
        Assert.Equal(PatternMatch.Match, SshPatterns.MatchPatternList("x", new string('a', 1022) + ",x"));
        Assert.Equal(PatternMatch.NoMatch, SshPatterns.MatchPatternList("x", new string('a', 1023) + ",x"));
        Assert.Equal(PatternMatch.NoMatch, SshPatterns.MatchPatternList("x", "x," + new string('a', 2000)));
    }

    [Theory]
    [InlineData("foo.EXAMPLE", "FOO.example", PatternMatch.Match)]
    [InlineData("www.example.com", "*.example.com", PatternMatch.Match)]
    [InlineData("example.com", "*.example.com", PatternMatch.NoMatch)]
    [InlineData("bad.example.com", "*.example.com,!bad.*", PatternMatch.Negated)]
    [InlineData("İ.example", "i.example", PatternMatch.NoMatch)] // only ASCII folds
    public void MatchHostname(string host, string list, PatternMatch expected) =>
        Assert.Equal(expected, SshPatterns.MatchHostname(host, list));

    [Theory]
    // CIDR
    [InlineData("10.1.2.3", "10.0.0.0/8", PatternMatch.Match)]
    [InlineData("11.1.2.3", "10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData("10.0.0.5", "10.0.0.5", PatternMatch.Match)]
    [InlineData("10.0.0.5", "10.0.0.5/32", PatternMatch.Match)]
    [InlineData("1.2.3.4", "0.0.0.0/0", PatternMatch.Match)]
    [InlineData("::1", "0.0.0.0/0", PatternMatch.NoMatch)] // families never mix
    [InlineData("1.2.3.4", "::/0", PatternMatch.NoMatch)]
    [InlineData("10.0.0.1", "::ffff:10.0.0.1", PatternMatch.NoMatch)]
    [InlineData("2001:db8::1", "2001:db8::/32", PatternMatch.Match)]
    [InlineData("FE80::1", "fe80::/10", PatternMatch.Match)]
    [InlineData("febf::1", "fe80::/10", PatternMatch.Match)]
    [InlineData("fec0::1", "fe80::/10", PatternMatch.NoMatch)]
    // wildcards
    [InlineData("10.0.0.5", "10.0.0.*", PatternMatch.Match)]
    [InlineData("192.168.1.7", "192.168.?.*", PatternMatch.Match)]
    [InlineData("010.1.2.3", "*", PatternMatch.Match)]
    // negation and order
    [InlineData("10.0.0.5", "!10.0.0.5,10.0.0.0/8", PatternMatch.Negated)]
    [InlineData("10.0.0.6", "!10.0.0.5,10.0.0.0/8", PatternMatch.Match)]
    [InlineData("10.0.0.6", "10.0.0.0/8,!10.0.0.0/24", PatternMatch.Negated)]
    [InlineData("10.0.0.6", "!10.0.0.5", PatternMatch.NoMatch)]
    // inet_aton forms (glibc getaddrinfo AI_NUMERICHOST), observed with Debian 9.2p1
    [InlineData("8.1.2.3", "010.0.0.0/8", PatternMatch.Match)] // octal 010 = 8
    [InlineData("10.1.2.3", "010.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData("10.1.2.3", "0x0a.0.0.0/8", PatternMatch.Match)]
    [InlineData("10.0.0.1", "10.1", PatternMatch.Match)]
    [InlineData("0.0.0.10", "10", PatternMatch.Match)]
    [InlineData("255.255.255.255", "4294967295", PatternMatch.Match)]
    [InlineData("255.255.255.255", "4294967296", PatternMatch.NoMatch)]
    [InlineData("1.2.255.255", "1.2.65535", PatternMatch.Match)]
    [InlineData("1.2.3.256", "1.2.3.256", PatternMatch.NoMatch)] // neither address nor matching string: subject unparsable
    // masks that are not plain numbers up to 128 make the entry a wildcard pattern (no error)
    [InlineData("10.2.3.4", "10.0.0.0/08", PatternMatch.Match)]
    [InlineData("10.2.3.4", "10.0.0.0/+8", PatternMatch.NoMatch)]
    [InlineData("10.2.3.4", "10.0.0.0/-8", PatternMatch.NoMatch)]
    [InlineData("10.2.3.4", "10.0.0.0/200", PatternMatch.NoMatch)]
    [InlineData("10.2.3.4", "10.0.0.0/abc", PatternMatch.NoMatch)]
    [InlineData("1.2.3.4", "/8", PatternMatch.NoMatch)]
    [InlineData("1.2.3.4", "1.2.3.4/", PatternMatch.NoMatch)]
    // scopes
    [InlineData("fe80::1", "fe80::1%eth0", PatternMatch.NoMatch)]
    [InlineData("fe80::1%lo", "fe80::1%lo", PatternMatch.Match)]
    [InlineData("fe80::1%3", "fe80::/10", PatternMatch.NoMatch)] // a scoped address is outside an unscoped network
    [InlineData("fe80::1%0", "fe80::/10", PatternMatch.Match)] // scope 0 is no scope
    // a subject that is not an address never matches, whatever the list says
    [InlineData("notanip", "*", PatternMatch.NoMatch)]
    [InlineData("1.2.3.4/32", "1.2.3.4", PatternMatch.NoMatch)]
    [InlineData("10.0.0.1%eth0", "10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData("notanip", "10.0.0.0/33", PatternMatch.NoMatch)]
    public void AddrMatchList(string address, string list, PatternMatch expected) =>
        Assert.Equal(expected, SshPatterns.AddrMatchList(address, list));

    [Theory]
    [InlineData("10.0.0.0/33")] // mask longer than the family
    [InlineData("10.0.0.1/8")] // host bits set
    [InlineData("10/8")] // "10" is 0.0.0.10
    [InlineData("10.1/16")] // 10.0.0.1
    [InlineData("2001:db8::1/32")]
    [InlineData("10.0.0.0/8,,1.2.3.4")] // empty entry
    [InlineData("a,")]
    [InlineData("a,!")]
    [InlineData("!")]
    [InlineData("")]
    public void InvalidAddressLists(string list) => Assert.Equal(PatternMatch.Invalid, SshPatterns.AddrMatchList(null, list));

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("10.0.0.*,!10.0.0.1")]
    [InlineData("*.example.com")] // host-like wildcards are allowed, they just never match an address
    [InlineData("10.0.0.0/abc")]
    [InlineData("::/129")] // a mask above 128 is not a mask at all: the entry is a wildcard
    [InlineData("::/0,0.0.0.0/0")]
    public void ValidAddressLists(string list) => Assert.Equal(PatternMatch.NoMatch, SshPatterns.AddrMatchList(null, list));

    [Fact]
    public void InvalidEntryAfterAMatchStillInvalidatesTheList()
    {
        Assert.Equal(PatternMatch.Invalid, SshPatterns.AddrMatchList("10.0.0.1", "10.0.0.1,10.0.0.0/33"));
        Assert.Equal(PatternMatch.Negated, SshPatterns.AddrMatchList("10.0.0.1", "!10.0.0.1,10.0.0.0/33"));
    }

    [Theory]
    [InlineData("10.1.2.3", "10.0.0.0/8", PatternMatch.Match)]
    [InlineData("10.1.2.3", "192.168.0.0/16,10.0.0.0/8", PatternMatch.Match)]
    [InlineData("11.1.2.3", "10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData(null, "10.0.0.0/8,2001:db8::/32", PatternMatch.NoMatch)]
    [InlineData(null, "10.0.0.*", PatternMatch.Invalid)] // no wildcards
    [InlineData(null, "!10.0.0.0/8", PatternMatch.Invalid)] // no negation
    [InlineData(null, "10.0.0.0/8,", PatternMatch.Invalid)]
    [InlineData(null, "10.0.0.1/8", PatternMatch.Invalid)]
    [InlineData(null, "example.com", PatternMatch.Invalid)]
    [InlineData("notanip", "10.0.0.0/8", PatternMatch.NoMatch)]
    public void AddrMatchCidrList(string? address, string list, PatternMatch expected) =>
        Assert.Equal(expected, SshPatterns.AddrMatchCidrList(address, list));

    [Theory]
    [InlineData("alice", "h.example", "10.0.0.1", "alice", PatternMatch.Match)]
    [InlineData("alice", "h.example", "10.0.0.1", "al*", PatternMatch.Match)]
    [InlineData("alice", "h.example", "10.0.0.1", "bob", PatternMatch.NoMatch)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@10.0.0.0/8", PatternMatch.Match)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@192.168.0.0/16", PatternMatch.NoMatch)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@*.example", PatternMatch.Match)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@H.EXAMPLE", PatternMatch.Match)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@*.example,!10.0.0.1", PatternMatch.NoMatch)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@!h.example,10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData("alice", "h.example", "10.0.0.1", "alice@10.0.0.0/33", PatternMatch.Invalid)]
    [InlineData("alice", "h.example", "10.0.0.1", "bob@10.0.0.0/33", PatternMatch.NoMatch)] // the host part is only read for a matching user
    [InlineData("alice", "h.example", "10.0.0.1", "alice,bob", PatternMatch.NoMatch)] // the user part is one pattern, not a list
    // validation mode, as sshd -t checks AllowUsers/DenyUsers (observed 9.2: "invalid AllowUsers pattern")
    [InlineData(null, null, null, "alice@10.0.0.0/33", PatternMatch.Invalid)]
    [InlineData(null, null, null, "alice@", PatternMatch.Invalid)]
    [InlineData(null, null, null, "alice@10.0.0.1/8,x", PatternMatch.Invalid)]
    [InlineData(null, null, null, "@10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData(null, null, null, "alice@*.example", PatternMatch.NoMatch)]
    [InlineData(null, null, null, "alice@10.0.0.0/8", PatternMatch.NoMatch)]
    [InlineData(null, null, null, "alice", PatternMatch.NoMatch)]
    public void MatchUser(string? user, string? host, string? address, string pattern, PatternMatch expected) =>
        Assert.Equal(expected, SshPatterns.MatchUser(user, host, address, pattern));
}
