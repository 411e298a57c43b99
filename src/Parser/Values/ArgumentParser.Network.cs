// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Net;
using System.Net.Sockets;
using Sprache;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

public static partial class ArgumentParser
{
    // ListenAddress: bare IPv6 (two or more colons, no brackets), else misc.c hpdelim host[:port] / [v6]:port,
    // then optionally "rdomain <name>" (7.7+).
    private static ArgumentParseResult ParseListenAddress(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal("missing address");
        string host;
        int? port = null;
        int firstColon = arg.IndexOf(':');
        if (!arg.Contains('[') && firstColon >= 0 && arg.IndexOf(':', firstColon + 1) >= 0)
        {
            host = arg;
        }
        else
        {
            var split = HpDelim(arg, allowSlash: !c.V(8, 0));
            if (split is null) return c.Fatal("bad address:port usage");
            host = CleanHostName(split.Value.Host);
            if (split.Value.Port is string rest)
            {
                int p = ServiceNames.A2Port(rest, c.Target);
                if (p <= 0) return c.Fatal("bad port number");
                port = p;
            }
        }

        string? rdomain = null;
        int consumed = 1;
        if (c.V(7, 7) && c.Has(1))
        {
            if (c.Args[1] != "rdomain" || !c.Has(2)) return c.Fatal("bad ListenAddress syntax", 1);
            rdomain = c.Args[2];
            consumed = 3;
            // valid_rdomain() is false on platforms without routing domains (the Linux builds we model).
            return c.Fatal("bad routing domain", 2);
        }
        return c.Finish(new ListenAddressValue(host, port, rdomain), consumed);
    }

