// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>How an algorithm list combines with the default list (semantics.md §9.1).</summary>
public enum AlgorithmListOperation
{
    /// <summary>No prefix: the list replaces the default.</summary>
    Replace,
    /// <summary><c>+</c> (7.0+): append to the default.</summary>
    Append,
    /// <summary><c>-</c> (7.5+): remove matching names (wildcards allowed) from the default.</summary>
    Remove,
    /// <summary><c>^</c> (8.1+): place at the head of the default.</summary>
    Prepend,
}

/// <summary>
/// An algorithm list (Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms,
/// HostbasedAcceptedAlgorithms, CASignatureAlgorithms): the list as written and, for the target, the fully
/// expanded effective list sshd uses.
/// </summary>
/// <remarks>
/// <see cref="Effective"/> is computed with <see cref="AlgorithmAssembler"/> (a port of <c>kex_assemble_names</c>)
/// for <see cref="ParsedFor"/>; <see cref="EffectiveFor"/> recomputes it for another target. Security rules should
/// grade <see cref="Effective"/>, not <see cref="Items"/>: <c>-aes*-ctr</c>, <c>+ssh-rsa</c> and wildcards only mean
/// something after expansion.
/// </remarks>
public sealed record AlgorithmListValue : SettingValue
{
    /// <summary>Which keyword's list this is.</summary>
    public required AlgorithmListKind Kind { get; init; }

    /// <summary>The argument exactly as written, prefix included (<c>+ssh-rsa,ssh-dss</c>).</summary>
    public required string Written { get; init; }

    /// <summary>The prefix operation.</summary>
    public required AlgorithmListOperation Operation { get; init; }

    /// <summary>The comma-separated elements after the prefix, as written (may contain wildcards or empty elements).</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>The target the value was parsed for.</summary>
    public required Target ParsedFor { get; init; }

    /// <summary>The expansion for <see cref="ParsedFor"/>.</summary>
    public required AlgorithmAssembly Assembly { get; init; }

    /// <summary>The effective list for <see cref="ParsedFor"/>, as <c>sshd -T</c> prints it.</summary>
    public IReadOnlyList<string> Effective => Assembly.Effective;

    /// <summary>The effective list for another target.</summary>
    public IReadOnlyList<string> EffectiveFor(Target target) =>
        target == ParsedFor ? Assembly.Effective : AlgorithmAssembler.Assemble(Kind, Written, target).Effective;

    /// <summary>Builds the value for the target's default list (as if the keyword were absent).</summary>
    public static AlgorithmListValue Default(AlgorithmListKind kind, Target target)
    {
        var defaults = AlgorithmCatalog.Defaults(kind, target);
        string written = string.Join(',', defaults);
        return new AlgorithmListValue
        {
            Kind = kind,
            Written = written,
            Operation = AlgorithmListOperation.Replace,
            Items = defaults,
            ParsedFor = target,
            Assembly = AlgorithmAssembler.Assemble(kind, written, target),
        };
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [string.Join(',', EffectiveFor(target))];
}
