// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;

namespace SshdLint.Parser.Catalog;

/// <summary>The keywords one target sshd knows. Obtain with <see cref="KeywordCatalog.For"/>.</summary>
/// <remarks>
/// Immutable and safe to share between threads. Every <see cref="KeywordDefinition"/> it hands out is
/// already resolved for <see cref="Target"/>: status, Match flag, default as the target's <c>sshd -T</c>
/// prints it, precedence and <c>sshd -T</c> key.
/// </remarks>
public sealed class KeywordTable
{
    private readonly CatalogData _data;
    private readonly Dictionary<string, KeywordDefinition> _byName;
    private readonly Dictionary<string, KeywordDefinition> _bySshdTKey;
    private readonly string[] _suggestionCandidates;

    internal KeywordTable(Target target, CatalogData data)
    {
        Target = target;
        _data = data;
        _byName = new Dictionary<string, KeywordDefinition>(AsciiCaseInsensitiveComparer.Instance);
        _bySshdTKey = new Dictionary<string, KeywordDefinition>(AsciiCaseInsensitiveComparer.Instance);
        foreach (var raw in data.Keywords)
        {
            if (data.Resolve(raw, target) is not { } definition) continue;
            _byName.Add(definition.Name, definition);
            if (definition.AliasOf is null && definition.SshdTKey is { } key) _bySshdTKey.TryAdd(key, definition);
        }
        All = _byName.Values.OrderBy(d => d.Name, AsciiCaseInsensitiveComparer.Instance).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        _suggestionCandidates = All
            .Where(d => d.Status == KeywordStatus.Active && d.AliasOf is null)
            .Select(d => d.Name)
            .ToArray();
    }

    /// <summary>The sshd this table describes.</summary>
    public Target Target { get; }

    /// <summary>Looks a keyword up case-insensitively, as sshd's <c>strcasecmp</c> does; null when sshd would say "Bad configuration option".</summary>
    /// <remarks>
    /// Only ASCII letters are folded, as in the C locale. A name is unknown to the target when it is not
    /// yet added, already removed, or belongs to another vendor's build (Debian's extra keywords on
    /// upstream); <see cref="LookupElsewhere"/> says which.
    /// </remarks>
    public KeywordDefinition? Lookup(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return _byName.GetValueOrDefault(keyword);
    }

    /// <summary>Every name the target recognises (canonical names and aliases, any status but Unknown), sorted case-insensitively.</summary>
    public IReadOnlyList<KeywordDefinition> All { get; }

    /// <summary>
    /// The canonical keyword that <c>sshd -T</c> of the target prints under <paramref name="sshdTKey"/>
    /// (compared case-insensitively); null when the target prints no such key.
    /// </summary>
    public KeywordDefinition? LookupSshdTKey(string sshdTKey)
    {
        ArgumentNullException.ThrowIfNull(sshdTKey);
        return _bySshdTKey.GetValueOrDefault(sshdTKey);
    }

    /// <summary>
    /// Up to three keywords the target knows that <paramref name="unknownKeyword"/> was probably meant to be,
    /// best first (<c>PermitRootLogn</c> → PermitRootLogin, <c>PasswordAuth</c> → PasswordAuthentication).
    /// </summary>
    /// <remarks>
    /// Candidates are the target's active canonical keywords (no aliases, nothing deprecated); the match is
    /// case-insensitive. Empty when nothing is close or when the name is known.
    /// </remarks>
    public IReadOnlyList<string> SuggestionsFor(string unknownKeyword)
    {
        ArgumentNullException.ThrowIfNull(unknownKeyword);
        return Lookup(unknownKeyword) is not null ? [] : KeywordSuggestions.Suggest(unknownKeyword, _suggestionCandidates);
    }

    /// <summary>
    /// For a name the target does not know but another covered release or vendor does: a definition with
    /// <see cref="KeywordStatus.Unknown"/> describing it, so a message can say it was added later
    /// (<see cref="KeywordDefinition.AddedIn"/>), dropped (<see cref="KeywordDefinition.RemovedIn"/>) or
    /// belongs to another vendor (<see cref="KeywordDefinition.VendorOnly"/>).
    /// </summary>
    /// <returns>Null when the target knows the name, or when no covered sshd knows it.</returns>
    /// <remarks>
    /// The description comes from the nearest release of the same vendor that knows the name (earlier
    /// releases first), else from the other vendor. Nothing is printed or applied for an unknown name, so
    /// <see cref="KeywordDefinition.Default"/>, <see cref="KeywordDefinition.SshdTKey"/> and the Match flag
    /// are cleared.
    /// </remarks>
    public KeywordDefinition? LookupElsewhere(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        if (Lookup(keyword) is not null || !_data.ByName.TryGetValue(keyword, out var raw)) return null;

        var v = CatalogData.CatalogVersion(Target.Version);
        var versions = OpenSshVersion.Known;
        var sameVendorOrder = versions.Where(x => x < v).Reverse().Concat(versions.Where(x => x > v));
        var otherVendor = Target.Vendor == Vendor.Upstream ? Vendor.Debian : Vendor.Upstream;
        var probes = sameVendorOrder.Select(x => new Target(x, Target.Vendor))
            .Concat(new[] { v }.Concat(sameVendorOrder).Select(x => new Target(x, otherVendor)));
        foreach (var probe in probes)
        {
            if (_data.Resolve(raw, probe) is not { } found) continue;
            return found with
            {
                Status = KeywordStatus.Unknown,
                AllowedInMatch = false,
                Default = null,
                DefaultValues = [],
                Printing = SshdTPrinting.Never,
                SshdTKey = null,
                DeprecatedIn = null,
                RemovedIn = raw.LastDroppedAtOrBefore(v),
                Aliases = [],
            };
        }
        return null;
    }
}

/// <summary>Entry point to the embedded keyword catalog (OpenSSH 7.0 … 10.5, upstream and Debian).</summary>
public static class KeywordCatalog
{
    private static readonly ConcurrentDictionary<Target, KeywordTable> Tables = new();

    /// <summary>The keyword table for a target; cached per target.</summary>
    /// <remarks>
    /// Releases outside the covered range are read as the nearest covered one (older as 7.0, newer as 10.5);
    /// the portable patch level does not change the keyword table.
    /// </remarks>
    public static KeywordTable For(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Tables.GetOrAdd(target, static t => new KeywordTable(t, CatalogData.Instance));
    }
}
