// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Deprecated;

/// <summary>The rules of the deprecated category; register each new rule here.</summary>
/// <remarks>
/// SSHD3005 (a keyword that only a newer release knows) is not a rule: the binder's unknown-keyword message
/// (SSHD0001) says which release added, removed or patched in the keyword, so such a line gets one finding.
/// </remarks>
internal static class DeprecatedRules
{
    public static IEnumerable<Rule> All() =>
    [
        new DeprecatedAliasRule(),
        new KeywordRemovedInLaterOpensshRule(),
        new Protocol1EnabledRule(),
        new PrivilegeSeparationDisabledRule(),
        new UseLoginEnabledRule(),
    ];
}
