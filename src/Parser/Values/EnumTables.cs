// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Frozen;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>
/// sshd's per-keyword value tables (servconf.c <c>multistate_*</c>, log.c level/facility names, digest.c names,
/// <c>tunmode_desc</c>) with the canonical word each accepted spelling means and the word <c>sshd -T</c> prints.
/// </summary>
/// <remarks>
/// These tables, not <see cref="KeywordDefinition.AllowedValues"/>, decide acceptance for the keywords they know,
/// because sshd's behaviour needs more than a word list: synonyms (<c>all</c> = <c>yes</c>), case rules
/// (PermitTunnel is matched with <c>strcmp</c>), digests the man page omits (FingerprintHash accepts sha1, sha384,
/// sha512) and version changes (shosts-only 8.3, Compression before 7.4). AllowedValues is used for enum keywords
/// not listed here.
/// </remarks>
internal static class EnumTables
{
    /// <summary>A table: accepted spellings (lower case) mapped to canonical words, and how matching works.</summary>
    internal sealed record Table(FrozenDictionary<string, string> Map, bool CaseSensitive);

    private static Table Make(bool caseSensitive, params (string Spelling, string Canonical)[] entries) =>
        new(entries.ToFrozenDictionary(e => e.Spelling, e => e.Canonical,
            caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase), caseSensitive);

    private static readonly Table AddressFamily = Make(false, ("any", "any"), ("inet", "inet"), ("inet6", "inet6"));

    private static readonly Table PermitRootLogin = Make(false,
        ("without-password", "prohibit-password"), ("prohibit-password", "prohibit-password"),
        ("forced-commands-only", "forced-commands-only"), ("yes", "yes"), ("no", "no"));

    // 7.4+: pre-authentication compression is gone and yes means delayed (multistate_compression).
    private static readonly Table Compression = Make(false, ("yes", "yes"), ("delayed", "yes"), ("no", "no"));

    // Before 7.4: yes = zlib from the start, delayed = after authentication.
    private static readonly Table CompressionOld = Make(false, ("yes", "yes"), ("delayed", "delayed"), ("no", "no"));

    private static readonly Table GatewayPorts = Make(false, ("clientspecified", "clientspecified"), ("yes", "yes"), ("no", "no"));

    private static readonly Table Forwarding = Make(false,
        ("yes", "yes"), ("all", "yes"), ("no", "no"), ("local", "local"), ("remote", "remote"));

    private static readonly Table IgnoreRhosts = Make(false, ("yes", "yes"), ("no", "no"), ("shosts-only", "shosts-only"));

    private static readonly Table PermitTunnel = Make(true,
        ("no", "no"), ("point-to-point", "point-to-point"), ("ethernet", "ethernet"), ("yes", "yes"));

    // log.c log_levels[]: DEBUG and DEBUG1 are the same level and -T prints the first name, DEBUG.
    private static readonly Table LogLevel = Make(false,
        ("QUIET", "QUIET"), ("FATAL", "FATAL"), ("ERROR", "ERROR"), ("INFO", "INFO"), ("VERBOSE", "VERBOSE"),
        ("DEBUG", "DEBUG"), ("DEBUG1", "DEBUG"), ("DEBUG2", "DEBUG2"), ("DEBUG3", "DEBUG3"));

    private static readonly Table SyslogFacility = Make(false,
        ("DAEMON", "DAEMON"), ("USER", "USER"), ("AUTH", "AUTH"), ("AUTHPRIV", "AUTHPRIV"),
        ("LOCAL0", "LOCAL0"), ("LOCAL1", "LOCAL1"), ("LOCAL2", "LOCAL2"), ("LOCAL3", "LOCAL3"),
        ("LOCAL4", "LOCAL4"), ("LOCAL5", "LOCAL5"), ("LOCAL6", "LOCAL6"), ("LOCAL7", "LOCAL7"));

    // digest.c ssh_digest_alg_by_name accepts every digest, not only the documented md5/sha256 (obs 9.2).
    private static readonly Table FingerprintHash = Make(false,
        ("MD5", "MD5"), ("SHA1", "SHA1"), ("SHA256", "SHA256"), ("SHA384", "SHA384"), ("SHA512", "SHA512"));

    // multistate_privsep (7.0–7.4; deprecated from 7.5).
    private static readonly Table UsePrivilegeSeparation = Make(false, ("yes", "yes"), ("sandbox", "sandbox"), ("no", "no"));

    /// <summary>The table sshd uses for <paramref name="keyword"/> on <paramref name="target"/>; null when we have none.</summary>
    public static Table? For(string keyword, Target target) => keyword.ToLowerInvariant() switch
    {
        "addressfamily" => AddressFamily,
        "permitrootlogin" => PermitRootLogin,
        "compression" => target.Version.AtLeast(7, 4) ? Compression : CompressionOld,
        "gatewayports" => GatewayPorts,
        "allowtcpforwarding" or "allowstreamlocalforwarding" => Forwarding,
        "ignorerhosts" => target.Version.AtLeast(8, 3) ? IgnoreRhosts : null,
        "permittunnel" => PermitTunnel,
        "loglevel" => LogLevel,
        "syslogfacility" => SyslogFacility,
        "fingerprinthash" => FingerprintHash,
        "useprivilegeseparation" => UsePrivilegeSeparation,
        _ => null,
    };

    /// <summary>The word <c>sshd -T</c> of <paramref name="target"/> prints for the canonical <paramref name="value"/>.</summary>
    public static string Print(string keyword, string value, Target target)
    {
        // servconf.c multistate_permitrootlogin lists without-password first until 10.1, so fmt_multistate_int
        // printed that synonym (obs 9.2: "permitrootlogin without-password").
        if (value == "prohibit-password" && string.Equals(keyword, "PermitRootLogin", StringComparison.OrdinalIgnoreCase)
            && !target.Version.AtLeast(10, 1))
        {
            return "without-password";
        }
        return value;
    }
}
