// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules;

/// <summary>The per-category rule lists; add a category here, and rules in the category's own list.</summary>
internal static class RuleCategories
{
    public static IEnumerable<Rule> All() => [];
}
