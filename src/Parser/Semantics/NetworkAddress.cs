// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using System.Globalization;

namespace SshdLint.Parser.Semantics;

/// <summary>
/// A numeric IPv4 or IPv6 address as OpenSSH's addrmatch.c sees it (<c>struct xaddr</c>): family, bytes
/// and, for IPv6, a scope.
/// </summary>
/// <remarks>
/// Parsing reproduces glibc's <c>getaddrinfo(…, AI_NUMERICHOST)</c>, which sshd uses (<c>addr_pton</c>):
/// IPv4 in every <c>inet_aton</c> form (<c>10</c>, <c>10.1</c>, <c>0x0a.0.0.1</c>, <c>010.0.0.1</c> is
/// octal), strict IPv6 text (RFC 4291, with an embedded dotted quad), and <c>%scope</c> on IPv6 only.
/// Interface names cannot be resolved here; a named scope is accepted on link-local addresses (where
/// glibc consults the interface list) and compared by name.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed class NetworkAddress
{
    private readonly byte[] _bytes;

    private NetworkAddress(byte[] bytes, string scope)
    {
        _bytes = bytes;
        Scope = scope;
    }

    /// <summary>True for IPv6 (16 bytes), false for IPv4 (4 bytes).</summary>
    public bool IsV6 => _bytes.Length == 16;

    /// <summary>The IPv6 scope as written (numeric scopes normalised; empty when none or zero).</summary>
    public string Scope { get; }

    /// <summary>Longest mask for the family: 32 or 128.</summary>
    public int MaxMask => _bytes.Length * 8;

    /// <summary>Parses like <c>addr_pton</c>; false when getaddrinfo would reject the text.</summary>
    public static bool TryParse(string text, out NetworkAddress address)
    {
        address = null!;
        if (TryParseV4(text, out var v4))
        {
            address = new NetworkAddress(v4, "");
            return true;
        }
        int percent = text.IndexOf('%', StringComparison.Ordinal);
        var host = percent < 0 ? text : text[..percent];
        if (!TryParseV6(host, out var v6)) return false;
        string scope = "";
        if (percent >= 0 && !TryParseScope(text[(percent + 1)..], v6, out scope)) return false;
        address = new NetworkAddress(v6, scope);
        return true;
    }

    /// <summary>
    /// Parses a network in CIDR notation like addrmatch.c's <c>addr_pton_cidr</c>: 0 on success, -1 when
    /// the text is not an address or mask (callers then try it as a wildcard pattern), -2 when the mask
    /// is too long for the family or the address has host bits set ("inconsistent mask length").
    /// </summary>
    public static int TryParseCidr(string text, out NetworkAddress network, out int maskLength)
    {
        network = null!;
        maskLength = 0;
        // addr_pton_cidr copies into a 64-byte buffer and rejects what does not fit with its NUL: 63
        // characters at most (observed on 9.2p1; the 2008 code accepted a truncated 64th).
        if (text.Length >= 64) return -1;

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        string addressText = slash < 0 ? text : text[..slash];
        int mask = -1;
        if (slash >= 0)
        {
            var maskText = text[(slash + 1)..];
            // The mask must start with a digit and be all digits (strtoul base 10, whole string), at most 128.
            if (maskText.Length == 0 || !maskText.All(char.IsAsciiDigit)) return -1;
            mask = maskText.TrimStart('0').Length > 3 ? int.MaxValue : int.Parse(maskText, NumberStyles.None, CultureInfo.InvariantCulture);
            if (mask > 128) return -1;
        }
        if (!TryParse(addressText, out var address)) return -1;
        if (mask < 0) mask = address.MaxMask;
        if (mask > address.MaxMask) return -2;
        if (!address.HostBitsAreZero(mask)) return -2;
        network = address;
        maskLength = mask;
        return 0;
    }

    /// <summary>True when this address lies in <paramref name="network"/>/<paramref name="maskLength"/> (<c>addr_netmatch</c>).</summary>
    public bool IsIn(NetworkAddress network, int maskLength)
    {
        if (IsV6 != network.IsV6) return false;
        for (int i = 0; i < _bytes.Length; i++)
            if ((_bytes[i] & MaskByte(maskLength, i)) != network._bytes[i]) return false;
        // addr_and keeps the host's scope and addr_cmp compares scopes, so a scoped address never falls
        // in an unscoped network and vice versa.
        return Scope == network.Scope;
    }

    public override string ToString() => IsV6
        ? string.Join(':', Enumerable.Range(0, 8).Select(i => ((_bytes[2 * i] << 8) | _bytes[(2 * i) + 1]).ToString("x", CultureInfo.InvariantCulture))) + (Scope.Length > 0 ? "%" + Scope : "")
        : string.Join('.', _bytes);

    private bool HostBitsAreZero(int maskLength)
    {
        for (int i = 0; i < _bytes.Length; i++)
            if ((_bytes[i] & ~MaskByte(maskLength, i) & 0xff) != 0) return false;
        return true;
    }

    private static int MaskByte(int maskLength, int index)
    {
        int bits = Math.Clamp(maskLength - (index * 8), 0, 8);
        return (0xff << (8 - bits)) & 0xff;
    }

    /// <summary>
    /// glibc's <c>inet_aton</c> as used by getaddrinfo (exact: nothing may follow): one to four parts,
    /// each a C integer (decimal, 0-prefixed octal, 0x-prefixed hex); the last part fills the remaining
    /// bytes (a.b.c.d, a.b.c with c 16-bit, a.b with b 24-bit, a 32-bit).
    /// </summary>
    private static bool TryParseV4(string s, out byte[] bytes)
    {
        bytes = [];
        var parts = new List<ulong>(4);
        int i = 0;
        while (true)
        {
            if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
            if (!TryParseCInteger(s, ref i, out ulong value) || value > 0xffffffffUL) return false;
            parts.Add(value);
            if (i < s.Length && s[i] == '.')
            {
                if (parts.Count > 3 || value > 0xff) return false;
                i++;
                continue;
            }
            break;
        }
        if (i != s.Length) return false;
        ulong last = parts[^1];
        ulong[] max = [0xffffffffUL, 0xffffffUL, 0xffffUL, 0xffUL];
        if (last > max[parts.Count - 1]) return false;
        uint word = 0;
        for (int p = 0; p < parts.Count - 1; p++) word |= (uint)parts[p] << (24 - (8 * p));
        word |= (uint)last;
        bytes = [(byte)(word >> 24), (byte)(word >> 16), (byte)(word >> 8), (byte)word];
        return true;
    }

    /// <summary>
    /// <c>strtoul(s, &amp;end, 0)</c> at a digit: <c>0x</c> followed by a hex digit is hexadecimal, another
    /// leading <c>0</c> octal (so <c>08</c> stops before the 8), anything else decimal. Advances
    /// <paramref name="i"/> past the digits; values above 2^32-1 come back as <see cref="ulong.MaxValue"/>.
    /// </summary>
    private static bool TryParseCInteger(string s, ref int i, out ulong value)
    {
        value = 0;
        int radix = 10;
        if (s[i] == '0')
        {
            radix = 8;
            if (i + 2 < s.Length && s[i + 1] is 'x' or 'X' && char.IsAsciiHexDigit(s[i + 2]))
            {
                radix = 16;
                i += 2;
            }
        }
        int start = i;
        while (i < s.Length)
        {
            int digit = char.IsAsciiDigit(s[i]) ? s[i] - '0'
                : char.IsAsciiHexDigit(s[i]) ? char.ToLowerInvariant(s[i]) - 'a' + 10
                : int.MaxValue;
            if (digit >= radix) break;
            value = value > 0xffffffffUL ? ulong.MaxValue : (value * (ulong)radix) + (ulong)digit;
            i++;
        }
        return i > start;
    }

    /// <summary>inet_pton(AF_INET6): hex groups of at most four digits, one "::", an optional trailing dotted quad.</summary>
    private static bool TryParseV6(string s, out byte[] bytes)
    {
        bytes = [];
        if (s.Length == 0) return false;
        var result = new byte[16];
        int tp = 0;
        int colonAt = -1;
        int i = 0;
        if (s[0] == ':')
        {
            if (s.Length < 2 || s[1] != ':') return false;
            i = 1;
        }
        int tokenStart = i;
        int digits = 0;
        uint value = 0;
        while (i < s.Length)
        {
            char c = s[i++];
            if (char.IsAsciiHexDigit(c))
            {
                if (digits == 4) return false;
                value = (value << 4) | (uint)(char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
                digits++;
                continue;
            }
            if (c == ':')
            {
                tokenStart = i;
                if (digits == 0)
                {
                    if (colonAt >= 0) return false;
                    colonAt = tp;
                    continue;
                }
                if (i == s.Length) return false;
                if (tp + 2 > 16) return false;
                result[tp++] = (byte)(value >> 8);
                result[tp++] = (byte)value;
                digits = 0;
                value = 0;
                continue;
            }
            if (c == '.' && tp + 4 <= 16 && TryParseStrictDottedQuad(s[tokenStart..], out var quad))
            {
                quad.CopyTo(result, tp);
                tp += 4;
                digits = 0;
                i = s.Length;
                break;
            }
            return false;
        }
        if (digits > 0)
        {
            if (tp + 2 > 16) return false;
            result[tp++] = (byte)(value >> 8);
            result[tp++] = (byte)value;
        }
        if (colonAt >= 0)
        {
            if (tp == 16) return false;
            int n = tp - colonAt;
            Array.Copy(result, colonAt, result, 16 - n, n);
            Array.Clear(result, colonAt, 16 - n - colonAt);
            tp = 16;
        }
        if (tp != 16) return false;
        bytes = result;
        return true;
    }

    /// <summary>inet_pton(AF_INET): exactly four decimal parts of 0–255 without leading zeros.</summary>
    private static bool TryParseStrictDottedQuad(string s, out byte[] bytes)
    {
        bytes = [];
        var parts = s.Split('.');
        if (parts.Length != 4) return false;
        var result = new byte[4];
        for (int p = 0; p < 4; p++)
        {
            var part = parts[p];
            if (part.Length is 0 or > 3 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0')) return false;
            int v = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (v > 255) return false;
            result[p] = (byte)v;
        }
        bytes = result;
        return true;
    }

    /// <summary>The part after '%': a number up to 2^32-1, or an interface name on link-local addresses.</summary>
    private static bool TryParseScope(string scope, byte[] address, out string normalized)
    {
        normalized = "";
        if (scope.Length == 0) return false;
        bool linkLocal = (address[0] == 0xfe && (address[1] & 0xc0) == 0x80) ||
                         (address[0] == 0xff && (address[1] & 0x0f) is 0x01 or 0x02);
        if (char.IsAsciiDigit(scope[0]) && scope.All(char.IsAsciiDigit))
        {
            if (!ulong.TryParse(scope, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > uint.MaxValue) return false;
            normalized = number == 0 ? "" : number.ToString(CultureInfo.InvariantCulture);
            return true;
        }
        if (!linkLocal) return false;
        normalized = scope;
        return true;
    }
}
