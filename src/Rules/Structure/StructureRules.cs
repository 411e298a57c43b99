// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Structure;

/// <summary>The rules of the structure category; register each new rule here.</summary>
internal static class StructureRules
{
    public static IEnumerable<Rule> All() =>
    [
        new ShadowedDirectiveRule(),
        new ShadowedByEarlierFileRule(),
        new IncludeAfterMatchRule(),
        new EmptyMatchBlockRule(),
        new MatchNeverMatchesRule(),
        new IgnoredInMatchRule(),
        new IncludeMatchesNothingRule(),
        new MatchWeakensGlobalRule(),
        new AllowDenyConflictRule(),
        new DuplicateSubsystemIgnoredRule(),
        new ListenAddressHostnameRule(),
    ];
}
