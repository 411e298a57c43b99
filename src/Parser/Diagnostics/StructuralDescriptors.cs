// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Diagnostics;

/// <summary>
/// Descriptors for the problems sshd itself checks when it reads a configuration (SSHD0xxx), and for keywords
/// it accepts but ignores (SSHD3xxx). They are emitted by the parser and binder, not by rules.
/// </summary>
/// <remarks>Messages quote sshd's own wording where it has one, so users can search for it.</remarks>
public static class StructuralDescriptors
{
    public static readonly DiagnosticDescriptor UnknownKeyword = Descriptors.Create(
        "SSHD0001", "unknown-keyword", "Unknown keyword",
        "Bad configuration option: {0}{1}", DiagnosticSeverity.Error, fixAvailability: FixAvailability.Sometimes);

    public static readonly DiagnosticDescriptor MissingArgument = Descriptors.Create(
        "SSHD0002", "missing-argument", "Keyword without an argument",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidQuotes = Descriptors.Create(
        "SSHD0003", "invalid-quotes", "Unbalanced quotes",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ExtraArguments = Descriptors.Create(
        "SSHD0004", "extra-arguments", "Extra arguments at end of line",
        "{0}", DiagnosticSeverity.Error, fixAvailability: FixAvailability.None);

    public static readonly DiagnosticDescriptor InvalidValue = Descriptors.Create(
        "SSHD0005", "invalid-value", "Invalid argument",
        "{0}: {1}", DiagnosticSeverity.Error, fixAvailability: FixAvailability.Sometimes);

    public static readonly DiagnosticDescriptor NotAllowedInMatch = Descriptors.Create(
        "SSHD0006", "not-allowed-in-match", "Keyword not allowed in a Match block",
        "Directive '{0}' is not allowed within a Match block{1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadMatchCondition = Descriptors.Create(
        "SSHD0007", "bad-match-condition", "Bad Match condition",
        "Bad Match condition: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSubsystem = Descriptors.Create(
        "SSHD0008", "duplicate-subsystem", "Subsystem defined twice",
        "Subsystem '{0}' already defined{1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CommandWithoutUser = Descriptors.Create(
        "SSHD0009", "command-without-user", "Command keyword without its User",
        "{0} set without {0}User", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncludeProblem = Descriptors.Create(
        "SSHD0010", "include-error", "Include cannot be read",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LineTooLong = Descriptors.Create(
        "SSHD0011", "line-too-long", "Line too long for this sshd",
        "line too long: OpenSSH {0} reads lines of at most 4094 bytes", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NulByte = Descriptors.Create(
        "SSHD0012", "nul-byte", "NUL byte in line",
        "NUL byte: sshd ignores the rest of this line and joins the next line to it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IgnoredLine = Descriptors.Create(
        "SSHD0013", "ignored-line", "Line ignored by sshd",
        "sshd ignores this line: {0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConfigurationTooLarge = Descriptors.Create(
        "SSHD0014", "configuration-too-large", "Configuration too large",
        "Configuration file is too large (have {0}, max {1})", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsatisfiableAuthenticationMethods = Descriptors.Create(
        "SSHD0015", "unsatisfiable-authentication-methods", "AuthenticationMethods cannot be satisfied",
        "AuthenticationMethods cannot be satisfied by enabled authentication methods: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FileNotFound = Descriptors.Create(
        "SSHD0016", "file-not-found", "Configuration file missing",
        "{0}: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DeprecatedKeyword = Descriptors.Create(
        "SSHD3001", "deprecated-keyword", "Deprecated keyword",
        "Deprecated option {0}: OpenSSH {1} ignores it{2}", DiagnosticSeverity.Warning,
        DiagnosticTags.Deprecated | DiagnosticTags.Unnecessary, FixAvailability.Always);

    public static readonly DiagnosticDescriptor UnsupportedKeyword = Descriptors.Create(
        "SSHD3002", "unsupported-keyword", "Keyword compiled out of this sshd",
        "Unsupported option {0}: this sshd build ignores it", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public static readonly DiagnosticDescriptor IgnoredKeyword = Descriptors.Create(
        "SSHD3003", "ignored-keyword", "Keyword silently ignored",
        "{0} has no effect since OpenSSH {1}{2}", DiagnosticSeverity.Warning,
        DiagnosticTags.Deprecated | DiagnosticTags.Unnecessary, FixAvailability.Always);

    /// <summary>Every descriptor above, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnknownKeyword, MissingArgument, InvalidQuotes, ExtraArguments, InvalidValue, NotAllowedInMatch,
        BadMatchCondition, DuplicateSubsystem, CommandWithoutUser, IncludeProblem, LineTooLong, NulByte,
        IgnoredLine, ConfigurationTooLarge, UnsatisfiableAuthenticationMethods, FileNotFound,
        DeprecatedKeyword, UnsupportedKeyword, IgnoredKeyword,
    ];
}
