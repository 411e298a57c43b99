// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules;

/// <summary>
/// Every rule, in id order. Each category keeps its own list (<c>&lt;Category&gt;/&lt;Category&gt;Rules.cs</c>) so
/// rules are registered beside their code; the registry is explicit (no reflection) so Native AOT keeps them.
/// </summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<Rule>> LazyAll = new(() =>
        RuleCategories.All().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray());

    public static IReadOnlyList<Rule> All => LazyAll.Value;

    /// <summary>Descriptors of everything SshdLint can report: structural checks, rules, internal diagnostics.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors { get; } =
        StructuralDescriptors.All.Concat(All.Select(r => r.Descriptor)).Concat(InternalDescriptors.All)
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Finds a descriptor by id (<c>SSHD2001</c>) or name (<c>permit-root-login</c>), case-insensitively.</summary>
    public static DiagnosticDescriptor? FindDescriptor(string idOrName) =>
        AllDescriptors.FirstOrDefault(d => d.Id.Equals(idOrName, StringComparison.OrdinalIgnoreCase) || d.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase));

    public static Rule? FindRule(string idOrName) =>
        All.FirstOrDefault(r => r.Descriptor.Id.Equals(idOrName, StringComparison.OrdinalIgnoreCase) || r.Descriptor.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Diagnostics about SshdLint itself and about suppressions.</summary>
public static class InternalDescriptors
{
    public static readonly DiagnosticDescriptor InternalError = Descriptors.Create(
        "SSHD0000", "internal-error", "A rule failed",
        "Rule {0} failed on this configuration: {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedSuppression = Descriptors.Create(
        "SSHD4001", "unused-suppression", "Suppression that suppresses nothing",
        "Suppression of {0} matches no finding", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [InternalError, UnusedSuppression];
}
