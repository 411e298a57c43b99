// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>
/// One keyword as a particular target sshd sees it: its status, grammar, default and how repeats combine.
/// </summary>
/// <remarks>
/// Produced by <see cref="KeywordCatalog"/> for one <see cref="Target"/>; every property is already
/// resolved for that target's version and vendor, so consumers never look at version history.
/// For an alias, <see cref="Name"/> is the alias spelling and <see cref="AliasOf"/> the canonical keyword;
/// the alias keeps its own <see cref="AllowedInMatch"/>, history and summary, while the properties that
/// describe the value it sets (<see cref="ArgumentKind"/>, <see cref="AllowedValues"/>, <see cref="Default"/>,
/// <see cref="Precedence"/>, <see cref="Printing"/>, <see cref="SshdTKey"/>, <see cref="TakesRestOfLine"/>)
/// are the canonical keyword's. For names sshd reads but ignores (Deprecated, Ignored, Unsupported) the
/// arguments are never read: <see cref="ArgumentKind"/> is <see cref="Catalog.ArgumentKind.Ignored"/>,
/// <see cref="Precedence"/> is <see cref="Catalog.Precedence.NotApplicable"/> and nothing is printed.
/// </remarks>
public sealed record KeywordDefinition
{
    /// <summary>Canonical spelling (sshd_config(5)), e.g. <c>PermitRootLogin</c>.</summary>
    public required string Name { get; init; }

    /// <summary>How the target parser answers this name.</summary>
    public required KeywordStatus Status { get; init; }

    /// <summary>For <see cref="KeywordStatus.Alias"/>: the canonical keyword the alias stands for.</summary>
    public string? AliasOf { get; init; }

    /// <summary>True when the target accepts the keyword inside a Match block (an alias carries its own flag).</summary>
    public required bool AllowedInMatch { get; init; }

    /// <summary>The argument grammar.</summary>
    public required ArgumentKind ArgumentKind { get; init; }

    /// <summary>For enums: the accepted words, lowercase, in documentation order. Empty otherwise.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Compiled-in default of the target as <c>sshd -T</c> prints it; null when there is none to print.</summary>
    /// <remarks>
    /// Keys printed on several lines (ListenAddress, HostKey) join their values with <c>\n</c>; see
    /// <see cref="DefaultValues"/> for the lines. Directories that depend on how upstream was configured
    /// are written as the placeholders <c>&lt;sysconfdir&gt;</c>, <c>&lt;piddir&gt;</c> and
    /// <c>&lt;libexecdir&gt;</c>; Debian's build has concrete paths.
    /// </remarks>
    public string? Default { get; init; }

    /// <summary>The default as <c>sshd -T</c> prints it, one entry per output line (without the key); empty when nothing is printed.</summary>
    public IReadOnlyList<string> DefaultValues { get; init; } = [];

    /// <summary>When <c>sshd -T</c> of the target prints this keyword.</summary>
    public SshdTPrinting Printing { get; init; }

    /// <summary>How repeated lines combine for the target.</summary>
    public required Precedence Precedence { get; init; }

    /// <summary>True for keywords that take the raw rest of the line (ForceCommand, AuthorizedKeysCommand, …).</summary>
    public bool TakesRestOfLine { get; init; }

    /// <summary>Key used by <c>sshd -T</c> for the target (casing differs by version); null when never printed.</summary>
    public string? SshdTKey { get; init; }

    /// <summary>First release whose parser knows the name (<c>null</c>: before 7.0).</summary>
    public OpenSshVersion? AddedIn { get; init; }

    /// <summary>
    /// When the target answers "Deprecated option" or silently ignores the name: the first release of that
    /// uninterrupted behaviour (7.0 when it predates the catalog). Null for names the target uses.
    /// </summary>
    public OpenSshVersion? DeprecatedIn { get; init; }

    /// <summary>
    /// The next release after the target in which the name is a "Bad configuration option" (null when none).
    /// For a definition with <see cref="KeywordStatus.Unknown"/> (from <see cref="KeywordTable.LookupElsewhere"/>):
    /// the release that dropped it, null when it was never known before the target.
    /// </summary>
    public OpenSshVersion? RemovedIn { get; init; }

    /// <summary>Build features that must be compiled in, joined by <c>+</c> (<c>PAM</c>, <c>GSSAPI</c>, <c>KRB5+AFS</c>, …); null when always built.</summary>
    public string? BuildDependency { get; init; }

    /// <summary>One-paragraph description for hover and explain, in our own words.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Argument syntax as documented, e.g. <c>IPQoS &lt;interactive&gt; [&lt;bulk&gt;]</c>.</summary>
    public string? Syntax { get; init; }

    /// <summary>Further facts in the reference's words: validation messages, version notes.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>For a canonical keyword: the other spellings the target accepts for it, each with its own Match flag.</summary>
    public IReadOnlyList<KeywordAlias> Aliases { get; init; } = [];

    /// <summary>Set when only one vendor's build knows the keyword (Debian's patches add four).</summary>
    public Vendor? VendorOnly { get; init; }

    /// <summary>True when the name is recognised in some form by the target (anything but Unknown).</summary>
    public bool IsKnown => Status != KeywordStatus.Unknown;

    /// <summary>The keyword whose value this line sets: <see cref="AliasOf"/> for aliases, else <see cref="Name"/>.</summary>
    public string EffectiveName => AliasOf ?? Name;
}

/// <summary>When <c>sshd -T</c> prints a keyword (sshd_config(5) has no such notion; see semantics.md §8).</summary>
public enum SshdTPrinting
{
    /// <summary>Never printed: structural, ignored, alias, or compiled out of the target build.</summary>
    Never,

    /// <summary>Printed only when the configuration sets it (AllowUsers, Subsystem, SetEnv, …).</summary>
    WhenSet,

    /// <summary>Always printed, with the default when the configuration does not set it.</summary>
    Always,
}

/// <summary>Another spelling a target accepts for a keyword.</summary>
/// <param name="Name">The alias spelling, e.g. <c>KeepAlive</c>.</param>
/// <param name="AllowedInMatch">The alias's own Match flag, which can differ from the keyword's (<c>DSAAuthentication</c> is global-only).</param>
public sealed record KeywordAlias(string Name, bool AllowedInMatch);
