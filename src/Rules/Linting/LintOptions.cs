// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Linting;

/// <summary>A change to one rule made by a configuration file or the command line.</summary>
public sealed record RuleOverride(bool? Enabled = null, DiagnosticSeverity? Severity = null, IReadOnlyDictionary<string, object>? Options = null);

/// <summary>Which rules run, how loudly, with which options.</summary>
/// <param name="Profile">The base profile (default: recommended).</param>
/// <param name="Overrides">Per rule id or name.</param>
public sealed record LintOptions(Profile Profile, IReadOnlyDictionary<string, RuleOverride> Overrides)
{
    public static LintOptions Default { get; } = new(BuiltInProfiles.Recommended, new Dictionary<string, RuleOverride>());

    /// <summary>Resolves a rule's enablement, severity and options.</summary>
    public (bool Enabled, DiagnosticSeverity Severity, RuleOptions Options) Resolve(Rule rule)
    {
        var setting = Profile.For(rule);
        bool enabled = setting.Enabled;
        var severity = setting.Severity ?? rule.Descriptor.DefaultSeverity;
        var options = new Dictionary<string, object>(rule.DefaultOptions, StringComparer.Ordinal);
        if (setting.Options is not null) foreach (var (k, v) in setting.Options) options[k] = v;
        foreach (var key in new[] { rule.Descriptor.Id, rule.Descriptor.Name })
        {
            if (!Overrides.TryGetValue(key, out var o)) continue;
            if (o.Enabled is bool on) enabled = on;
            if (o.Severity is { } s) { severity = s; enabled = o.Enabled ?? true; }
            if (o.Options is not null) foreach (var (k, v) in o.Options) options[k] = v;
        }
        return (enabled, severity, new RuleOptions(options));
    }
}
