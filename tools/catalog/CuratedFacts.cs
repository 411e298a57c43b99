// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Tools.Catalog;

/// <summary>
/// Facts the generator cannot read mechanically from the reference keyword table: values the reference
/// gives as prose, ranges it only states in semantics.md or versions.md, and Debian's build.
/// </summary>
/// <remarks>
/// Every entry says where it comes from. "§n" means <c>shared/reference/openssh/semantics.md</c> §n;
/// "versions.md" the release table beside it. When the reference changes, the generator fails loudly
/// on anything it cannot place (an unknown <c>multi_value</c> or <c>printed</c> text, a prose default
/// without an entry here), so these tables are the only place that needs a human decision.
/// </remarks>
internal static class CuratedFacts
{
    /// <summary>Build features of the sshd builds the catalog describes (the Appendix A build of §Appendix A: PAM + Kerberos/GSSAPI).</summary>
    /// <remarks>
    /// Neither build has AFS (§10: Debian answers KerberosGetAFSToken with "Unsupported option"; Appendix A
    /// prints no kerberosgetafstoken line). Both have lastlog (printlastlog is printed) and zlib.
    /// </remarks>
    public static readonly IReadOnlyDictionary<Vendor, string[]> BuildFeatures = new Dictionary<Vendor, string[]>
    {
        [Vendor.Upstream] = ["PAM", "KRB5", "GSSAPI", "lastlog", "zlib"],
        [Vendor.Debian] = ["PAM", "KRB5", "GSSAPI", "lastlog", "zlib"],
    };

    /// <summary>Keywords that take the raw rest of the line instead of tokens (§2.2), in every covered release.</summary>
    public static readonly string[] RestOfLine = ["ForceCommand", "AuthorizedKeysCommand", "AuthorizedPrincipalsCommand", "VersionAddendum"];

    /// <summary>
    /// Keys that 10.4p1's <c>sshd -T</c> still printed in lower case because their dump code was
    /// hand-written, while table-driven keys became CamelCase (§8, observed on 10.4p1).
    /// </summary>
    public static readonly string[] HandPrintedLowercaseIn104 =
    [
        "port", "listenaddress", "subsystem", "maxstartups", "persourcemaxstartups", "persourcenetblocksize",
        "ipqos", "rekeylimit", "permitopen", "permitlisten", "pubkeyauthoptions", "persourcepenalties",
    ];

