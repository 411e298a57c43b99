// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Semantics;

/// <summary>OpenSSH's <c>a2port</c> (misc.c): a port number or, since 7.9, a TCP service name.</summary>
internal static class SshPort
{
    /// <summary>
    /// Common TCP entries of /etc/services. sshd asks getservbyname on the machine it runs on; the linter
    /// cannot, so it knows the usual names and treats any other name as unknown (a2port then fails).
    /// </summary>
    private static readonly Dictionary<string, int> Services = new(StringComparer.Ordinal)
    {
        ["ftp-data"] = 20, ["ftp"] = 21, ["ssh"] = 22, ["telnet"] = 23, ["smtp"] = 25, ["domain"] = 53,
        ["gopher"] = 70, ["finger"] = 79, ["http"] = 80, ["www"] = 80, ["kerberos"] = 88, ["pop3"] = 110,
        ["sunrpc"] = 111, ["auth"] = 113, ["nntp"] = 119, ["ntp"] = 123, ["imap2"] = 143, ["imap"] = 143,
        ["snmp"] = 161, ["bgp"] = 179, ["ldap"] = 389, ["https"] = 443, ["microsoft-ds"] = 445,
        ["submissions"] = 465, ["printer"] = 515, ["submission"] = 587, ["ldaps"] = 636, ["rsync"] = 873,
        ["imaps"] = 993, ["pop3s"] = 995, ["socks"] = 1080, ["openvpn"] = 1194, ["ms-sql-s"] = 1433,
        ["mysql"] = 3306, ["postgresql"] = 5432, ["x11"] = 6000,
    };

    /// <summary>
    /// The port for <paramref name="text"/> as <paramref name="version"/>'s a2port reads it, or -1.
    /// </summary>
    /// <remarks>
    /// Numbers go through strtonum(0, 65535): optional leading whitespace and sign, decimal digits only,
    /// nothing after — so <c>0</c> and <c>+22</c> are accepted and <c>0x16</c> is not.
    /// </remarks>
    public static int Parse(string text, OpenSshVersion version)
    {
        if (TryStrtonum(text, 0, 65535, out int port)) return port;
        if (version.AtLeast(7, 9) && Services.TryGetValue(text, out port)) return port;
        return -1;
    }

    private static bool TryStrtonum(string s, long min, long max, out int value)
    {
        value = 0;
        int i = 0;
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r') i++;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }
        int start = i;
        long n = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            n = Math.Min((n * 10) + (s[i] - '0'), long.MaxValue / 20);
            i++;
        }
        if (i == start || i != s.Length) return false;
        if (negative) n = -n;
        if (n < min || n > max) return false;
        value = (int)n;
        return true;
    }
}
