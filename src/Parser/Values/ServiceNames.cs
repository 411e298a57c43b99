// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Frozen;
using System.Globalization;

namespace SshdLint.Parser.Values;

/// <summary>
/// misc.c <c>a2port</c>: a port number, or (7.9+) a TCP service name as <c>getservbyname(name, "tcp")</c> resolves it.
/// </summary>
/// <remarks>
/// A built-in table of common names (IANA, as in Debian's netbase <c>/etc/services</c>) keeps results the same on
/// every machine; names it lacks are looked up once in the local <c>/etc/services</c>. glibc compares service
/// names case-sensitively, so <c>SSH</c> is not <c>ssh</c>.
/// </remarks>
public static class ServiceNames
{
    private static readonly FrozenDictionary<string, int> BuiltIn = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["tcpmux"] = 1, ["echo"] = 7, ["discard"] = 9, ["systat"] = 11, ["daytime"] = 13, ["netstat"] = 15,
        ["qotd"] = 17, ["chargen"] = 19, ["ftp-data"] = 20, ["ftp"] = 21, ["ssh"] = 22, ["telnet"] = 23,
        ["smtp"] = 25, ["time"] = 37, ["whois"] = 43, ["tacacs"] = 49, ["domain"] = 53, ["gopher"] = 70,
        ["finger"] = 79, ["http"] = 80, ["kerberos"] = 88, ["iso-tsap"] = 102, ["acr-nema"] = 104,
        ["pop3"] = 110, ["sunrpc"] = 111, ["auth"] = 113, ["nntp"] = 119, ["epmap"] = 135,
        ["netbios-ns"] = 137, ["netbios-dgm"] = 138, ["netbios-ssn"] = 139, ["imap2"] = 143, ["snmp"] = 161,
        ["snmp-trap"] = 162, ["cmip-man"] = 163, ["cmip-agent"] = 164, ["mailq"] = 174, ["xdmcp"] = 177,
        ["bgp"] = 179, ["smux"] = 199, ["qmtp"] = 209, ["z3950"] = 210, ["ipx"] = 213, ["ptp-event"] = 319,
        ["ptp-general"] = 320, ["pawserv"] = 345, ["zserv"] = 346, ["rpc2portmap"] = 369, ["codaauth2"] = 370,
        ["clearcase"] = 371, ["ldap"] = 389, ["svrloc"] = 427, ["https"] = 443, ["snpp"] = 444,
        ["microsoft-ds"] = 445, ["kpasswd"] = 464, ["submissions"] = 465, ["saft"] = 487, ["isakmp"] = 500,
        ["rtsp"] = 554, ["nqs"] = 607, ["asf-rmcp"] = 623, ["qmqp"] = 628, ["ipp"] = 631, ["ldp"] = 646,
        ["exec"] = 512, ["login"] = 513, ["shell"] = 514, ["printer"] = 515, ["gdomap"] = 538,
        ["uucp"] = 540, ["klogin"] = 543, ["kshell"] = 544, ["dhcpv6-client"] = 546, ["dhcpv6-server"] = 547,
        ["afpovertcp"] = 548, ["nntps"] = 563, ["submission"] = 587, ["ldaps"] = 636, ["tinc"] = 655,
        ["silc"] = 706, ["kerberos-adm"] = 749, ["domain-s"] = 853, ["rsync"] = 873, ["ftps-data"] = 989,
        ["ftps"] = 990, ["telnets"] = 992, ["imaps"] = 993, ["pop3s"] = 995, ["socks"] = 1080,
        ["proofd"] = 1093, ["rootd"] = 1094, ["openvpn"] = 1194, ["rmiregistry"] = 1099, ["lotusnote"] = 1352,
        ["ms-sql-s"] = 1433, ["ms-sql-m"] = 1434, ["ingreslock"] = 1524, ["datametrics"] = 1645,
        ["sa-msg-port"] = 1646, ["kermit"] = 1649, ["groupwise"] = 1677, ["l2f"] = 1701, ["radius"] = 1812,
        ["radius-acct"] = 1813, ["cisco-sccp"] = 2000, ["nfs"] = 2049, ["gnunet"] = 2086, ["rtcm-sc104"] = 2101,
        ["gsigatekeeper"] = 2119, ["gris"] = 2135, ["cvspserver"] = 2401, ["venus"] = 2430, ["venus-se"] = 2431,
        ["codasrv"] = 2432, ["codasrv-se"] = 2433, ["mon"] = 2583, ["dict"] = 2628, ["f5-globalsite"] = 2792,
        ["gsiftp"] = 2811, ["gpsd"] = 2947, ["gds-db"] = 3050, ["icpv2"] = 3130, ["isns"] = 3205,
        ["iscsi-target"] = 3260, ["mysql"] = 3306, ["ms-wbt-server"] = 3389, ["nut"] = 3493, ["distcc"] = 3632,
        ["daap"] = 3689, ["svn"] = 3690, ["suucp"] = 4031, ["sysrqd"] = 4094, ["sieve"] = 4190,
        ["epmd"] = 4369, ["remctl"] = 4373, ["f5-iquery"] = 4353, ["ntske"] = 4460, ["ipsec-nat-t"] = 4500,
        ["iax"] = 4569, ["mtn"] = 4691, ["radmin-port"] = 4899, ["sip"] = 5060, ["sip-tls"] = 5061,
        ["xmpp-client"] = 5222, ["xmpp-server"] = 5269, ["cfengine"] = 5308, ["mdns"] = 5353,
        ["postgresql"] = 5432, ["freeciv"] = 5556, ["amqps"] = 5671, ["amqp"] = 5672, ["x11"] = 6000,
        ["x11-1"] = 6001, ["x11-2"] = 6002, ["x11-3"] = 6003, ["x11-4"] = 6004, ["x11-5"] = 6005,
        ["x11-6"] = 6006, ["x11-7"] = 6007, ["gnutella-svc"] = 6346, ["gnutella-rtr"] = 6347,
        ["redis"] = 6379, ["sge-qmaster"] = 6444, ["sge-execd"] = 6445, ["mysql-proxy"] = 6446,
        ["babel"] = 6696, ["ircs-u"] = 6697, ["bbs"] = 7000, ["afs3-fileserver"] = 7000,
        ["font-service"] = 7100, ["http-alt"] = 8080, ["puppet"] = 8140, ["bacula-dir"] = 9101,
        ["bacula-fd"] = 9102, ["bacula-sd"] = 9103, ["xmms2"] = 9667, ["nbd"] = 10809, ["zabbix-agent"] = 10050,
        ["zabbix-trapper"] = 10051, ["amanda"] = 10080, ["dicom"] = 11112, ["hkp"] = 11371,
        ["db-lsp"] = 17500, ["dcap"] = 22125, ["gsidcap"] = 22128, ["wnn6"] = 22273,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, int>> Local = new(LoadEtcServices);

