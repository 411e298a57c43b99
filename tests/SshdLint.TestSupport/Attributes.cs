// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>A fact that needs the sshd oracle: skipped when sshd is unavailable, except in CI where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SshdFactAttribute : FactAttribute
{
    /// <summary>Sets <c>Skip</c> from <see cref="Requirements.SkipReason"/>.</summary>
    public SshdFactAttribute() => Skip = Requirements.SkipReason(needsSshd: true, needsCorpus: false);
}

/// <summary>A theory that needs the sshd oracle: skipped when sshd is unavailable, except in CI where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SshdTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <c>Skip</c> from <see cref="Requirements.SkipReason"/>.</summary>
    public SshdTheoryAttribute() => Skip = Requirements.SkipReason(needsSshd: true, needsCorpus: false);
}

/// <summary>A fact that needs the corpus (and, with <see cref="RequiresSshd"/>, the oracle too).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusFactAttribute : FactAttribute
{
    private string? _skip;

    /// <summary>True when the test also runs sshd.</summary>
    public bool RequiresSshd { get; set; }

    /// <inheritdoc />
    /// <remarks>Computed on read, because named arguments such as <see cref="RequiresSshd"/> are set after the constructor.</remarks>
    public override string? Skip
    {
        get => _skip ?? Requirements.SkipReason(RequiresSshd, needsCorpus: true);
        set => _skip = value;
    }
}

/// <summary>
/// A theory over corpus data (typically <c>[MemberData(nameof(Corpus.FileNames), MemberType = typeof(Corpus))]</c>).
/// Skipped as a whole, without enumerating its data, when the corpus (or, with <see cref="RequiresSshd"/>, sshd)
/// is missing locally; in CI the data source throws and the theory fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    private string? _skip;

    /// <summary>True when the test also runs sshd.</summary>
    public bool RequiresSshd { get; set; }

    /// <inheritdoc />
    /// <remarks>Computed on read, because named arguments such as <see cref="RequiresSshd"/> are set after the constructor.</remarks>
    public override string? Skip
    {
        get => _skip ?? Requirements.SkipReason(RequiresSshd, needsCorpus: true);
        set => _skip = value;
    }
}
