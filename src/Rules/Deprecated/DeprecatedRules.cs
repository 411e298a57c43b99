// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Deprecated;

/// <summary>The rules of the deprecated category; register each new rule here.</summary>
internal static class DeprecatedRules
{
    public static IEnumerable<Rule> All() =>
    [
    ];
}
