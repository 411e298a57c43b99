// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;

namespace SshdLint.Parser.Semantics;

/// <summary>The outcome of matching a value against an OpenSSH pattern or pattern list.</summary>
/// <remarks>The numeric values are the C return codes of match.c / addrmatch.c.</remarks>
public enum PatternMatch
{
    /// <summary>The list has a malformed entry (an empty or inconsistent address entry, an invalid <c>user@</c> part); sshd treats the line as an error.</summary>
    Invalid = -2,

    /// <summary>A <c>!</c>-negated entry matched: the list as a whole does not match, whatever else matched.</summary>
    Negated = -1,

    /// <summary>No entry matched.</summary>
    NoMatch = 0,

    /// <summary>A positive entry matched and no negated one did.</summary>
    Match = 1,
}

/// <summary>
/// OpenSSH's pattern matching (sshd_config(5) "PATTERNS"; match.c and addrmatch.c), reproduced exactly:
/// <c>*</c> and <c>?</c> wildcards, comma-separated lists with <c>!</c> negation, host names compared in
/// lower case, and address lists mixing CIDR blocks with wildcards.
/// </summary>
/// <remarks>
/// Matching works on the UTF-8 bytes, as sshd does: <c>?</c> matches one byte, and only ASCII letters
/// are folded where sshd folds case. These functions back Match criteria and, later, AllowUsers /
/// DenyUsers, <c>from=</c> and other pattern-valued options.
/// </remarks>
public static class SshPatterns
{
    /// <summary>match.c keeps each list entry in a 1024-byte buffer; a longer entry makes the whole list fail.</summary>
    private const int MaxSubpatternBytes = 1023;

