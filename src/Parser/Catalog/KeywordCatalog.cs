// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>The keywords one target sshd knows. Obtain with <see cref="KeywordCatalog.For"/>.</summary>
public sealed class KeywordTable
{
    // STUB: replaced by the catalog implementation.
    internal KeywordTable(Target target) => Target = target;

    public Target Target { get; }

    /// <summary>Looks a keyword up case-insensitively, as sshd's <c>strcasecmp</c> does; null when sshd would say "Bad configuration option".</summary>
    public KeywordDefinition? Lookup(string keyword) => null;

    /// <summary>Every name the target recognises (canonical names and aliases).</summary>
    public IReadOnlyList<KeywordDefinition> All => [];

    public IReadOnlyList<string> SuggestionsFor(string unknownKeyword) => [];
}

/// <summary>Entry point to the embedded keyword catalog (OpenSSH 7.0 … 10.5, upstream and Debian).</summary>
public static class KeywordCatalog
{
    /// <summary>The keyword table for a target; cached per target.</summary>
    public static KeywordTable For(Target target) => new(target);
}
