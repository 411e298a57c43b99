// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;

namespace SshdLint.Parser.Catalog;

/// <summary>The seven sshd_config keywords that take an SSH algorithm list (semantics.md §9.1).</summary>
public enum AlgorithmListKind
{
    /// <summary><c>Ciphers</c>: validated with <c>ciphers_valid</c> ("Bad SSH2 cipher spec").</summary>
    Ciphers,
    /// <summary><c>MACs</c>: validated with <c>mac_valid</c> ("Bad SSH2 mac spec").</summary>
    Macs,
    /// <summary><c>KexAlgorithms</c>: validated with <c>kex_names_valid</c> ("Bad SSH2 KexAlgorithms").</summary>
    KexAlgorithms,
    /// <summary><c>HostKeyAlgorithms</c>: key/signature names with wildcards ("Bad key types").</summary>
    HostKeyAlgorithms,
    /// <summary><c>PubkeyAcceptedAlgorithms</c> (<c>PubkeyAcceptedKeyTypes</c> before 8.5).</summary>
    PubkeyAcceptedAlgorithms,
    /// <summary><c>HostbasedAcceptedAlgorithms</c> (<c>HostbasedAcceptedKeyTypes</c> before 8.5).</summary>
    HostbasedAcceptedAlgorithms,
    /// <summary><c>CASignatureAlgorithms</c> (7.9+): plain signature names only (certificates rejected since 9.4).</summary>
    CASignatureAlgorithms,
}

/// <summary>
/// The algorithm names each target sshd knows, in sshd's internal order, and its compiled-in server defaults.
/// </summary>
/// <remarks>
/// <para>
/// Data from semantics.md §9.2/§9.3/§10 and Appendix B. Two lists matter per keyword, as in servconf.c's
/// <c>assemble_algorithms</c>: the <em>supported</em> list ("all": <c>cipher_alg_list</c>, <c>mac_alg_list</c>,
/// <c>kex_alg_list</c>, <c>sshkey_alg_list</c>) that wildcards and explicit names are expanded against, and the
/// <em>default</em> list (<c>myproposal.h</c>). The order of the supported key list matters because an explicit
/// wildcard such as <c>HostKeyAlgorithms ssh-ed25519*</c> expands in that order; for 9.2+ it is the
/// <c>keyimpls[]</c> order of sshkey.c (verified against Debian 9.2p1 with <c>HostKeyAlgorithms *</c>), before
/// 9.2 the <c>keytypes[]</c> order.
/// </para>
/// <para>
/// Build assumptions (upstream default configure on Linux with OpenSSL): DES present, FIDO/sk key types
/// compiled in (8.2+), no XMSS, DSA until 9.7 (9.8 and 9.9 need <c>--enable-dsa-keys</c>, gone from 10.0),
/// sntrup/mlkem available where the release has them. The ML-DSA names (10.4+) are placed after the RSA names;
/// their position in <c>keyimpls[]</c> is a guess that only affects explicit wildcard expansion order.
/// </para>
/// </remarks>
public static class AlgorithmCatalog
{
    private static readonly ConcurrentDictionary<(AlgorithmListKind, Target), AlgorithmTable> Cache = new();

    /// <summary>Maps a keyword (canonical name or old alias, any case) to its list kind; null when it is not an algorithm list.</summary>
    public static AlgorithmListKind? KindFor(string keyword) => keyword.ToLowerInvariant() switch
    {
        "ciphers" => AlgorithmListKind.Ciphers,
        "macs" => AlgorithmListKind.Macs,
        "kexalgorithms" => AlgorithmListKind.KexAlgorithms,
        "hostkeyalgorithms" => AlgorithmListKind.HostKeyAlgorithms,
        "pubkeyacceptedalgorithms" or "pubkeyacceptedkeytypes" => AlgorithmListKind.PubkeyAcceptedAlgorithms,
        "hostbasedacceptedalgorithms" or "hostbasedacceptedkeytypes" => AlgorithmListKind.HostbasedAcceptedAlgorithms,
        "casignaturealgorithms" => AlgorithmListKind.CASignatureAlgorithms,
        _ => null,
    };

