// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>One criterion of a Match line.</summary>
/// <param name="Attribute">Lower-case attribute: all, user, group, host, address, localaddress, localport, rdomain, invalid-user, version.</param>
/// <param name="Argument">The pattern list (or port); null for <c>all</c> and <c>invalid-user</c>.</param>
public sealed record MatchCriterion(string Attribute, string? Argument);

/// <summary>The criteria of a <c>Match</c> line (all ANDed). Never printed by <c>sshd -T</c>.</summary>
/// <param name="Criteria">The criteria in order.</param>
public sealed record MatchCriteriaValue(IReadOnlyList<MatchCriterion> Criteria) : SettingValue
{
    /// <summary>True for <c>Match All</c>.</summary>
    public bool IsAll => Criteria.Count == 1 && Criteria[0].Attribute == "all";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [];
}