    /// <summary>
    /// How the reference's <c>multi_value</c> sentences map onto <see cref="Precedence"/> by version (§4).
    /// An unknown sentence stops the generator.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string From, Precedence Value)[]> PrecedenceBySentence =
        new Dictionary<string, (string, Precedence)[]>
        {
            ["first wins"] = [("7.0", Precedence.FirstWins)],
            ["first wins (\"none\" in Match clears a global value)"] = [("7.0", Precedence.FirstWins)],
            ["first wins (Match value overrides; \"none\" in Match clears a global value)"] = [("7.0", Precedence.FirstWins)],
            ["first wins (Match block value overrides global)"] = [("7.0", Precedence.FirstWins)],
            ["first line wins (whole list)"] = [("7.0", Precedence.FirstLineWins)],
            ["first line wins (whole argument list)"] = [("7.0", Precedence.FirstLineWins)],
            ["first line wins"] = [("7.0", Precedence.FirstLineWins)],
            ["first wins; since 10.3 several files on one line, first line wins"] =
                [("7.0", Precedence.FirstWins), ("10.3", Precedence.FirstLineWins)],
            ["first wins, independently for the size and the interval parts"] = [("7.0", Precedence.PerComponent)],
            ["per sub-key first wins (each key:value is set only if not already set); yes/no must appear alone"] =
                [("7.0", Precedence.PerComponent)],
            ["accumulates"] = [("7.0", Precedence.Accumulates)],
            ["accumulates (as AllowUsers)"] = [("7.0", Precedence.Accumulates)],
            ["accumulates (same as HostKey)"] = [("7.0", Precedence.Accumulates)],
            ["accumulates across lines; a matching Match block list replaces the global list"] = [("7.0", Precedence.Accumulates)],
            ["accumulates (each line adds a port; duplicates are kept); -p on the command line replaces all Port lines"] =
                [("7.0", Precedence.Accumulates)],
            ["accumulates by name; a repeated name keeps the first (fatal \"already defined\" before 9.5, silently ignored with a debug message since 9.5); Subsystem lines in a matching Match block replace the global set (observed with 10.5p1 -T)"] =
                [("7.0", Precedence.AccumulatesByName)],
            ["last wins (no first-wins guard; verified 9.2p1 and 10.5p1)"] = [("7.0", Precedence.LastWins)],
            ["last wins up to 10.0 (verified 9.2p1); first wins from 10.1"] =
                [("7.0", Precedence.LastWins), ("10.1", Precedence.FirstWins)],
            ["last wins up to 10.2 (verified 9.2p1); first wins from 10.3"] =
                [("7.0", Precedence.LastWins), ("10.3", Precedence.FirstWins)],
            ["last wins in 8.5-9.4 (verified 9.2p1); first wins from 9.5"] =
                [("7.0", Precedence.LastWins), ("9.5", Precedence.FirstWins)],
            ["since 9.1: first SetEnv line wins and duplicate names within it keep the first; 7.8-9.0: lines accumulated and a reused name took the last value"] =
                [("7.0", Precedence.Accumulates), ("9.1", Precedence.FirstLineWins)],
            // Legacy keywords: "n/a" in the reference because they are ignored now; while they were
            // active (Protocol, ServerKeyBits, … up to 7.3) they were ordinary first-wins options.
            // The catalog reports NotApplicable whenever the status is not active.
            ["n/a"] = [("7.0", Precedence.FirstWins)],
            ["each argument/glob processed in place"] = [("7.0", Precedence.NotApplicable)],
            ["starts a conditional block that ends at the next Match or end of file"] = [("7.0", Precedence.NotApplicable)],
        };

    /// <summary>Per-keyword precedence that overrides the sentence mapping.</summary>
    public static readonly IReadOnlyDictionary<string, (string From, Precedence Value)[]> PrecedenceOverrides =
        new Dictionary<string, (string, Precedence)[]>(StringComparer.Ordinal)
        {
            // keywords.json says "first wins"; §4 lists PubkeyAuthOptions with the keywords whose first
            // line is kept as a whole (the flags of a later line are not merged), observed on 9.2p1.
            ["PubkeyAuthOptions"] = [("8.2", Precedence.FirstLineWins)],
        };

    /// <summary>
    /// How the reference's <c>sshd_T.printed</c> sentences map onto printing ranges ("always", "set",
    /// "never"). Sentences with version ranges are parsed by the generator; the rest must be here or in
    /// <see cref="PrintedOverrides"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PrintedBySentence = new Dictionary<string, string>
    {
        ["always"] = "always",
        ["always, when built with KRB5"] = "always",
        ["always, when built with GSSAPI"] = "always",
        ["always, when built with PAM"] = "always",
        ["always, when built with lastlog"] = "always",
        ["only when set"] = "set",
        ["never"] = "never",
        ["never under this name (the target keyword is printed)"] = "never",
    };

