// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Tests.Values;

/// <summary>
/// Keyword definitions for the value tests, transcribed from the reference keyword table (newest status), so
/// these tests do not depend on the catalog implementation.
/// </summary>
internal static class TestKeywords
{
    private static readonly Dictionary<string, KeywordDefinition> ByName = Build();

    /// <summary>The definition for <paramref name="name"/> (case-insensitive).</summary>
    public static KeywordDefinition Def(string name) =>
        ByName.TryGetValue(name, out var d) ? d : throw new ArgumentException($"no test keyword {name}", nameof(name));

    /// <summary>Every definition.</summary>
    public static IEnumerable<KeywordDefinition> All => ByName.Values;

    private static KeywordDefinition Row(string name, ArgumentKind kind, KeywordStatus status, string? aliasOf,
        Precedence precedence, bool restOfLine, bool allowedInMatch, string[] values) => new()
    {
        Name = name,
        Status = status,
        AliasOf = aliasOf,
        AllowedInMatch = allowedInMatch,
        ArgumentKind = kind,
        AllowedValues = values,
        Precedence = precedence,
        TakesRestOfLine = restOfLine,
    };

    private static Dictionary<string, KeywordDefinition> Build()
    {
        KeywordDefinition[] rows =
        [
            Row("AcceptEnv", ArgumentKind.EnvNamePatterns, KeywordStatus.Active, null, Precedence.Accumulates, false, true, []),
            Row("AddressFamily", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["any", "inet", "inet6"]),
            Row("AFSTokenPassing", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("AllowAgentForwarding", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("AllowGroups", ArgumentKind.GroupPatterns, KeywordStatus.Active, null, Precedence.Accumulates, false, true, []),
            Row("AllowStreamLocalForwarding", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "all", "no", "local", "remote"]),
            Row("AllowTcpForwarding", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "all", "no", "local", "remote"]),
            Row("AllowUsers", ArgumentKind.UserPatterns, KeywordStatus.Active, null, Precedence.Accumulates, false, true, []),
            Row("AuthenticationMethods", ArgumentKind.AuthMethodLists, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("AuthorizedKeysCommand", ArgumentKind.Command, KeywordStatus.Active, null, Precedence.FirstWins, true, true, []),
            Row("AuthorizedKeysCommandUser", ArgumentKind.Username, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("AuthorizedKeysFile", ArgumentKind.PathsWithTokens, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("AuthorizedKeysFile2", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, true, []),
            Row("AuthorizedPrincipalsCommand", ArgumentKind.Command, KeywordStatus.Active, null, Precedence.FirstWins, true, true, []),
            Row("AuthorizedPrincipalsCommandUser", ArgumentKind.Username, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("AuthorizedPrincipalsFile", ArgumentKind.PathWithTokens, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("Banner", ArgumentKind.PathOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("CASignatureAlgorithms", ArgumentKind.KeyAlgorithmList, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("ChallengeResponseAuthentication", ArgumentKind.Flag, KeywordStatus.Alias, "KbdInteractiveAuthentication", Precedence.NotApplicable, false, true, ["yes", "no"]),
            Row("ChannelTimeout", ArgumentKind.ChannelTimeoutList, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("CheckMail", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("ChrootDirectory", ArgumentKind.PathWithTokens, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("Ciphers", ArgumentKind.CipherList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("ClientAliveCountMax", ArgumentKind.Integer, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("ClientAliveInterval", ArgumentKind.Time, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("Compression", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "delayed", "no"]),
            Row("DenyGroups", ArgumentKind.GroupPatterns, KeywordStatus.Active, null, Precedence.Accumulates, false, true, []),
            Row("DenyUsers", ArgumentKind.UserPatterns, KeywordStatus.Active, null, Precedence.Accumulates, false, true, []),
            Row("DisableForwarding", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("DSAAuthentication", ArgumentKind.Flag, KeywordStatus.Alias, "PubkeyAuthentication", Precedence.NotApplicable, false, false, []),
            Row("ExposeAuthInfo", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("FingerprintHash", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.LastWins, false, false, ["md5", "sha256"]),
            Row("ForceCommand", ArgumentKind.Command, KeywordStatus.Active, null, Precedence.FirstWins, true, true, []),
            Row("GatewayPorts", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["no", "yes", "clientspecified"]),
            Row("GSSAPIAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("GSSAPICleanupCredentials", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("GSSAPIDelegateCredentials", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("GSSAPIStrictAcceptorCheck", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("HostbasedAcceptedAlgorithms", ArgumentKind.KeyAlgorithmList, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("HostbasedAcceptedKeyTypes", ArgumentKind.KeyAlgorithmList, KeywordStatus.Alias, "HostbasedAcceptedAlgorithms", Precedence.NotApplicable, false, true, []),
            Row("HostbasedAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("HostbasedUsesNameFromPacketOnly", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("HostCertificate", ArgumentKind.Path, KeywordStatus.Active, null, Precedence.Accumulates, false, false, []),
            Row("HostDSAKey", ArgumentKind.Path, KeywordStatus.Alias, "HostKey", Precedence.NotApplicable, false, false, []),
            Row("HostKey", ArgumentKind.Path, KeywordStatus.Active, null, Precedence.Accumulates, false, false, []),
            Row("HostKeyAgent", ArgumentKind.PathOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("HostKeyAlgorithms", ArgumentKind.KeyAlgorithmList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("IgnoreRhosts", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no", "shosts-only"]),
            Row("IgnoreUserKnownHosts", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("Include", ArgumentKind.GlobPaths, KeywordStatus.Active, null, Precedence.NotApplicable, false, true, []),
            Row("IPQoS", ArgumentKind.IpQos, KeywordStatus.Active, null, Precedence.LastWins, false, true, []),
            Row("KbdInteractiveAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("KeepAlive", ArgumentKind.Flag, KeywordStatus.Alias, "TCPKeepAlive", Precedence.NotApplicable, false, false, []),
            Row("KerberosAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("KerberosGetAFSToken", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("KerberosOrLocalPasswd", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("KerberosTgtPassing", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("KerberosTicketCleanup", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("KexAlgorithms", ArgumentKind.KexList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("KeyRegenerationInterval", ArgumentKind.Time, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("ListenAddress", ArgumentKind.ListenAddress, KeywordStatus.Active, null, Precedence.Accumulates, false, false, []),
            Row("LoginGraceTime", ArgumentKind.Time, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("LogLevel", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["quiet", "fatal", "error", "info", "verbose", "debug", "debug1", "debug2", "debug3"]),
            Row("LogVerbose", ArgumentKind.PatternList, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("MACs", ArgumentKind.MacList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("Match", ArgumentKind.MatchCriteria, KeywordStatus.Active, null, Precedence.NotApplicable, false, true, []),
            Row("MaxAuthTries", ArgumentKind.Integer, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("MaxSessions", ArgumentKind.Integer, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("MaxStartups", ArgumentKind.MaxStartups, KeywordStatus.Active, null, Precedence.LastWins, false, false, []),
            Row("ModuliFile", ArgumentKind.Path, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("PAMAuthenticationViaKbdInt", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("PAMServiceName", ArgumentKind.String, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("PasswordAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("PermitEmptyPasswords", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("PermitListen", ArgumentKind.HostPortList, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("PermitOpen", ArgumentKind.HostPortList, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("PermitRootLogin", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "prohibit-password", "without-password", "forced-commands-only", "no"]),
            Row("PermitTTY", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("PermitTunnel", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "point-to-point", "ethernet", "no"]),
            Row("PermitUserEnvironment", ArgumentKind.FlagOrPatternList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("PermitUserRC", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("PerSourceMaxStartups", ArgumentKind.IntegerOrNone, KeywordStatus.Active, null, Precedence.LastWins, false, false, []),
            Row("PerSourceNetBlockSize", ArgumentKind.Netblock, KeywordStatus.Active, null, Precedence.LastWins, false, false, []),
            Row("PerSourcePenalties", ArgumentKind.PenaltyList, KeywordStatus.Active, null, Precedence.PerComponent, false, false, []),
            Row("PerSourcePenaltyExemptList", ArgumentKind.AddressPatternList, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("PidFile", ArgumentKind.PathOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("Port", ArgumentKind.Port, KeywordStatus.Active, null, Precedence.Accumulates, false, false, []),
            Row("PrintLastLog", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("PrintMotd", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("Protocol", ArgumentKind.Ignored, KeywordStatus.Ignored, null, Precedence.NotApplicable, false, false, []),
            Row("PubkeyAcceptedAlgorithms", ArgumentKind.KeyAlgorithmList, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("PubkeyAcceptedKeyTypes", ArgumentKind.KeyAlgorithmList, KeywordStatus.Alias, "PubkeyAcceptedAlgorithms", Precedence.NotApplicable, false, true, []),
            Row("PubkeyAuthentication", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("PubkeyAuthOptions", ArgumentKind.EnumList, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, ["none", "touch-required", "verify-required"]),
            Row("RDomain", ArgumentKind.String, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("RefuseConnection", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("RekeyLimit", ArgumentKind.RekeyLimit, KeywordStatus.Active, null, Precedence.PerComponent, false, true, []),
            Row("RequiredRSASize", ArgumentKind.Integer, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("ReverseMappingCheck", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("RevokedKeys", ArgumentKind.PathsOrNone, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("RHostsAuthentication", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("RhostsRSAAuthentication", ArgumentKind.Flag, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, true, []),
            Row("RSAAuthentication", ArgumentKind.Flag, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, true, []),
            Row("SecurityKeyProvider", ArgumentKind.PathOrInternal, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("ServerKeyBits", ArgumentKind.Integer, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("SetEnv", ArgumentKind.EnvAssignments, KeywordStatus.Active, null, Precedence.FirstLineWins, false, true, []),
            Row("SKeyAuthentication", ArgumentKind.Flag, KeywordStatus.Alias, "KbdInteractiveAuthentication", Precedence.NotApplicable, false, true, []),
            Row("SshdAuthPath", ArgumentKind.Path, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("SshdSessionPath", ArgumentKind.Path, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
            Row("StreamLocalBindMask", ArgumentKind.OctalMode, KeywordStatus.Active, null, Precedence.LastWins, false, true, []),
            Row("StreamLocalBindUnlink", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("StrictModes", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("Subsystem", ArgumentKind.Subsystem, KeywordStatus.Active, null, Precedence.AccumulatesByName, false, true, []),
            Row("SyslogFacility", ArgumentKind.Enum, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["daemon", "user", "auth", "authpriv", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"]),
            Row("TCPKeepAlive", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("TrustedUserCAKeys", ArgumentKind.PathOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("UnusedConnectionTimeout", ArgumentKind.TimeOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("UseDNS", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("UseLogin", ArgumentKind.Flag, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("UsePAM", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, false, ["yes", "no"]),
            Row("UsePrivilegeSeparation", ArgumentKind.Enum, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, ["yes", "sandbox", "no"]),
            Row("VerifyReverseMapping", ArgumentKind.Ignored, KeywordStatus.Deprecated, null, Precedence.NotApplicable, false, false, []),
            Row("VersionAddendum", ArgumentKind.Text, KeywordStatus.Active, null, Precedence.FirstWins, true, false, []),
            Row("X11DisplayOffset", ArgumentKind.Integer, KeywordStatus.Active, null, Precedence.FirstWins, false, true, []),
            Row("X11Forwarding", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("X11UseLocalhost", ArgumentKind.Flag, KeywordStatus.Active, null, Precedence.FirstWins, false, true, ["yes", "no"]),
            Row("XAuthLocation", ArgumentKind.PathOrNone, KeywordStatus.Active, null, Precedence.FirstWins, false, false, []),
        ];
        return rows.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
    }
}
