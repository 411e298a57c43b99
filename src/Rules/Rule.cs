// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules;

/// <summary>
/// One check. Rules are stateless: everything they need comes from the <see cref="RuleContext"/>, and they
/// report through it. A rule that throws becomes an internal diagnostic, never a crash.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's identity, message format and default severity.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Option names the rule reads, with their values under the <c>recommended</c> profile.</summary>
    public virtual IReadOnlyDictionary<string, object> DefaultOptions => EmptyOptions;

    /// <summary>
    /// How a built-in profile (<c>recommended</c>, <c>strict</c>, <c>cis</c>, <c>stig</c>) treats this rule: enabled or not,
    /// severity, and option values that differ from <see cref="DefaultOptions"/>. Null keeps the defaults
    /// (enabled as the descriptor says; <c>strict</c> enables every rule).
    /// </summary>
    public virtual Profiles.RuleSetting? ForProfile(string profile) => null;

    /// <summary>Inspects the configuration and reports findings.</summary>
    public abstract void Analyze(RuleContext context);

    private static readonly IReadOnlyDictionary<string, object> EmptyOptions = new Dictionary<string, object>();

    public override string ToString() => $"{Descriptor.Id} {Descriptor.Name}";
}
