// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Profiles;

/// <summary>
/// The profiles that ship: <c>recommended</c> (default, low noise, no contested advice), <c>strict</c>
/// (Mozilla-modern-like: every rule, tighter values), <c>cis</c> and <c>stig</c> (their benchmark values).
/// Each rule states its own profile values (<see cref="Rule.ForProfile"/>), beside its code.
/// </summary>
public static class BuiltInProfiles
{
    /// <summary>Rules enabled by default, with their default severities and options.</summary>
    public static Profile Recommended { get; } = new("recommended",
        "Low noise: what almost every server should fix; contested advice is off",
        rule => rule.ForProfile("recommended") ?? new RuleSetting(rule.Descriptor.IsEnabledByDefault));

    /// <summary>Every rule on, with stricter thresholds where baselines differ.</summary>
    public static Profile Strict { get; } = new("strict",
        "Every rule, tighter thresholds (close to Mozilla's modern guideline and ssh-audit)",
        rule => rule.ForProfile("strict") ?? new RuleSetting(true));

    /// <summary>Rules and values of the CIS benchmarks (Ubuntu 22.04/24.04, RHEL 9).</summary>
    public static Profile Cis { get; } = new("cis",
        "CIS benchmark values (Ubuntu 22.04/24.04 v2, RHEL 9 v2)",
        rule => rule.ForProfile("cis") ?? new RuleSetting(rule.Descriptor.IsEnabledByDefault));

    /// <summary>Rules and values of the DISA RHEL 9 STIG.</summary>
    public static Profile Stig { get; } = new("stig",
        "DISA RHEL 9 STIG values",
        rule => rule.ForProfile("stig") ?? new RuleSetting(rule.Descriptor.IsEnabledByDefault));

    public static IReadOnlyList<Profile> All { get; } = [Recommended, Strict, Cis, Stig];

    public static Profile? Find(string name) => All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
