// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Profiles;

/// <summary>How a profile treats one rule: on or off, its severity, and option values.</summary>
public sealed record RuleSetting(bool Enabled, DiagnosticSeverity? Severity = null, IReadOnlyDictionary<string, object>? Options = null);

/// <summary>
/// A named set of rule choices. Baselines disagree (MaxAuthTries 2/3/4, LogLevel INFO/VERBOSE, …), so each
/// profile carries its own thresholds and the finding says which profile asked for the value.
/// </summary>
public sealed class Profile
{
    public Profile(string name, string description, Func<Rule, RuleSetting> settings)
    {
        Name = name;
        Description = description;
        _settings = settings;
    }

    private readonly Func<Rule, RuleSetting> _settings;

    public string Name { get; }

    public string Description { get; }

    public RuleSetting For(Rule rule) => _settings(rule);
}
