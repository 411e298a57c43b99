// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Profiles;

/// <summary>
/// Option values and enablement per profile, keyed by rule name. Rules read options by name with their own
/// defaults (the <c>recommended</c> values), so a profile lists only what it changes.
/// </summary>
/// <remarks>Values follow ../shared/reference/rules-catalog.md: CIS 5.1.x, STIG RHEL-09-2551nn, Mozilla modern.</remarks>
internal static class ProfileValues
{
    /// <summary>Option overrides of the strict profile.</summary>
    public static readonly Dictionary<string, IReadOnlyDictionary<string, object>> Strict = new(StringComparer.Ordinal);

    /// <summary>Option overrides of the CIS profile.</summary>
    public static readonly Dictionary<string, IReadOnlyDictionary<string, object>> Cis = new(StringComparer.Ordinal);

    /// <summary>Option overrides of the STIG profile.</summary>
    public static readonly Dictionary<string, IReadOnlyDictionary<string, object>> Stig = new(StringComparer.Ordinal);

    /// <summary>Rules the CIS benchmark turns on or off regardless of their default; null to keep the default.</summary>
    public static readonly Dictionary<string, bool> CisRules = new(StringComparer.Ordinal);

    /// <summary>Rules the STIG turns on or off regardless of their default; null to keep the default.</summary>
    public static readonly Dictionary<string, bool> StigRules = new(StringComparer.Ordinal);

    public static bool? CisEnabled(Rule rule) => CisRules.TryGetValue(rule.Descriptor.Name, out var on) ? on : null;

    public static bool? StigEnabled(Rule rule) => StigRules.TryGetValue(rule.Descriptor.Name, out var on) ? on : null;
}