    /// <summary>Printing ranges the generator cannot derive from the reference sentence.</summary>
    public static readonly IReadOnlyDictionary<string, (string From, string Value)[]> PrintedOverrides =
        new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)
        {
            // Debian 9.2p1 prints channeltimeout only when set (observed: an empty config has no line); the
            // "channeltimeout none" line for the unset list came with servconf.c 1.392 (OpenSSH 9.3).
            ["ChannelTimeout"] = [("9.2", "set"), ("9.3", "always")],
            // versions.md 7.6: "-T prints permitopen"; earlier dump_config had no PermitOpen line.
            ["PermitOpen"] = [("7.0", "never"), ("7.6", "always")],
            // §8: RevokedKeys printed as "revokedkeys none" up to 10.2, only when set from 10.3.
            ["RevokedKeys"] = [("7.0", "always"), ("10.3", "set")],
            // §8: upstream prints GSSAPIStrictAcceptorCheck only since 10.1 (Debian: see DebianPrinted).
            ["GSSAPIStrictAcceptorCheck"] = [("7.0", "never"), ("10.1", "always")],
            // §8: challengeresponseauthentication printed until 8.6; from 8.7 it is an alias.
            ["ChallengeResponseAuthentication"] = [("7.0", "always"), ("8.7", "never")],
            // Printed only by builds with AFS; neither catalogued build has AFS, so the status is
            // Unsupported and nothing is printed. "always" describes an AFS build.
            ["KerberosGetAFSToken"] = [("7.0", "always")],
            // §8: RDomain printed only on platforms with routing domains; the catalogued builds are
            // Linux builds (Appendix A, Debian), where -T has no rdomain line.
            ["RDomain"] = [("7.7", "never")],
            // keywords.json: "10.4p1 only, under this spelling".
            ["GssAuthentication"] = [("10.4", "always"), ("10.5", "never")],
            ["GssCleanupCreds"] = [("10.4", "always"), ("10.5", "never")],
            ["GssDelegateCreds"] = [("10.4", "always"), ("10.5", "never")],
            ["GssStrictAcceptor"] = [("10.4", "always"), ("10.5", "never")],
        };

    /// <summary>
    /// Defaults (as <c>sshd -T</c> prints them, one array entry per output line) where the reference
    /// gives prose, a build-dependent path, or no value for a release in which the key was printed.
    /// </summary>
    /// <remarks>
    /// Build-dependent directories stay as the placeholders Appendix A uses: <c>&lt;sysconfdir&gt;</c>,
    /// <c>&lt;piddir&gt;</c>, <c>&lt;libexecdir&gt;</c>. Debian's concrete paths come from
    /// <see cref="DebianPaths"/>.
    /// </remarks>
    public static readonly IReadOnlyDictionary<string, (string From, string[]? Lines)[]> DefaultOverrides =
        new Dictionary<string, (string, string[]?)[]>(StringComparer.Ordinal)
        {
            // default_history "all": 3 (only the meaning of 0 changed in 8.2).
            ["ClientAliveCountMax"] = [("7.0", ["3"])],
            // default_history: 7.0-7.3 printed "delayed"; 7.4+ "yes" (versions.md 7.4).
            ["Compression"] = [("7.0", ["delayed"]), ("7.4", ["yes"])],
            // default_history: effectively "no" before 7.5, "yes" since (printing gated, see PrintedOverrides).
            ["GSSAPIStrictAcceptorCheck"] = [("7.0", ["no"]), ("7.5", ["yes"])],
            // default_history: forced on by ChallengeResponseAuthentication before 8.7; -T showed yes.
            ["KbdInteractiveAuthentication"] = [("7.0", ["yes"])],
            // default_history: prohibit-password printed as "without-password" up to 10.0 (versions.md 10.1).
            ["PermitRootLogin"] = [("7.0", ["without-password"]), ("10.1", ["prohibit-password"])],
            // default_history + Appendix A. 9.8: grace-exceeded 20; 9.9 adds refuseconnection and
            // lowers grace-exceeded to 10 (versions.md 9.9); 10.3 adds invaliduser and prints %f (§8).
            ["PerSourcePenalties"] =
            [
                ("9.8", ["crash:90 authfail:5 noauth:1 grace-exceeded:20 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive"]),
                ("9.9", ["crash:90 authfail:5 noauth:1 grace-exceeded:10 refuseconnection:10 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive"]),
                ("10.3", ["crash:90.000000 authfail:5.000000 noauth:1.000000 invaliduser:5.000000 grace-exceeded:10.000000 refuseconnection:10.000000 max:600.000000 min:15.000000 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive"]),
            ],
            // default_history: "none" (printed as such until 10.2; not printed from 10.3, see PrintedOverrides).
            ["RevokedKeys"] = [("7.0", ["none"])],
            // Printed "no" only by AFS builds.
            ["KerberosGetAFSToken"] = [("7.0", ["no"])],
            ["RDomain"] = [("7.7", ["none"])],
            // default_history: 7.0-7.6 rsa, dsa, ecdsa, ed25519; 7.7-10.3 without dsa; 10.4+ adds
            // mldsa44_ed25519 (Appendix A). fill_default_server_options adds them in this order.
            ["HostKey"] =
            [
                ("7.0", ["<sysconfdir>/ssh_host_rsa_key", "<sysconfdir>/ssh_host_dsa_key", "<sysconfdir>/ssh_host_ecdsa_key", "<sysconfdir>/ssh_host_ed25519_key"]),
                ("7.7", ["<sysconfdir>/ssh_host_rsa_key", "<sysconfdir>/ssh_host_ecdsa_key", "<sysconfdir>/ssh_host_ed25519_key"]),
                ("10.4", ["<sysconfdir>/ssh_host_rsa_key", "<sysconfdir>/ssh_host_ecdsa_key", "<sysconfdir>/ssh_host_ed25519_key", "<sysconfdir>/ssh_host_mldsa44_ed25519_key"]),
            ],
            // Appendix A placeholders.
            ["PidFile"] = [("7.0", ["<piddir>/sshd.pid"])],
            ["ModuliFile"] = [("8.6", ["<sysconfdir>/moduli"])],
            ["SshdAuthPath"] = [("10.0", ["<libexecdir>/sshd-auth"])],
            ["SshdSessionPath"] = [("9.8", ["<libexecdir>/sshd-session"])],
            ["XAuthLocation"] = [("7.0", ["/usr/bin/xauth"])],
            // Keywords printed up to 7.3 (§8 "Removed keys"); the reference gives no value, these are the
            // compiled-in defaults of fill_default_server_options in 7.0-7.3 (servconf.c): protocol 2 only,
            // 1024-bit server key regenerated hourly, RSAAuthentication on, RhostsRSA and UseLogin off.
            ["Protocol"] = [("7.0", ["2"])],
            ["ServerKeyBits"] = [("7.0", ["1024"])],
            ["KeyRegenerationInterval"] = [("7.0", ["3600"])],
            ["RSAAuthentication"] = [("7.0", ["yes"])],
            ["RhostsRSAAuthentication"] = [("7.0", ["no"])],
            ["UseLogin"] = [("7.0", ["no"])],
            // keywords.json notes: 7.0-7.1 "yes", 7.2-7.4 "sandbox" (versions.md 7.2).
            ["UsePrivilegeSeparation"] = [("7.0", ["yes"]), ("7.2", ["sandbox"])],
            // keywords.json notes: a separate flag, default yes, printed until 8.6.
            ["ChallengeResponseAuthentication"] = [("7.0", ["yes"])],
            // The 10.4-only spellings set the same options as the GSSAPI* keywords, whose defaults are the
            // same in 10.3 and 10.5 (Appendix A): GSSAPIAuthentication no, the other three yes.
            ["GssAuthentication"] = [("10.4", ["no"])],
            ["GssCleanupCreds"] = [("10.4", ["yes"])],
            ["GssDelegateCreds"] = [("10.4", ["yes"])],
            ["GssStrictAcceptor"] = [("10.4", ["yes"])],
        };

    /// <summary>
    /// Names printed before a rename take the default history of their successor for the releases
    /// before the rename (the reference keeps one history per list, starting at 7.0).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultsFromSuccessor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PubkeyAcceptedKeyTypes"] = "PubkeyAcceptedAlgorithms",
        ["HostbasedAcceptedKeyTypes"] = "HostbasedAcceptedAlgorithms",
    };

    /// <summary>Argument grammar overrides: the reference only describes the newest behaviour.</summary>
    public static readonly IReadOnlyDictionary<string, (ArgumentKind Kind, string[] Values)> ArgumentOverrides =
        new Dictionary<string, (ArgumentKind, string[])>(StringComparer.Ordinal)
        {
            // keywords.json syntax "(7.0-7.3: Protocol 2 | 1 | 2,1 | 1,2)": a real enum while it was parsed;
            // the catalog reports Ignored from 7.4 because the status is then "ignored".
            ["Protocol"] = (ArgumentKind.Enum, ["2", "1", "2,1", "1,2"]),
        };

    /// <summary>Enum words that appeared later than the keyword itself (keywords.json notes).</summary>
    public static readonly IReadOnlyDictionary<string, (string Value, string Since)[]> ValuesSince =
        new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)
        {
            ["IPQoS"] = [("none", "7.6"), ("le", "8.2"), ("va", "10.3")],
            ["IgnoreRhosts"] = [("shosts-only", "8.3")],
            ["PubkeyAuthOptions"] = [("verify-required", "8.4")],
        };

    /// <summary>Concrete directories of Debian's build, replacing Appendix A's placeholders (observed with Debian 9.2p1 -T).</summary>
    public static readonly IReadOnlyDictionary<string, string> DebianPaths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["<sysconfdir>"] = "/etc/ssh",
        ["<piddir>"] = "/run",
        ["<libexecdir>"] = "/usr/lib/openssh",
    };

    /// <summary>Debian defaults that differ from upstream beyond the path placeholders (§10, Appendix B).</summary>
    /// <remarks><c>Until</c> is the first release the override no longer covers (null: open-ended).</remarks>
    public static readonly IReadOnlyDictionary<string, (string From, string? Until, string[]? Lines)[]> DebianDefaultOverrides =
        new Dictionary<string, (string, string?, string[]?)[]>(StringComparer.Ordinal)
        {
            // §10: Debian patches the IPQoS default back to "lowdelay throughput" (upstream 9.2: af21 cs1).
            // Observed on 9.2; applied to every Debian release (the Debian vendor applies to any version).
            ["IPQoS"] = [("7.0", null, ["lowdelay throughput"])],
            // Appendix B: Debian 9.2p1 backports sntrup761x25519-sha512 (no suffix) and lists it first.
            // Only 9.2 is known, so only 9.2 differs; other releases keep the upstream list.
            ["KexAlgorithms"] =
            [
                ("9.2", "9.3", ["sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256"]),
            ],
        };

    /// <summary>Debian printing that differs from upstream.</summary>
    public static readonly IReadOnlyDictionary<string, (string From, string Value)[]> DebianPrinted =
        new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)
        {
            // §10: Debian's GSSAPI patch prints gssapistrictacceptorcheck (upstream only from 10.1).
            ["GSSAPIStrictAcceptorCheck"] = [("7.0", "always")],
        };

    /// <summary>A keyword that only a vendor build knows (Debian's patches, §10).</summary>
    public sealed record VendorKeyword(
        string Name,
        Vendor Vendor,
        ArgumentKind Kind,
        string[] Values,
        string? Syntax,
        bool AllowedInMatch,
        string Printed,
        string[]? Default,
        string[] Notes);

    /// <summary>
    /// Debian-only keywords, checked against Debian 9.2p1: all four are global-only ("not allowed within a
    /// Match block"), first value wins, and -T prints all but DebianBanner.
    /// </summary>
    public static readonly VendorKeyword[] VendorKeywords =
    [
        new("DebianBanner", Vendor.Debian, ArgumentKind.Flag, ["yes", "no"], null, false, "never", null,
            ["Debian only (debian-banner patch): accepted but not printed by sshd -T."]),
        new("GSSAPIKexAlgorithms", Vendor.Debian, ArgumentKind.GssKexList, [], "GSSAPIKexAlgorithms gss-name-prefix[,...]", false, "always",
            ["gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-"],
            ["Debian only (GSSAPI key-exchange patch).", "Unknown names are fatal (\"Bad GSSAPI KexAlgorithms '<v>'.\"); no +/-/^ prefixes (obs 9.2p1)."]),
        new("GSSAPIKeyExchange", Vendor.Debian, ArgumentKind.Flag, ["yes", "no"], null, false, "always", ["no"],
            ["Debian only (GSSAPI key-exchange patch)."]),
        new("GSSAPIStoreCredentialsOnRekey", Vendor.Debian, ArgumentKind.Flag, ["yes", "no"], null, false, "always", ["no"],
            ["Debian only (GSSAPI key-exchange patch)."]),
    ];
}
