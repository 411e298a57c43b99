// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules;

/// <summary>The per-category rule lists; each category registers its rules in its own <c>&lt;Category&gt;Rules.cs</c>.</summary>
internal static class RuleCategories
{
    public static IEnumerable<Rule> All() =>
        Structure.StructureRules.All()
            .Concat(Authentication.AuthenticationRules.All())
            .Concat(Cryptography.CryptographyRules.All())
            .Concat(Sessions.SessionsRules.All())
            .Concat(Forwarding.ForwardingRules.All())
            .Concat(EnvironmentLogging.EnvironmentLoggingRules.All())
            .Concat(Deprecated.DeprecatedRules.All())
            .Concat(Informational.InformationalRules.All());
}