    // PermitOpen / PermitListen.
    private static ArgumentParseResult ParseHostPortList(Ctx c)
    {
        bool listen = c.Name == "permitlisten";
        string first = c.Args[0];
        if (first.Length == 0) return c.Fatal(c.MissingMessage());

        if (!c.V(9, 7))
        {
            // 7.0–9.6: "any"/"none" (exact) only as the first argument, and then alone (a second token is
            // "extra arguments"); later tokens are parsed as host:port, so "x:1 any" is a bad port number.
            if (first is "any" or "none") return c.Finish(new HostPortListValue([], c.Keyword.EffectiveName, first), 1);
            var entries = new List<HostPortEntry>();
            int i = 0;
            for (; i < c.Args.Count && c.Args[i].Length > 0; i++)
            {
                var (entry, error) = ParseHostPort(c, c.Args[i], listen);
                if (error is not null) return c.Fatal(error, i);
                entries.Add(entry!);
            }
            return c.Finish(new HostPortListValue(entries, c.Keyword.EffectiveName, null), i);
        }

        // 9.7+: every argument is read; "any"/"none" may not follow other entries.
        var list = new List<HostPortEntry>();
        string? special = null;
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg is "any" or "none")
            {
                if (list.Count != 0 || special is not null) return c.Fatal($"{arg} must appear alone on a {c.Kw} line.", i);
                special = arg;
                continue;
            }
            var (entry, error) = ParseHostPort(c, arg, listen);
            if (error is not null) return c.Fatal(error, i);
            list.Add(entry!);
        }
        return ArgumentParseResult.Ok(new HostPortListValue(list, c.Keyword.EffectiveName, special));
    }

    private static (HostPortEntry? Entry, string? Error) ParseHostPort(Ctx c, string arg, bool listen)
    {
        bool old = !c.V(7, 8);
        string text = arg;
        string host;
        string? portText;
        if (listen && !arg.Contains(':'))
        {
            // A bare port means any listen address (PermitListen only).
            text = "*:" + arg;
            host = "*";
            portText = arg;
        }
        else
        {
            var split = HpDelim(arg, allowSlash: !c.V(8, 0));
            if (split is null) return (null, old ? "missing host in PermitOpen" : $"{c.Kw} missing host");
            host = CleanHostName(split.Value.Host);
            portText = split.Value.Port;
        }
        int? port = null;
        bool badPort = portText is null;
        if (portText is not null && portText != "*")
        {
            int p = ServiceNames.A2Port(portText, c.Target);
            if (p <= 0) badPort = true;
            else port = p;
        }
        if (badPort) return (null, old ? "bad port number in PermitOpen" : $"{c.Kw} bad port number");
        return (new HostPortEntry(text, host, port), null);
    }

    // AllowUsers/DenyUsers: since 7.4 the part after '@' is validated as an address list (match.c match_user
    // in test mode: addr_match_list with a NULL address).
    private static ArgumentParseResult ParseUserPatterns(Ctx c)
    {
        var patterns = new List<UserPattern>(c.Args.Count);
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            var r = Grammars.UserAtHost.TryParse(arg);
            var (user, host) = r.WasSuccessful ? r.Value : (arg, null);
            if (c.V(7, 4) && (arg.Length == 0 || (host is not null && !IsValidAddressList(host))))
            {
                return c.Fatal($"invalid {c.Kw} pattern: \"{arg}\"", i);
            }
            patterns.Add(new UserPattern(arg, user, host));
        }
        return ArgumentParseResult.Ok(new UserPatternListValue(patterns));
    }

    // PerSourcePenaltyExemptList (9.8+): one address/CIDR pattern list validated with addr_match_list.
    private static ArgumentParseResult ParseAddressPatternList(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal("missing argument.");
        if (!IsValidAddressList(arg)) return c.Fatal($"keyword {c.Kw} invalid address argument.");
        return c.Finish(new AddressPatternListValue(arg), 1);
    }

    /// <summary>
    /// match.c <c>addr_match_list(NULL, list)</c> in validation mode: false for an empty element or an element that
    /// parses as an address but has an impossible mask or host bits set (<c>10.0.0.1/8</c>). Anything that is not
    /// an address is a host-name wildcard and accepted.
    /// </summary>
    internal static bool IsValidAddressList(string list)
    {
        foreach (var element in list.Split(','))
        {
            string cp = element.StartsWith('!') ? element[1..] : element;
            if (cp.Length == 0) return false;
            if (AddrPtonCidr(cp) == -2) return false;
        }
        return true;
    }

    /// <summary>addrmatch.c <c>addr_pton_cidr</c>: 0 valid network, -1 not an address, -2 inconsistent mask.</summary>
    internal static int AddrPtonCidr(string p)
    {
        if (p.Length >= 64) return -1;
        string addr = p;
        int? maskLength = null;
        int slash = p.IndexOf('/');
        if (slash >= 0)
        {
            addr = p[..slash];
            string mp = p[(slash + 1)..];
            if (mp.Length == 0 || mp[0] is < '0' or > '9' || !Grammars.IsAllDigits(mp)) return -1;
            if (mp.Length > 3 || int.Parse(mp, System.Globalization.CultureInfo.InvariantCulture) > 128) return -1;
            maskLength = int.Parse(mp, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (addr.Contains('[') || !IPAddress.TryParse(addr, out var ip)) return -1;
        byte[] bytes = ip.GetAddressBytes();
        int bits = ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        int len = maskLength ?? bits;
        if (len > bits) return -2;
        for (int bit = len; bit < bits; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) return -2;
        }
        return 0;
    }

    /// <summary>
    /// misc.c <c>hpdelim</c>: splits <c>host[:rest]</c> or <c>[host]:rest</c>; null when a bracket is not closed, a
    /// closing bracket is followed by something other than <c>:</c>, or (8.0+) the separator is <c>/</c>.
    /// </summary>
    internal static (string Host, string? Port)? HpDelim(string s, bool allowSlash)
    {
        int i;
        if (s.StartsWith('['))
        {
            i = s.IndexOf(']');
            if (i < 0) return null;
            i++;
        }
        else
        {
            i = s.IndexOfAny([':', '/']);
            if (i < 0) i = s.Length;
        }
        if (i >= s.Length) return (s, null);
        char delim = s[i];
        if (delim == ':' || delim == '/')
        {
            if (delim == '/' && !allowSlash) return null;
            return (s[..i], s[(i + 1)..]);
        }
        return null;
    }

    /// <summary>misc.c <c>cleanhostname</c>: strips the brackets of <c>[addr]</c>.</summary>
    internal static string CleanHostName(string host) =>
        host.Length >= 2 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
}
