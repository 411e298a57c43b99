// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>
/// The shape of a keyword's arguments; selects the argument grammar in <see cref="Values.ArgumentParser"/>.
/// Mirrors <c>argument_kind</c> in the reference keyword table.
/// </summary>
public enum ArgumentKind
{
    AddressPatternList,     // PerSourcePenaltyExemptList
    AuthMethodLists,        // AuthenticationMethods
    ChannelTimeoutList,     // ChannelTimeout
    CipherList,             // Ciphers
    Command,                // ForceCommand, AuthorizedKeysCommand, AuthorizedPrincipalsCommand (raw rest of line)
    Enum,                   // AddressFamily, PermitRootLogin, ...
    EnumList,               // PubkeyAuthOptions
    EnvAssignments,         // SetEnv
    EnvNamePatterns,        // AcceptEnv
    Flag,                   // yes/no
    FlagOrPatternList,      // PermitUserEnvironment
    GlobPaths,              // Include
    GroupPatterns,          // AllowGroups, DenyGroups
    HostPortList,           // PermitOpen, PermitListen
    Ignored,                // legacy keywords whose arguments are never read
    Integer,                // MaxAuthTries, ...
    IntegerOrNone,          // PerSourceMaxStartups
    IpQos,                  // IPQoS
    KexList,                // KexAlgorithms
    KeyAlgorithmList,       // HostKeyAlgorithms, PubkeyAcceptedAlgorithms, CASignatureAlgorithms, ...
    ListenAddress,          // ListenAddress
    MacList,                // MACs
    MatchCriteria,          // Match
    MaxStartups,            // MaxStartups
    Netblock,               // PerSourceNetBlockSize
    OctalMode,              // StreamLocalBindMask
    Path,                   // HostKey, HostCertificate, ModuliFile, ...
    PathOrInternal,         // SecurityKeyProvider
    PathOrNone,             // Banner, PidFile, ...
    PathWithTokens,         // ChrootDirectory, AuthorizedPrincipalsFile
    PathsOrNone,            // RevokedKeys
    PathsWithTokens,        // AuthorizedKeysFile
    PatternList,            // LogVerbose
    PenaltyList,            // PerSourcePenalties
    Port,                   // Port
    RekeyLimit,             // RekeyLimit
    String,                 // PAMServiceName, RDomain
    Subsystem,              // Subsystem
    Text,                   // VersionAddendum (raw rest of line)
    Time,                   // LoginGraceTime, ClientAliveInterval
    TimeOrNone,             // UnusedConnectionTimeout
    UserPatterns,           // AllowUsers, DenyUsers
    Username,               // AuthorizedKeysCommandUser
    GssKexList,             // GSSAPIKexAlgorithms (Debian only): comma list of gss-* key-exchange prefixes
}

/// <summary>What happens when a keyword appears more than once in one parsing pass (semantics.md §4).</summary>
public enum Precedence
{
    /// <summary>The first value read is kept; later lines are ignored.</summary>
    FirstWins,
    /// <summary>Every line adds values (Port, HostKey, AllowUsers, AcceptEnv, …).</summary>
    Accumulates,
    /// <summary>The first line is kept as a whole (AuthorizedKeysFile, AuthenticationMethods, PermitOpen, …).</summary>
    FirstLineWins,
    /// <summary>Each component is first-wins independently (RekeyLimit, PerSourcePenalties).</summary>
    PerComponent,
    /// <summary>No first-wins guard: the last line read is kept (StreamLocalBindMask, FingerprintHash, …).</summary>
    LastWins,
    /// <summary>Subsystem: accumulates by name, a repeated name keeps the first.</summary>
    AccumulatesByName,
    /// <summary>Structural or ignored keywords (Match, Include, legacy).</summary>
    NotApplicable,
}

/// <summary>How the target sshd's parser answers a keyword name.</summary>
public enum KeywordStatus
{
    /// <summary>Parsed and applied.</summary>
    Active,
    /// <summary>Accepted silently as another keyword (see <see cref="KeywordDefinition.AliasOf"/>).</summary>
    Alias,
    /// <summary>"Deprecated option" (INFO), ignored.</summary>
    Deprecated,
    /// <summary>Silently ignored (Protocol since 7.4).</summary>
    Ignored,
    /// <summary>"Unsupported option" (INFO): compiled out of this build, ignored.</summary>
    Unsupported,
    /// <summary>Unknown to this target: "Bad configuration option" (counted, fatal at end of file).</summary>
    Unknown,
}
