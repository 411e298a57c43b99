// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>
/// The shape of a keyword's arguments; selects the argument grammar in <see cref="Values.ArgumentParser"/>.
/// Mirrors <c>argument_kind</c> in the reference keyword table.
/// </summary>
public enum ArgumentKind
{
    /// <summary>Used by PerSourcePenaltyExemptList.</summary>
    AddressPatternList,

    /// <summary>Used by AuthenticationMethods.</summary>
    AuthMethodLists,

    /// <summary>Used by ChannelTimeout.</summary>
    ChannelTimeoutList,

    /// <summary>Used by Ciphers.</summary>
    CipherList,

    /// <summary>Used by ForceCommand, AuthorizedKeysCommand, AuthorizedPrincipalsCommand (raw rest of line).</summary>
    Command,

    /// <summary>Used by AddressFamily, PermitRootLogin and similar.</summary>
    Enum,

    /// <summary>Used by PubkeyAuthOptions.</summary>
    EnumList,

    /// <summary>Used by SetEnv.</summary>
    EnvAssignments,

    /// <summary>Used by AcceptEnv.</summary>
    EnvNamePatterns,

    /// <summary>A yes/no flag.</summary>
    Flag,

    /// <summary>Used by PermitUserEnvironment.</summary>
    FlagOrPatternList,

    /// <summary>Used by Include.</summary>
    GlobPaths,

    /// <summary>Used by AllowGroups, DenyGroups.</summary>
    GroupPatterns,

    /// <summary>Used by PermitOpen, PermitListen.</summary>
    HostPortList,

    /// <summary>Legacy keywords whose arguments are never read.</summary>
    Ignored,

    /// <summary>Used by MaxAuthTries and similar.</summary>
    Integer,

    /// <summary>Used by PerSourceMaxStartups.</summary>
    IntegerOrNone,

    /// <summary>Used by IPQoS.</summary>
    IpQos,

    /// <summary>Used by KexAlgorithms.</summary>
    KexList,

    /// <summary>Used by HostKeyAlgorithms, PubkeyAcceptedAlgorithms, CASignatureAlgorithms and similar.</summary>
    KeyAlgorithmList,

    /// <summary>Used by ListenAddress.</summary>
    ListenAddress,

    /// <summary>Used by MACs.</summary>
    MacList,

    /// <summary>Used by Match.</summary>
    MatchCriteria,

    /// <summary>Used by MaxStartups.</summary>
    MaxStartups,

    /// <summary>Used by PerSourceNetBlockSize.</summary>
    Netblock,

    /// <summary>Used by StreamLocalBindMask.</summary>
    OctalMode,

    /// <summary>Used by HostKey, HostCertificate, ModuliFile and similar.</summary>
    Path,

    /// <summary>Used by SecurityKeyProvider.</summary>
    PathOrInternal,

    /// <summary>Used by Banner, PidFile and similar.</summary>
    PathOrNone,

    /// <summary>Used by ChrootDirectory, AuthorizedPrincipalsFile.</summary>
    PathWithTokens,

    /// <summary>Used by RevokedKeys.</summary>
    PathsOrNone,

    /// <summary>Used by AuthorizedKeysFile.</summary>
    PathsWithTokens,

    /// <summary>Used by LogVerbose.</summary>
    PatternList,

    /// <summary>Used by PerSourcePenalties.</summary>
    PenaltyList,

    /// <summary>Used by Port.</summary>
    Port,

    /// <summary>Used by RekeyLimit.</summary>
    RekeyLimit,

    /// <summary>Used by PAMServiceName, RDomain.</summary>
    String,

    /// <summary>Used by Subsystem.</summary>
    Subsystem,

    /// <summary>Used by VersionAddendum (raw rest of line).</summary>
    Text,

    /// <summary>Used by LoginGraceTime, ClientAliveInterval.</summary>
    Time,

    /// <summary>Used by UnusedConnectionTimeout.</summary>
    TimeOrNone,

    /// <summary>Used by AllowUsers, DenyUsers.</summary>
    UserPatterns,

    /// <summary>Used by AuthorizedKeysCommandUser.</summary>
    Username,

    /// <summary>Used by GSSAPIKexAlgorithms (Debian only): comma list of gss-* key-exchange prefixes.</summary>
    GssKexList,
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
