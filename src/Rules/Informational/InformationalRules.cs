// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Informational;

/// <summary>The rules of the informational category; register each new rule here.</summary>
internal static class InformationalRules
{
    public static IEnumerable<Rule> All() =>
    [
        new DefaultPortRule(),
        new ListenOnAllAddressesRule(),
        new NoAllowListRule(),
        new NoBannerRule(),
        new KeywordCasingRule(),
    ];
}
