// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Diagnostics;

/// <summary>How loudly a diagnostic is reported (LSP's four levels).</summary>
public enum DiagnosticSeverity
{
    Hint = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>Rule families, one per id range (docs/rule-id-ranges.txt).</summary>
public enum DiagnosticCategory
{
    /// <summary>0xxx: syntax and structure that sshd itself checks.</summary>
    Syntax,
    /// <summary>1xxx: correctness and ineffective configuration.</summary>
    Correctness,
    /// <summary>2xxx: security hardening.</summary>
    Security,
    /// <summary>3xxx: deprecated and version-specific.</summary>
    Deprecated,
    /// <summary>4xxx: style.</summary>
    Style,
}

/// <summary>Extra classification, mapped to LSP DiagnosticTag where one exists.</summary>
[Flags]
public enum DiagnosticTags
{
    None = 0,
    Security = 1,
    Deprecated = 2,
    Unnecessary = 4,
}

/// <summary>Whether a rule offers fixes.</summary>
public enum FixAvailability
{
    None,
    Sometimes,
    Always,
}

/// <summary>The immutable description of one check: id, name, message format, default severity.</summary>
/// <remarks>Build only through <see cref="Descriptors.Create"/>, which validates the id range and name.</remarks>
public sealed record DiagnosticDescriptor
{
    internal DiagnosticDescriptor() { }

    /// <summary><c>SSHD</c> + four digits, e.g. <c>SSHD0001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>kebab-case alias usable wherever the id is (config, suppressions).</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    /// <summary>Composite format for the message (<see cref="string.Format(IFormatProvider, string, object[])"/>), no trailing period.</summary>
    public required string MessageFormat { get; init; }

    public required DiagnosticCategory Category { get; init; }

    public required DiagnosticSeverity DefaultSeverity { get; init; }

    public bool IsEnabledByDefault { get; init; } = true;

    public DiagnosticTags Tags { get; init; }

    public FixAvailability FixAvailability { get; init; }

    /// <summary>SshdLint version that introduced the check.</summary>
    public string Since { get; init; } = "0.1.0";

    /// <summary>Link to the rule's documentation, derived from the id.</summary>
    public string HelpLink => $"https://github.com/sshdlint/sshdlint/blob/main/docs/rules/{Id}.md";

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}

/// <summary>Factory for descriptors; enforces the id scheme of docs/rule-id-ranges.txt.</summary>
public static class Descriptors
{
    public static DiagnosticDescriptor Create(
        string id,
        string name,
        string title,
        string messageFormat,
        DiagnosticSeverity severity,
        DiagnosticTags tags = DiagnosticTags.None,
        FixAvailability fixAvailability = FixAvailability.None,
        bool enabledByDefault = true,
        string since = "0.1.0")
    {
        if (id.Length != 8 || !id.StartsWith("SSHD", StringComparison.Ordinal) || !id.AsSpan(4).ContainsOnlyDigits())
            throw new ArgumentException($"descriptor id '{id}' is not SSHD + four digits", nameof(id));
        foreach (char c in name)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-'))
                throw new ArgumentException($"descriptor name '{name}' is not kebab-case", nameof(name));
        }
        var category = id[4] switch
        {
            '0' => DiagnosticCategory.Syntax,
            '1' => DiagnosticCategory.Correctness,
            '2' => DiagnosticCategory.Security,
            '3' => DiagnosticCategory.Deprecated,
            '4' => DiagnosticCategory.Style,
            _ => throw new ArgumentException($"descriptor id '{id}' is outside the known ranges", nameof(id)),
        };
        return new DiagnosticDescriptor
        {
            Id = id,
            Name = name,
            Title = title,
            MessageFormat = messageFormat,
            Category = category,
            DefaultSeverity = severity,
            Tags = tags,
            FixAvailability = fixAvailability,
            IsEnabledByDefault = enabledByDefault,
            Since = since,
        };
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return true;
    }
}

/// <summary>A place in a file: path as the user gave it (or as an Include resolved it), span and line positions.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(string path, SourceText text, TextSpan span) => new(path, span, text.GetLinePositionSpan(span));

    /// <summary>One-based line for people.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>One-based column (UTF-16) for people.</summary>
    public int Column => LineSpan.Start.Character + 1;
}

/// <summary>A related place with a short explanation (the winning line, the Include that pulls a file in, …).</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>How safe a fix is to apply without review.</summary>
public enum FixApplicability
{
    /// <summary>Does not change what sshd does, or only removes what sshd ignores.</summary>
    Safe,
    /// <summary>Changes behaviour with low lockout risk.</summary>
    Unsafe,
    /// <summary>May lock people out or break clients; offered one at a time, never in bulk.</summary>
    Dangerous,
}

/// <summary>A text replacement in one file, against that file's original text.</summary>
public sealed record FileTextEdit(string Path, TextChange Change);

/// <summary>A fix: an instruction-style title and edits in one or more files.</summary>
public sealed record CodeFix(string Title, FixApplicability Applicability, IReadOnlyList<FileTextEdit> Edits);

/// <summary>One finding.</summary>
public sealed record Diagnostic
{
    public required DiagnosticDescriptor Descriptor { get; init; }

    public required string Message { get; init; }

    public required Location Location { get; init; }

    /// <summary>Effective severity after configuration (defaults to the descriptor's).</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>True exactly when the target sshd would refuse to start because of this problem.</summary>
    public bool Fatal { get; init; }

    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];

    /// <summary>
    /// For a finding about a keyword no line sets (the compiled-in default applies): that keyword. Such findings sit at
    /// a stand-in place (the first line, or the first Include), so identity — SARIF fingerprints — uses this instead.
    /// </summary>
    public string? DefaultKeyword { get; init; }

    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) => new()
    {
        Descriptor = descriptor,
        Message = descriptor.FormatMessage(args),
        Location = location,
        Severity = descriptor.DefaultSeverity,
    };

    public override string ToString() => $"{Location.Path}:{Location.Line}:{Location.Column}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Id}]";
}