    /// <summary>
    /// Every name the target expands lists against, in sshd's internal order (the "all" list of
    /// <c>assemble_algorithms</c>). For CASignatureAlgorithms only plain (non-certificate) names.
    /// </summary>
    public static IReadOnlyList<string> Supported(AlgorithmListKind kind, Target target) => Table(kind, target).Supported;

    /// <summary>The target's compiled-in server default, as <c>sshd -T</c> prints it with no configuration.</summary>
    public static IReadOnlyList<string> Defaults(AlgorithmListKind kind, Target target) => Table(kind, target).Defaults;

    /// <summary>
    /// True when the target's parse-time validator accepts <paramref name="name"/> as one list element
    /// (exact, case-sensitive names; for key lists also wildcards and, before 9.9, key-type short names).
    /// </summary>
    /// <remarks>A name can be valid yet expand to nothing (short names, Debian's <c>gss-*</c> KEX names).</remarks>
    public static bool IsValidName(AlgorithmListKind kind, string name, Target target) =>
        Table(kind, target).IsValidElement(name);

    /// <summary>True when <paramref name="name"/> is in the target's supported list (exact match).</summary>
    public static bool IsSupported(AlgorithmListKind kind, string name, Target target) =>
        Table(kind, target).SupportedSet.Contains(name);

    /// <summary>The field name sshd uses in <c>assemble_algorithms: &lt;field&gt;: invalid argument</c>.</summary>
    public static string AssembleFieldName(AlgorithmListKind kind, Target target) => kind switch
    {
        AlgorithmListKind.Ciphers => "ciphers",
        AlgorithmListKind.Macs => "macs",
        AlgorithmListKind.KexAlgorithms => "kex_algorithms",
        AlgorithmListKind.HostKeyAlgorithms => "hostkeyalgorithms",
        // servconf.c renamed the fields with the 8.5 keyword rename.
        AlgorithmListKind.PubkeyAcceptedAlgorithms => target.Version.AtLeast(8, 5) ? "pubkey_accepted_algos" : "pubkey_key_types",
        AlgorithmListKind.HostbasedAcceptedAlgorithms => target.Version.AtLeast(8, 5) ? "hostbased_accepted_algos" : "hostbased_key_types",
        _ => "ca_sign_algorithms",
    };

    /// <summary>The message sshd prints when a name fails parse-time validation, e.g. <c>Bad SSH2 cipher spec 'x'.</c></summary>
    public static string BadSpecMessage(AlgorithmListKind kind, string argument) => kind switch
    {
        AlgorithmListKind.Ciphers => $"Bad SSH2 cipher spec '{argument}'.",
        AlgorithmListKind.Macs => $"Bad SSH2 mac spec '{argument}'.",
        AlgorithmListKind.KexAlgorithms => $"Bad SSH2 KexAlgorithms '{argument}'.",
        _ => $"Bad key types '{argument}'.",
    };

    /// <summary>True when the target accepts the list prefix (<c>+</c> 7.0, <c>-</c> 7.5, <c>^</c> 8.1).</summary>
    public static bool SupportsPrefix(char prefix, Target target) => prefix switch
    {
        '+' => true,
        '-' => target.Version.AtLeast(7, 5),
        '^' => target.Version.AtLeast(8, 1),
        _ => false,
    };

    internal static AlgorithmTable Table(AlgorithmListKind kind, Target target) =>
        Cache.GetOrAdd((kind, target), static key => AlgorithmTable.Build(key.Item1, key.Item2));

    /// <summary>One key implementation of sshkey.c: name, short name, certificate and signature-only flags.</summary>
    internal readonly record struct KeyImpl(string Name, string ShortName, bool IsCert, bool SigOnly);

    internal sealed class AlgorithmTable
    {
        private readonly HashSet<string> validOnly;
        private readonly HashSet<string> shortNames;
        private readonly IReadOnlyList<KeyImpl> keyImpls;
        private readonly bool isKeyList;
        private readonly bool plainOnly;
        private readonly bool debianGss;

