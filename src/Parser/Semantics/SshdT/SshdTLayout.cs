// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;
using System.Diagnostics;
using SshdLint.Parser.Catalog;
using static SshdLint.Parser.Semantics.SshdT.SshdTLineStyle;
using static SshdLint.Parser.Semantics.SshdT.SshdTPrintPolicy;

namespace SshdLint.Parser.Semantics.SshdT;

/// <summary>When <c>sshd -T</c> prints a keyword.</summary>
public enum SshdTPrintPolicy
{
    /// <summary>Printed on every dump: the configured value, or the compiled-in default when unset.</summary>
    Always,
    /// <summary>Printed only when a line sets it (AllowUsers, AcceptEnv, Subsystem, LogVerbose, …).</summary>
    WhenSet,
    /// <summary>A keyword the target knows but never prints (Include, Match, RDomain on Linux, …).</summary>
    Never,
}

/// <summary>How a keyword's value becomes output lines.</summary>
public enum SshdTLineStyle
{
    /// <summary>One <c>key value</c> line (the value may hold spaces: <c>authorizedkeysfile a b</c>, <c>ipqos af21 cs1</c>).</summary>
    SingleValue,
    /// <summary>One <c>key value</c> line per value, across every line that set it (Port, AllowUsers, AcceptEnv, SetEnv, Subsystem, …).</summary>
    LinePerValue,
    /// <summary>Computed by the writer from several keywords or a target-specific default (ListenAddress, HostKey).</summary>
    Special,
}

/// <summary>One keyword's place in the <c>sshd -T</c> output of one target.</summary>
/// <param name="Keyword">Canonical keyword name as the catalog spells it for the target (e.g. <c>MACs</c>, or <c>GssAuthentication</c> on 10.4).</param>
/// <param name="Key">The key exactly as the target prints it (<c>macs</c> up to 10.3, <c>Macs</c> on 10.4 and 10.5).</param>
/// <param name="Policy">When it is printed.</param>
/// <param name="Style">How values become lines.</param>
[DebuggerDisplay("{Key,nq} ({Policy}, {Style})")]
public sealed record SshdTEntry(string Keyword, string Key, SshdTPrintPolicy Policy, SshdTLineStyle Style)
{
    /// <summary>
    /// True when a value that prints as the single word <c>none</c> is left out: ChannelTimeout on 9.2 (an empty
    /// list, so nothing to print), AuthorizedKeysFile and RevokedKeys from 10.3.
    /// </summary>
    public bool OmitWhenNone { get; init; }
}

/// <summary>
/// The exact shape of <c>sshd -T</c> output for one <see cref="Target"/>: the order of the keys, their spelling,
/// which are always printed and how multi-valued keys are laid out. Measured on Debian 9.2p1; for other
/// releases derived from upstream 10.5p1's dump and the version history (see <c>docs/sshd-t-format.md</c>).
/// </summary>
/// <remarks>
/// Assumes the build the reference dumps came from: Linux with PAM and GSSAPI/Kerberos, without AFS, with
/// lastlog, without routing-domain support (so RDomain is never printed), sysconfdir <c>/etc/ssh</c>.
/// </remarks>
public sealed class SshdTLayout
{
    private static readonly ConcurrentDictionary<Target, SshdTLayout> Cache = new();
    private readonly Dictionary<string, SshdTEntry> _byKeyword;
    private readonly Dictionary<string, SshdTEntry> _byKey;

