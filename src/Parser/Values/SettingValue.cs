// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Values;

/// <summary>
/// A keyword's arguments parsed into a typed value (time interval, algorithm list, pattern list, …).
/// </summary>
/// <remarks>
/// Values are immutable. <see cref="FormatForSshdT"/> renders the value exactly as the target
/// <c>sshd -T</c> prints it (without the key), e.g. <c>yes</c>, <c>120</c>, <c>10:30:100</c>;
/// multi-line keys (Port, HostKey, AllowUsers, …) return one string per printed line.
/// </remarks>
public abstract record SettingValue
{
    /// <summary>The value as <c>sshd -T</c> prints it for <paramref name="target"/>, one entry per output line.</summary>
    public abstract IReadOnlyList<string> FormatForSshdT(Catalog.Target target);
}

/// <summary>An argument problem in sshd's own words.</summary>
/// <param name="Message">What sshd says, without the "file line N:" prefix, e.g. <c>unsupported option "maybe".</c></param>
/// <param name="ArgumentIndex">Zero-based index of the offending argument token; -1 for the whole line.</param>
/// <param name="IsFatal">True when the target sshd refuses to start because of it.</param>
public sealed record ArgumentError(string Message, int ArgumentIndex, bool IsFatal = true)
{
    /// <summary>
    /// A line sshd prints just before <see cref="Message"/> (without a file/line prefix), e.g.
    /// <c>Unknown authentication method "foo" in list</c> before <c>invalid AuthenticationMethods method list.</c>;
    /// null when there is none.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>
    /// True when sshd only reports the problem if this line's value is the one it keeps (first-wins): the error
    /// comes from processing the effective value after parsing, as <c>assemble_algorithms: ciphers: invalid
    /// argument</c> does. The binder should drop it for lines that precedence ignores.
    /// </summary>
    public bool OnlyIfEffective { get; init; }
}

/// <summary>The outcome of parsing one directive's arguments: a value, or an error, or (for warnings) both.</summary>
public sealed record ArgumentParseResult(SettingValue? Value, ArgumentError? Error)
{
    /// <summary>A value without problems.</summary>
    public static ArgumentParseResult Ok(SettingValue value) => new(value, null);

    /// <summary>A value together with a problem (sshd applies the value, then reports or counts the error).</summary>
    public static ArgumentParseResult WithError(SettingValue value, ArgumentError error) => new(value, error);

    /// <summary>No value: sshd rejects the arguments.</summary>
    public static ArgumentParseResult Fail(string message, int argumentIndex = -1, bool isFatal = true) =>
        new(null, new ArgumentError(message, argumentIndex, isFatal));
    /// <summary>No value: sshd rejects the arguments; <paramref name="error"/> carries the details.</summary>
    public static ArgumentParseResult Fail(ArgumentError error) => new(null, error);

    /// <summary>True when the target sshd accepts the line (no error, or a non-fatal one).</summary>
    public bool Succeeded => Error is null || !Error.IsFatal;
}