        private AlgorithmTable(
            IReadOnlyList<string> supported, IReadOnlyList<string> defaults, IEnumerable<string> validOnly,
            IReadOnlyList<KeyImpl> keyImpls, bool isKeyList, bool plainOnly, bool shortNamesAccepted, bool debianGss)
        {
            Supported = supported;
            SupportedSet = new HashSet<string>(supported, StringComparer.Ordinal);
            Defaults = defaults;
            this.validOnly = new HashSet<string>(validOnly, StringComparer.Ordinal);
            this.keyImpls = keyImpls;
            this.isKeyList = isKeyList;
            this.plainOnly = plainOnly;
            this.debianGss = debianGss;
            shortNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (shortNamesAccepted)
            {
                foreach (var k in keyImpls)
                {
                    if (!k.IsCert && k.ShortName.Length > 0) shortNames.Add(k.ShortName);
                }
            }
        }

        public IReadOnlyList<string> Supported { get; }
        public HashSet<string> SupportedSet { get; }
        public IReadOnlyList<string> Defaults { get; }

        /// <summary>One element as the target's validator sees it (cipher_by_name, kex_alg_by_name, sshkey_names_valid2).</summary>
        public bool IsValidElement(string p)
        {
            if (!isKeyList)
            {
                if (SupportedSet.Contains(p) || validOnly.Contains(p)) return true;
                // Debian's GSSAPI key-exchange patch: kex_alg_by_name accepts any name that starts with a
                // gss-* method prefix (the suffix is the mechanism OID hash), so they pass validation but
                // are absent from kex_alg_list and expand to nothing (obs 9.2: assemble_algorithms fails).
                if (debianGss)
                {
                    foreach (var g in DebianGssKexPrefixes)
                    {
                        if (p.StartsWith(g, StringComparison.Ordinal)) return true;
                    }
                }
                return false;
            }

            // sshkey_type_from_name: exact name, or a short name of a plain key type (strcasecmp).
            foreach (var k in keyImpls)
            {
                if (string.Equals(k.Name, p, StringComparison.Ordinal))
                {
                    return !(plainOnly && k.IsCert);
                }
            }
            if (shortNames.Contains(p)) return true;

            // Wildcard fallback: accepted when any key name matches positively or negatively.
            foreach (var k in keyImpls)
            {
                if (k.Name.Length > 0 && AlgorithmAssembler.MatchPatternList(k.Name, p) != 0) return true;
            }
            return false;
        }

        public static AlgorithmTable Build(AlgorithmListKind kind, Target t)
        {
            var v = t.Version;
            bool debian = t.Vendor == Vendor.Debian;
            switch (kind)
            {
                case AlgorithmListKind.Ciphers:
                    return new AlgorithmTable(CipherNames(v), CipherDefaults(v), [], [], false, false, false, false);
                case AlgorithmListKind.Macs:
                    return new AlgorithmTable(MacNames(v), MacDefaults, [], [], false, false, false, false);
                case AlgorithmListKind.KexAlgorithms:
                    return new AlgorithmTable(KexNames(v, debian), KexDefaults(v, debian), [], [], false, false, false, debian);
                default:
                {
                    var impls = KeyImpls(v);
                    bool ca = kind == AlgorithmListKind.CASignatureAlgorithms;
                    var supported = new List<string>();
                    foreach (var k in impls)
                    {
                        if ((ca && k.IsCert) || k.Name.Length == 0) continue;
                        supported.Add(k.Name);
                    }
                    var defaults = ca ? CaDefaults(v) : KeyDefaults(v);
                    return new AlgorithmTable(supported, defaults, [], impls, true,
                        plainOnly: ca && v.AtLeast(9, 4),
                        shortNamesAccepted: !v.AtLeast(9, 9),
                        debianGss: false);
                }
            }
        }
    }

    // Debian 9.2p1's gss-* key exchange method prefixes (kex.h of the GSSAPI patch).
    private static readonly string[] DebianGssKexPrefixes =
    [
        "gss-gex-sha1-", "gss-group1-sha1-", "gss-group14-sha1-", "gss-group14-sha256-",
        "gss-group16-sha512-", "gss-nistp256-sha256-", "gss-curve25519-sha256-",
    ];