    private SshdTLayout(Target target, List<SshdTEntry> entries, IReadOnlyList<string> defaultHostKeys)
    {
        Target = target;
        Entries = entries;
        DefaultHostKeys = defaultHostKeys;
        _byKeyword = entries.ToDictionary(e => e.Keyword, StringComparer.OrdinalIgnoreCase);
        _byKey = entries.Where(e => e.Policy != Never).ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The target this layout describes.</summary>
    public Target Target { get; }

    /// <summary>Every keyword the dump knows about, in print order (<see cref="SshdTPrintPolicy.Never"/> entries last).</summary>
    public IReadOnlyList<SshdTEntry> Entries { get; }

    /// <summary>
    /// The <c>HostKey</c> lines printed when the configuration names no host key: sshd then adds its default
    /// key files, whether or not they exist.
    /// </summary>
    public IReadOnlyList<string> DefaultHostKeys { get; }

    /// <summary>True when this layout was measured on a real binary (Debian 9.2p1) rather than derived.</summary>
    public bool IsMeasured => Target.Vendor == Vendor.Debian && Target.Version.Major == 9 && Target.Version.Minor == 2;

    /// <summary>The entry for a canonical keyword (case-insensitive); null when the target's dump does not know it.</summary>
    public SshdTEntry? Find(string keyword) => _byKeyword.GetValueOrDefault(keyword);

    /// <summary>The entry for a printed key (case-insensitive), e.g. to read real <c>sshd -T</c> output back; null when unknown.</summary>
    public SshdTEntry? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The layout for <paramref name="target"/>; cached.</summary>
    public static SshdTLayout For(Target target) => Cache.GetOrAdd(target, Build);

    private static SshdTLayout Build(Target target)
    {
        var printed = new List<SshdTEntry>();
        var never = new List<SshdTEntry>();
        foreach (var row in Rows)
        {
            if (!row.AppliesTo(target)) continue;
            var entry = new SshdTEntry(row.Keyword, row.KeyFor(target.Version), row.Policy, row.Style) { OmitWhenNone = row.OmitWhenNone };
            (row.Policy == Never ? never : printed).Add(entry);
        }
        printed.AddRange(never);
        return new SshdTLayout(target, printed, DefaultHostKeysFor(target.Version));
    }

    private static IReadOnlyList<string> DefaultHostKeysFor(OpenSshVersion v)
    {
        // servconf.c fill_default_server_options: DSA left the default list in 7.7, ML-DSA joined in 10.4.
        var names = new List<string> { "rsa" };
        if (v < V(7, 7)) names.Add("dsa");
        names.AddRange(["ecdsa", "ed25519"]);
        if (v >= V(10, 4)) names.Add("mldsa44_ed25519");
        return names.Select(n => $"/etc/ssh/ssh_host_{n}_key").ToList();
    }

    private static OpenSshVersion V(int major, int minor) => new(major, minor);

    /// <summary>One row of the master table: a keyword at its dump position for a range of versions.</summary>
    private sealed record Row(string Keyword, SshdTLineStyle Style = SingleValue, SshdTPrintPolicy Policy = Always)
    {
        /// <summary>First release whose dump has this row; null: the whole covered range.</summary>
        public OpenSshVersion? Since { get; init; }

        /// <summary>First release whose dump no longer has it (exclusive); null: still there in 10.5.</summary>
        public OpenSshVersion? Until { get; init; }

        /// <summary>Only for this vendor's build; null for every build.</summary>
        public Vendor? VendorOnly { get; init; }

        /// <summary>Printed with a hand-written <c>printf</c> and so still lowercase in 10.4 (semantics.md §8).</summary>
        public bool HandPrinted { get; init; }

        /// <summary>The 10.5 key when it is not the canonical name (only <c>Macs</c>).</summary>
        public string? CamelKey { get; init; }

        public bool OmitWhenNone { get; init; }

        public bool AppliesTo(Target t) =>
            (Since is not { } s || t.Version >= s)
            && (Until is not { } u || t.Version < u)
            && (VendorOnly is not { } vendor || t.Vendor == vendor);

        public string KeyFor(OpenSshVersion v)
        {
            // ≤10.3 lookup_opcode_name() prints the lowercase table name; 10.4's table-driven dump uses
            // CamelCase except for the keys still printed by hand; 10.5 uses CamelCase throughout.
            if (v < V(10, 4) || (v < V(10, 5) && HandPrinted)) return Keyword.ToLowerInvariant();
            return CamelKey ?? Keyword;
        }
    }

    // Union of every covered release's dump, in print order. Order and policies for Debian 9.2p1 are measured
    // (docs/sshd-t-format.md); 10.5 follows semantics.md Appendix A; the version ranges follow versions.md and
    // semantics.md §8. Rows with the same keyword never overlap for one target.
    private static readonly Row[] Rows =
    [
        new("Port", LinePerValue) { HandPrinted = true },
        new("Protocol") { Until = V(7, 4) },
        new("AddressFamily"),
        new("ListenAddress", Special) { HandPrinted = true },
        new("UsePAM"),
        new("PAMServiceName") { Since = V(9, 8) },
        new("ServerKeyBits") { Until = V(7, 4) },
        new("LoginGraceTime"),
        new("KeyRegenerationInterval") { Until = V(7, 4) },
        new("X11DisplayOffset"),
        new("MaxAuthTries"),
        new("MaxSessions"),
        new("ClientAliveInterval"),
        new("ClientAliveCountMax"),
        new("RequiredRSASize") { Since = V(9, 1) },
        new("StreamLocalBindMask"),
        new("UnusedConnectionTimeout") { Since = V(9, 2) },
        new("PermitRootLogin"),
        new("IgnoreRhosts"),
        new("IgnoreUserKnownHosts"),
        new("RhostsRSAAuthentication") { Until = V(7, 4) },
        new("HostbasedAuthentication"),
        new("HostbasedUsesNameFromPacketOnly"),
        new("RSAAuthentication") { Until = V(7, 4) },
        new("PubkeyAuthentication"),
        new("KerberosAuthentication"),
        new("KerberosOrLocalPasswd"),
        new("KerberosTicketCleanup"),
        // 10.4 renamed the GSSAPI keywords by mistake (GssAuthentication, …); 10.5 restored them.
        new("GSSAPIAuthentication") { Until = V(10, 4) },
        new("GssAuthentication") { Since = V(10, 4), Until = V(10, 5) },
        new("GSSAPIAuthentication") { Since = V(10, 5) },
        new("GSSAPICleanupCredentials") { Until = V(10, 4) },
        new("GssCleanupCreds") { Since = V(10, 4), Until = V(10, 5) },
        new("GSSAPICleanupCredentials") { Since = V(10, 5) },
        new("GssDelegateCreds") { Since = V(10, 4), Until = V(10, 5) },
        new("GSSAPIDelegateCredentials") { Since = V(10, 3), Until = V(10, 4) },
        new("GSSAPIDelegateCredentials") { Since = V(10, 5) },
        new("GSSAPIKeyExchange") { VendorOnly = Vendor.Debian },
        // Debian prints the acceptor check in every release; upstream only from 10.1.
        new("GSSAPIStrictAcceptorCheck") { VendorOnly = Vendor.Debian },
        new("GSSAPIStrictAcceptorCheck") { VendorOnly = Vendor.Upstream, Since = V(10, 1), Until = V(10, 4) },
        new("GssStrictAcceptor") { VendorOnly = Vendor.Upstream, Since = V(10, 4), Until = V(10, 5) },
        new("GSSAPIStrictAcceptorCheck") { VendorOnly = Vendor.Upstream, Since = V(10, 5) },
        new("GSSAPIStoreCredentialsOnRekey") { VendorOnly = Vendor.Debian },
        new("GSSAPIKexAlgorithms") { VendorOnly = Vendor.Debian },
        new("PasswordAuthentication"),
        new("KbdInteractiveAuthentication"),
        new("ChallengeResponseAuthentication") { Until = V(8, 7) },
        new("PrintMotd"),
        new("PrintLastLog"),
        new("X11Forwarding"),
        new("X11UseLocalhost"),
        new("PermitTTY"),
        new("PermitUserRC"),
        new("StrictModes"),
        new("TCPKeepAlive"),
        new("PermitEmptyPasswords"),
        new("PermitUserEnvironment") { Until = V(7, 8) },
        new("UseLogin") { Until = V(7, 4) },
        new("Compression"),
        new("GatewayPorts"),
        new("UseDNS"),
        new("AllowTcpForwarding"),
        new("AllowAgentForwarding"),
        new("DisableForwarding") { Since = V(7, 4) },
        new("AllowStreamLocalForwarding"),
        new("StreamLocalBindUnlink"),
        new("UsePrivilegeSeparation") { Until = V(7, 5) },
        new("FingerprintHash"),
        new("ExposeAuthInfo") { Since = V(7, 6) },
        new("RefuseConnection") { Since = V(9, 9) },
        new("PidFile"),
        new("ModuliFile") { Since = V(8, 6) },
        new("XAuthLocation"),
        new("Ciphers"),
        new("MACs") { CamelKey = "Macs" },
        new("Banner"),
        new("ForceCommand"),
        new("ChrootDirectory"),
        new("TrustedUserCAKeys"),
        new("RevokedKeys") { Until = V(10, 3) },
        new("RevokedKeys", Policy: WhenSet) { Since = V(10, 3), OmitWhenNone = true },
        new("SecurityKeyProvider") { Since = V(8, 2) },
        new("AuthorizedPrincipalsFile"),
        new("VersionAddendum"),
        new("AuthorizedKeysCommand"),
        new("AuthorizedKeysCommandUser"),
        new("AuthorizedPrincipalsCommand"),
        new("AuthorizedPrincipalsCommandUser"),
        new("HostKeyAgent"),
        new("KexAlgorithms"),
        new("CASignatureAlgorithms") { Since = V(7, 9) },
        new("HostbasedAcceptedKeyTypes") { Until = V(8, 5) },
        new("HostbasedAcceptedAlgorithms") { Since = V(8, 5) },
        new("HostKeyAlgorithms"),
        new("PubkeyAcceptedKeyTypes") { Until = V(8, 5) },
        new("PubkeyAcceptedAlgorithms") { Since = V(8, 5) },
        new("SshdSessionPath") { Since = V(9, 8) },
        new("SshdAuthPath") { Since = V(10, 0) },
        new("PerSourcePenaltyExemptList") { Since = V(9, 8) },
        new("LogLevel"),
        new("SyslogFacility"),
        new("AuthorizedKeysFile") { Until = V(10, 3) },
        new("AuthorizedKeysFile") { Since = V(10, 3), OmitWhenNone = true },
        new("HostKey", Special),
        new("HostCertificate", LinePerValue, WhenSet),
        new("AllowUsers", LinePerValue, WhenSet),
        new("DenyUsers", LinePerValue, WhenSet),
        new("AllowGroups", LinePerValue, WhenSet),
        new("DenyGroups", LinePerValue, WhenSet),
        new("AcceptEnv", LinePerValue, WhenSet),
        new("SetEnv", LinePerValue, WhenSet) { Since = V(7, 8) },
        new("AuthenticationMethods"),
        new("LogVerbose", Policy: WhenSet) { Since = V(8, 5) },
        // 9.2 prints ChannelTimeout only for a non-empty list (measured); 10.4/10.5 print "none" when unset.
        // The release in between that changed it is not pinned down; 9.3 is assumed (docs/sshd-t-format.md).
        new("ChannelTimeout", Policy: WhenSet) { Since = V(9, 2), Until = V(9, 3), OmitWhenNone = true },
        new("ChannelTimeout") { Since = V(9, 3) },
        new("Subsystem", LinePerValue, WhenSet) { HandPrinted = true },
        new("MaxStartups") { HandPrinted = true },
        new("PerSourceMaxStartups") { Since = V(8, 5), HandPrinted = true },
        new("PerSourceNetBlockSize") { Since = V(8, 5), HandPrinted = true },
        new("PermitTunnel"),
        new("IPQoS") { HandPrinted = true },
        new("RekeyLimit") { HandPrinted = true },
        new("PermitOpen") { Since = V(7, 6), HandPrinted = true },
        new("PermitListen") { Since = V(7, 8), HandPrinted = true },
        new("PermitUserEnvironment") { Since = V(7, 8) },
        new("PubkeyAuthOptions") { Since = V(8, 2), HandPrinted = true },
        new("PerSourcePenalties") { Since = V(9, 8), HandPrinted = true },

        // Known to the parser, never printed by the dump.
        new("Include", Policy: Never) { Since = V(8, 2) },
        new("Match", Policy: Never),
        new("RDomain", Policy: Never) { Since = V(7, 7) },
        new("KerberosGetAFSToken", Policy: Never),
        new("GSSAPIStrictAcceptorCheck", Policy: Never) { VendorOnly = Vendor.Upstream, Until = V(10, 1) },
        new("DebianBanner", Policy: Never) { VendorOnly = Vendor.Debian },
    ];
}
