// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>
/// One keyword as a particular target sshd sees it: its status, grammar, default and how repeats combine.
/// </summary>
/// <remarks>
/// Produced by <see cref="KeywordCatalog"/> for one <see cref="Target"/>; every property is already
/// resolved for that target's version and vendor, so consumers never look at version history.
/// For an alias, <see cref="Name"/> is the alias spelling and <see cref="AliasOf"/> the canonical keyword.
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
    public string? Default { get; init; }

    /// <summary>How repeated lines combine for the target.</summary>
    public required Precedence Precedence { get; init; }

    /// <summary>True for keywords that take the raw rest of the line (ForceCommand, AuthorizedKeysCommand, …).</summary>
    public bool TakesRestOfLine { get; init; }

    /// <summary>Key used by <c>sshd -T</c> for the target (casing differs by version); null when never printed.</summary>
    public string? SshdTKey { get; init; }

    /// <summary>First release whose parser knows the name (<c>null</c>: before 7.0).</summary>
    public OpenSshVersion? AddedIn { get; init; }

    /// <summary>First release that answers "Deprecated option" or silently ignores it.</summary>
    public OpenSshVersion? DeprecatedIn { get; init; }

    /// <summary>First release in which the name is a "Bad configuration option" again.</summary>
    public OpenSshVersion? RemovedIn { get; init; }

    /// <summary>Build feature that must be compiled in (pam, gssapi, …); null when always built.</summary>
    public string? BuildDependency { get; init; }

    /// <summary>One-paragraph description for hover and explain, in our own words.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Argument syntax as documented, e.g. <c>IPQoS &lt;interactive&gt; [&lt;bulk&gt;]</c>.</summary>
    public string? Syntax { get; init; }

    /// <summary>True when the name is recognised in some form by the target (anything but Unknown).</summary>
    public bool IsKnown => Status != KeywordStatus.Unknown;

    /// <summary>The keyword whose value this line sets: <see cref="AliasOf"/> for aliases, else <see cref="Name"/>.</summary>
    public string EffectiveName => AliasOf ?? Name;
}