    private static string[] CipherNames(OpenSshVersion v)
    {
        // cipher.c ciphers[] order, SSH2 and non-internal entries only ("none" is never valid).
        var l = new List<string> { "3des-cbc" };
        if (!v.AtLeast(7, 6)) l.AddRange(["blowfish-cbc", "cast128-cbc", "arcfour", "arcfour128", "arcfour256"]);
        l.AddRange(["aes128-cbc", "aes192-cbc", "aes256-cbc"]);
        if (!v.AtLeast(8, 5)) l.Add("rijndael-cbc@lysator.liu.se");
        l.AddRange(["aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com"]);
        return [.. l];
    }

    private static string[] CipherDefaults(OpenSshVersion v) => v.AtLeast(10, 0)
        ? ["chacha20-poly1305@openssh.com", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr"]
        : ["chacha20-poly1305@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com"];

    private static string[] MacNames(OpenSshVersion v)
    {
        // mac.c macs[] order.
        var l = new List<string> { "hmac-sha1", "hmac-sha1-96", "hmac-sha2-256", "hmac-sha2-512", "hmac-md5", "hmac-md5-96" };
        if (!v.AtLeast(7, 6)) l.AddRange(["hmac-ripemd160", "hmac-ripemd160@openssh.com"]);
        l.AddRange(["umac-64@openssh.com", "umac-128@openssh.com",
            "hmac-sha1-etm@openssh.com", "hmac-sha1-96-etm@openssh.com", "hmac-sha2-256-etm@openssh.com",
            "hmac-sha2-512-etm@openssh.com", "hmac-md5-etm@openssh.com", "hmac-md5-96-etm@openssh.com"]);
        if (!v.AtLeast(7, 6)) l.Add("hmac-ripemd160-etm@openssh.com");
        l.AddRange(["umac-64-etm@openssh.com", "umac-128-etm@openssh.com"]);
        return [.. l];
    }

    private static readonly string[] MacDefaults =
    [
        "umac-64-etm@openssh.com", "umac-128-etm@openssh.com", "hmac-sha2-256-etm@openssh.com",
        "hmac-sha2-512-etm@openssh.com", "hmac-sha1-etm@openssh.com", "umac-64@openssh.com",
        "umac-128@openssh.com", "hmac-sha2-256", "hmac-sha2-512", "hmac-sha1",
    ];

    private static string[] KexNames(OpenSshVersion v, bool debian)
    {
        // kex.c kexalgs[] order.
        var l = new List<string> { "diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1" };
        if (v.AtLeast(7, 3)) l.AddRange(["diffie-hellman-group14-sha256", "diffie-hellman-group16-sha512", "diffie-hellman-group18-sha512"]);
        l.AddRange(["diffie-hellman-group-exchange-sha1", "diffie-hellman-group-exchange-sha256",
            "ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521"]);
        if (v.AtLeast(7, 4)) l.Add("curve25519-sha256");
        l.Add("curve25519-sha256@libssh.org");
        if (v.AtLeast(8, 0) && !v.AtLeast(8, 5)) l.Add("sntrup4591761x25519-sha512@tinyssh.org");
        if (v.AtLeast(8, 5)) l.Add("sntrup761x25519-sha512@openssh.com");
        // Debian 9.2p1 backports the unsuffixed sntrup name of 9.9 (semantics.md §10).
        if (v.AtLeast(9, 9) || (debian && v.AtLeast(9, 2))) l.Add("sntrup761x25519-sha512");
        if (v.AtLeast(9, 9)) l.Add("mlkem768x25519-sha256");
        if (v.AtLeast(10, 5)) l.Add("mlkem768nistp256-sha256");
        return [.. l];
    }

    private static string[] KexDefaults(OpenSshVersion v, bool debian)
    {
        const string Ecdh = "ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521";
        string s;
        if (v.AtLeast(10, 0))
            s = "mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh;
        else if (v.AtLeast(9, 9))
            s = "sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,mlkem768x25519-sha256,curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh +
                ",diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256";
        else if (v.AtLeast(9, 0))
            s = (debian && v.AtLeast(9, 2) ? "sntrup761x25519-sha512," : "") +
                "sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh +
                ",diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256";
        else if (v.AtLeast(8, 9))
            s = "curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh +
                ",sntrup761x25519-sha512@openssh.com,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256";
        else if (v.AtLeast(8, 2))
            s = "curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh +
                ",diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256";
        else if (v.AtLeast(7, 4))
            s = "curve25519-sha256,curve25519-sha256@libssh.org," + Ecdh +
                ",diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1";
        else if (v.AtLeast(7, 3))
            s = "curve25519-sha256@libssh.org," + Ecdh +
                ",diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1";
        else
            s = "curve25519-sha256@libssh.org," + Ecdh + ",diffie-hellman-group-exchange-sha256,diffie-hellman-group14-sha1";
        return s.Split(',');
    }

    private static KeyImpl[] KeyImpls(OpenSshVersion v)
    {
        bool sk = v.AtLeast(8, 2);
        bool dsa = !v.AtLeast(9, 8);
        var l = new List<KeyImpl>();
        if (v.AtLeast(9, 2))
        {
            // sshkey.c keyimpls[] (9.2+).
            l.Add(new("ssh-ed25519", "ED25519", false, false));
            l.Add(new("ssh-ed25519-cert-v01@openssh.com", "ED25519-CERT", true, false));
            l.Add(new("sk-ssh-ed25519@openssh.com", "ED25519-SK", false, false));
            l.Add(new("sk-ssh-ed25519-cert-v01@openssh.com", "ED25519-SK-CERT", true, false));
            l.Add(new("ecdsa-sha2-nistp256", "ECDSA", false, false));
            l.Add(new("ecdsa-sha2-nistp256-cert-v01@openssh.com", "ECDSA-CERT", true, false));
            l.Add(new("ecdsa-sha2-nistp384", "ECDSA", false, false));
            l.Add(new("ecdsa-sha2-nistp384-cert-v01@openssh.com", "ECDSA-CERT", true, false));
            l.Add(new("ecdsa-sha2-nistp521", "ECDSA", false, false));
            l.Add(new("ecdsa-sha2-nistp521-cert-v01@openssh.com", "ECDSA-CERT", true, false));
            l.Add(new("sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK", false, false));
            l.Add(new("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", "ECDSA-SK-CERT", true, false));
            l.Add(new("webauthn-sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK", false, true));
            if (v.AtLeast(10, 3)) l.Add(new("webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", "ECDSA-SK-CERT", true, true));
            if (dsa)
            {
                l.Add(new("ssh-dss", "DSA", false, false));
                l.Add(new("ssh-dss-cert-v01@openssh.com", "DSA-CERT", true, false));
            }
            l.Add(new("ssh-rsa", "RSA", false, false));
            l.Add(new("ssh-rsa-cert-v01@openssh.com", "RSA-CERT", true, false));
            l.Add(new("rsa-sha2-256", "RSA", false, true));
            l.Add(new("rsa-sha2-256-cert-v01@openssh.com", "RSA-CERT", true, true));
            l.Add(new("rsa-sha2-512", "RSA", false, true));
            l.Add(new("rsa-sha2-512-cert-v01@openssh.com", "RSA-CERT", true, true));
            if (v.AtLeast(10, 4))
            {
                l.Add(new("ssh-mldsa44-ed25519@openssh.com", "MLDSA44-ED25519", false, false));
                l.Add(new("ssh-mldsa44-ed25519-cert-v01@openssh.com", "MLDSA44-ED25519-CERT", true, false));
            }
            return [.. l];
        }

        // sshkey.c keytypes[] (before 9.2).
        l.Add(new("ssh-ed25519", "ED25519", false, false));
        l.Add(new("ssh-ed25519-cert-v01@openssh.com", "ED25519-CERT", true, false));
        if (sk)
        {
            l.Add(new("sk-ssh-ed25519@openssh.com", "ED25519-SK", false, false));
            l.Add(new("sk-ssh-ed25519-cert-v01@openssh.com", "ED25519-SK-CERT", true, false));
        }
        if (!v.AtLeast(7, 4)) l.Add(new("", "RSA1", false, false)); // SSH1 key type: a short name only
        l.Add(new("ssh-rsa", "RSA", false, false));
        if (v.AtLeast(7, 2))
        {
            l.Add(new("rsa-sha2-256", "RSA", false, true));
            l.Add(new("rsa-sha2-512", "RSA", false, true));
        }
        l.Add(new("ssh-dss", "DSA", false, false));
        l.Add(new("ecdsa-sha2-nistp256", "ECDSA", false, false));
        l.Add(new("ecdsa-sha2-nistp384", "ECDSA", false, false));
        l.Add(new("ecdsa-sha2-nistp521", "ECDSA", false, false));
        if (sk) l.Add(new("sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK", false, false));
        if (v.AtLeast(8, 4)) l.Add(new("webauthn-sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK", false, true));
        l.Add(new("ssh-rsa-cert-v01@openssh.com", "RSA-CERT", true, false));
        if (v.AtLeast(7, 8))
        {
            l.Add(new("rsa-sha2-256-cert-v01@openssh.com", "RSA-CERT", true, true));
            l.Add(new("rsa-sha2-512-cert-v01@openssh.com", "RSA-CERT", true, true));
        }
        l.Add(new("ssh-dss-cert-v01@openssh.com", "DSA-CERT", true, false));
        l.Add(new("ecdsa-sha2-nistp256-cert-v01@openssh.com", "ECDSA-CERT", true, false));
        l.Add(new("ecdsa-sha2-nistp384-cert-v01@openssh.com", "ECDSA-CERT", true, false));
        l.Add(new("ecdsa-sha2-nistp521-cert-v01@openssh.com", "ECDSA-CERT", true, false));
        if (sk) l.Add(new("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", "ECDSA-SK-CERT", true, false));
        return [.. l];
    }

    private static string[] KeyDefaults(OpenSshVersion v)
    {
        const string Ecdsa = "ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521";
        const string EcdsaCert = "ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com";
        string s;
        if (v.AtLeast(10, 3))
            s = "ssh-ed25519-cert-v01@openssh.com," + EcdsaCert + ",sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com," +
                "webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com," +
                "ssh-ed25519," + Ecdsa + ",sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256";
        else if (v.AtLeast(8, 8))
            s = "ssh-ed25519-cert-v01@openssh.com," + EcdsaCert + ",sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com," +
                "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com," +
                "ssh-ed25519," + Ecdsa + ",sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256";
        else if (v.AtLeast(8, 5))
            s = "ssh-ed25519-cert-v01@openssh.com," + EcdsaCert + ",sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com," +
                "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com," +
                "ssh-ed25519," + Ecdsa + ",sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
        else if (v.AtLeast(8, 2))
            s = EcdsaCert + ",sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com," +
                "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com," +
                Ecdsa + ",sk-ecdsa-sha2-nistp256@openssh.com,ssh-ed25519,sk-ssh-ed25519@openssh.com,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
        else if (v.AtLeast(7, 8))
            s = EcdsaCert + ",ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com," +
                Ecdsa + ",ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
        else if (v.AtLeast(7, 2))
            s = EcdsaCert + ",ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com," + Ecdsa + ",ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
        else
            s = EcdsaCert + ",ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com," + Ecdsa + ",ssh-ed25519,ssh-rsa";
        return s.Split(',');
    }

    private static string[] CaDefaults(OpenSshVersion v)
    {
        string s;
        if (v.AtLeast(10, 3))
            s = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256";
        else if (v.AtLeast(8, 5))
            s = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256";
        else if (v.AtLeast(8, 2))
            s = "ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ecdsa-sha2-nistp256@openssh.com,ssh-ed25519,sk-ssh-ed25519@openssh.com,rsa-sha2-512,rsa-sha2-256";
        else
            s = "ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
        return s.Split(',');
    }
}
