// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>
/// The one rule for external test inputs (the sshd oracle, the corpus): locally a missing input skips
/// the tests that need it; in CI (<c>CI=true</c>) it fails them with a message that says what is missing.
/// </summary>
/// <remarks>
/// xunit 2.9 cannot skip a test once it runs, so skipping happens at discovery through
/// <see cref="SshdFactAttribute"/>, <see cref="SshdTheoryAttribute"/>, <see cref="CorpusFactAttribute"/> and
/// <see cref="CorpusTheoryAttribute"/>, which leave <c>Skip</c> unset in CI. The test then runs and the
/// harness throws <see cref="TestInputUnavailableException"/> on first use, which fails it.
/// </remarks>
public static class Requirements
{
    /// <summary>True when the environment variable <c>CI</c> is <c>true</c> (any case) or <c>1</c>.</summary>
    public static bool IsCi
    {
        get
        {
            var ci = Environment.GetEnvironmentVariable("CI");
            return string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || ci == "1";
        }
    }

    /// <summary>
    /// The skip reason for a test that needs the given inputs: null when they are present, or when running
    /// in CI (where the test must run and fail instead).
    /// </summary>
    public static string? SkipReason(bool needsSshd, bool needsCorpus)
    {
        if (IsCi) return null;
        if (needsSshd && !SshdOracle.Available) return SshdOracle.UnavailableMessage;
        if (needsCorpus && !Corpus.Available) return Corpus.UnavailableMessage;
        return null;
    }
}

/// <summary>Thrown when a test uses the oracle or the corpus and it is not there (always in CI, or outside the skip attributes).</summary>
public sealed class TestInputUnavailableException : Exception
{
    /// <summary>Creates the exception with the message that says what is missing and how to provide it.</summary>
    public TestInputUnavailableException(string message) : base(message) { }
}