    /// <summary>
    /// <c>match_pattern</c>: true when <paramref name="value"/> matches <paramref name="pattern"/>, where
    /// <c>*</c> matches any run of bytes and <c>?</c> exactly one. Case-sensitive; no lists, no negation.
    /// </summary>
    public static bool MatchPattern(string value, string pattern)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(pattern);
        return MatchBytes(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(pattern));
    }

    /// <summary>
    /// <c>match_pattern_list</c>: matches <paramref name="value"/> against a comma-separated list of patterns,
    /// each optionally negated with <c>!</c>.
    /// </summary>
    /// <param name="value">The string to test (never lower-cased here).</param>
    /// <param name="patternList">The list, e.g. <c>*,!root</c>.</param>
    /// <param name="lowercasePatterns">Lower-case the patterns' ASCII letters first (host name lists).</param>
    /// <returns>
    /// <see cref="PatternMatch.Negated"/> as soon as a negated entry matches; otherwise
    /// <see cref="PatternMatch.Match"/> when a positive entry matched, else <see cref="PatternMatch.NoMatch"/>.
    /// A list of only negated entries therefore never matches.
    /// </returns>
    public static PatternMatch MatchPatternList(string value, string patternList, bool lowercasePatterns = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(patternList);
        var subject = Encoding.UTF8.GetBytes(value);
        var list = Encoding.UTF8.GetBytes(patternList);
        bool gotPositive = false;
        int i = 0;
        while (i < list.Length)
        {
            bool negated = list[i] == (byte)'!';
            if (negated) i++;
            int start = i;
            while (i < list.Length && list[i] != (byte)',') i++;
            int length = i - start;
            if (length >= MaxSubpatternBytes) return PatternMatch.NoMatch;
            if (i < list.Length) i++; // skip the comma
            var sub = list.AsSpan(start, length).ToArray();
            if (lowercasePatterns)
                for (int k = 0; k < sub.Length; k++)
                    if (sub[k] is >= (byte)'A' and <= (byte)'Z') sub[k] += 'a' - 'A';
            if (MatchBytes(subject, sub))
            {
                if (negated) return PatternMatch.Negated;
                gotPositive = true;
            }
        }
        return gotPositive ? PatternMatch.Match : PatternMatch.NoMatch;
    }

    /// <summary>
    /// <c>match_usergroup_pattern_list</c>: user and group names, case-sensitive (sshd folds case only on
    /// Cygwin, which the catalog does not cover).
    /// </summary>
    public static PatternMatch MatchUserGroupPatternList(string name, string patternList) =>
        MatchPatternList(name, patternList);

    /// <summary><c>match_hostname</c>: the host name and the patterns are compared in lower case.</summary>
    public static PatternMatch MatchHostname(string host, string patternList)
    {
        ArgumentNullException.ThrowIfNull(host);
        return MatchPatternList(AsciiLower(host), patternList, lowercasePatterns: true);
    }

    /// <summary>
    /// <c>addr_match_list</c>: matches an address against a list mixing CIDR networks (<c>10.0.0.0/8</c>,
    /// <c>2001:db8::/32</c>) and wildcard patterns (<c>192.168.*</c>), each optionally negated.
    /// </summary>
    /// <param name="address">The address to test, or null to only validate the list.</param>
    /// <param name="patternList">The comma-separated list.</param>
    /// <returns>
    /// <see cref="PatternMatch.Invalid"/> for an empty entry or a network whose mask is too long or has
    /// host bits set (<c>10.0.0.1/8</c>, <c>10/8</c>: <c>10</c> reads as 0.0.0.10); with a null address,
    /// <see cref="PatternMatch.NoMatch"/> when the list is well formed. An address that is not numeric
    /// never matches, and then the list is not examined at all.
    /// </returns>
    /// <remarks>
    /// An entry that is not an address (or whose mask is not a plain number up to 128) is used as a
    /// wildcard pattern instead of being rejected. A positive match does not end the scan: a later
    /// negated match or malformed entry still decides.
    /// </remarks>
    public static PatternMatch AddrMatchList(string? address, string patternList)
    {
        ArgumentNullException.ThrowIfNull(patternList);
        NetworkAddress? tryAddress = null;
        if (address is not null && !NetworkAddress.TryParse(address, out tryAddress)) return PatternMatch.NoMatch;

        var result = PatternMatch.NoMatch;
        foreach (var rawEntry in patternList.Split(','))
        {
            bool negated = rawEntry.StartsWith('!');
            var entry = negated ? rawEntry[1..] : rawEntry;
            if (entry.Length == 0) return PatternMatch.Invalid;
            int r = NetworkAddress.TryParseCidr(entry, out var network, out int mask);
            if (r == -2) return PatternMatch.Invalid;
            bool found = r == 0
                ? tryAddress is not null && tryAddress.IsIn(network, mask)
                : address is not null && MatchPattern(address, entry);
            if (!found) continue;
            if (negated) return PatternMatch.Negated;
            result = PatternMatch.Match;
        }
        return result;
    }

    /// <summary>
    /// <c>addr_match_cidr_list</c>: a list of CIDR networks only — no wildcards, no negation — as used for
    /// certificate <c>source-address</c> and authorized_keys <c>from=</c> validation.
    /// </summary>
    /// <param name="address">The address to test, or null to only validate the list.</param>
    /// <param name="cidrList">The comma-separated list.</param>
    /// <returns>
    /// <see cref="PatternMatch.Match"/> or <see cref="PatternMatch.NoMatch"/>; <see cref="PatternMatch.Invalid"/>
    /// for an empty or over-long entry (more than 49 characters), characters other than hex digits, '.',
    /// ':' and '/', or an entry that is not a consistent network.
    /// </returns>
    public static PatternMatch AddrMatchCidrList(string? address, string cidrList)
    {
        ArgumentNullException.ThrowIfNull(cidrList);
        NetworkAddress? tryAddress = null;
        if (address is not null && !NetworkAddress.TryParse(address, out tryAddress)) return PatternMatch.NoMatch;

        const int MaxEntry = 46 + 3; // INET6_ADDRSTRLEN + "/nn"
        var result = PatternMatch.NoMatch;
        foreach (var entry in cidrList.Split(','))
        {
            if (entry.Length == 0 || entry.Length > MaxEntry) return PatternMatch.Invalid;
            // addrmatch.c flags stray characters but keeps going; the entry then nearly always fails to parse.
            if (!entry.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':' or '/')) result = PatternMatch.Invalid;
            if (NetworkAddress.TryParseCidr(entry, out var network, out int mask) != 0) return PatternMatch.Invalid;
            if (tryAddress is not null && tryAddress.IsIn(network, mask)) result = PatternMatch.Match;
        }
        return result;
    }

    /// <summary>
    /// <c>match_host_and_ip</c>: a host pattern list tested against both a client's host name and its
    /// address. A negated match on either refuses; otherwise either matching is enough.
    /// </summary>
    /// <returns><see cref="PatternMatch.Invalid"/> for a malformed address entry, else Match or NoMatch.</returns>
    public static PatternMatch MatchHostAndIp(string? host, string? address, string patternList)
    {
        ArgumentNullException.ThrowIfNull(patternList);
        var ip = AddrMatchList(address, patternList);
        if (ip == PatternMatch.Invalid) return PatternMatch.Invalid;
        if (host is null || address is null || ip == PatternMatch.Negated) return PatternMatch.NoMatch;
        var name = MatchHostname(host, patternList);
        if (name == PatternMatch.Negated) return PatternMatch.NoMatch;
        return name == PatternMatch.NoMatch && ip == PatternMatch.NoMatch ? PatternMatch.NoMatch : PatternMatch.Match;
    }

    /// <summary>
    /// <c>match_user</c>: one AllowUsers/DenyUsers entry, <c>user</c> or <c>user@host</c> where the host part
    /// is a host/address pattern list (CIDR allowed). The user part is a single pattern (no list).
    /// </summary>
    /// <param name="user">The user name; with <paramref name="host"/> and <paramref name="address"/> all null the entry is only validated.</param>
    /// <param name="host">The client's host name (the address when UseDNS is off).</param>
    /// <param name="address">The client's address.</param>
    /// <param name="pattern">The entry.</param>
    /// <returns><see cref="PatternMatch.Invalid"/> for a malformed host part (sshd: "invalid AllowUsers pattern"), else Match or NoMatch.</returns>
    public static PatternMatch MatchUser(string? user, string? host, string? address, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        int at = pattern.IndexOf('@', StringComparison.Ordinal);
        if (user is null && host is null && address is null)
            return at >= 0 && MatchHostAndIp(null, null, pattern[(at + 1)..]) == PatternMatch.Invalid ? PatternMatch.Invalid : PatternMatch.NoMatch;
        if (user is null) return PatternMatch.NoMatch;
        if (at < 0) return MatchPattern(user, pattern) ? PatternMatch.Match : PatternMatch.NoMatch;
        return MatchPattern(user, pattern[..at]) ? MatchHostAndIp(host, address, pattern[(at + 1)..]) : PatternMatch.NoMatch;
    }

    /// <summary>Lower-cases ASCII letters only, like C's <c>tolower</c> in the C locale.</summary>
    internal static string AsciiLower(string s) => Catalog.AsciiCaseInsensitiveComparer.ToLower(s);

    /// <summary>Glob match on bytes; the same language as match.c's recursive <c>match_pattern</c>, without its worst-case blow-up.</summary>
    private static bool MatchBytes(ReadOnlySpan<byte> s, ReadOnlySpan<byte> p)
    {
        int si = 0, pi = 0, starP = -1, starS = 0;
        while (si < s.Length)
        {
            if (pi < p.Length && p[pi] == (byte)'*')
            {
                starP = pi++;
                starS = si;
            }
            else if (pi < p.Length && (p[pi] == (byte)'?' || p[pi] == s[si]))
            {
                si++;
                pi++;
            }
            else if (starP >= 0)
            {
                pi = starP + 1;
                si = ++starS;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == (byte)'*') pi++;
        return pi == p.Length;
    }
}