    /// <summary>
    /// The TCP port for a service name, or null when unknown. Built-in names first, then <c>/etc/services</c>.
    /// </summary>
    public static int? Lookup(string name)
    {
        if (BuiltIn.TryGetValue(name, out int port)) return port;
        return Local.Value.TryGetValue(name, out port) ? port : null;
    }

    /// <summary>misc.c <c>a2port</c>: the port, or -1 (and 0 for "0", which callers reject).</summary>
    internal static int A2Port(string s, Catalog.Target target)
    {
        if (CNumbers.StrToNum(s, 0, 65535, out long port) is null) return (int)port;
        if (!target.Version.AtLeast(7, 9)) return -1;
        return Lookup(s) ?? -1;
    }

    private static FrozenDictionary<string, int> LoadEtcServices()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists("/etc/services")) return map.ToFrozenDictionary(StringComparer.Ordinal);
            foreach (var rawLine in File.ReadLines("/etc/services"))
            {
                string line = rawLine;
                int hash = line.IndexOf('#');
                if (hash >= 0) line = line[..hash];
                var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 2) continue;
                var pp = fields[1].Split('/');
                if (pp.Length != 2 || pp[1] != "tcp") continue;
                if (!int.TryParse(pp[0], NumberStyles.None, CultureInfo.InvariantCulture, out int port)) continue;
                map.TryAdd(fields[0], port);
                for (int i = 2; i < fields.Length; i++) map.TryAdd(fields[i], port);
            }
        }
        catch (IOException)
        {
            // An unreadable services file only means fewer names resolve.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
