// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>A diagnostic as LSP transmits it (LSP 3.17 "Diagnostic").</summary>
public sealed class Diagnostic
{
    /// <summary>Where the problem is.</summary>
    [JsonPropertyName("range")]
    public Range Range { get; set; } = new();

    /// <summary>1 error, 2 warning, 3 information, 4 hint (<see cref="DiagnosticSeverity"/>).</summary>
    [JsonPropertyName("severity")]
    public int? Severity { get; set; }

    /// <summary>The rule id, e.g. <c>SSHD2001</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>Link to the rule's documentation (3.16+).</summary>
    [JsonPropertyName("codeDescription")]
    public CodeDescription? CodeDescription { get; set; }

    /// <summary><c>sshdlint</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; set; } = "";

    /// <summary>1 unnecessary, 2 deprecated (<see cref="DiagnosticTag"/>).</summary>
    [JsonPropertyName("tags")]
    public List<int>? Tags { get; set; }

    /// <summary>Related places, such as the line that wins in another file.</summary>
    [JsonPropertyName("relatedInformation")]
    public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }

    /// <summary>Preserved between publish and code action (3.16+): the rule name and whether sshd would refuse to start.</summary>
    [JsonPropertyName("data")]
    public DiagnosticData? Data { get; set; }
}

/// <summary>What SshdLint puts in <see cref="Diagnostic.Data"/>.</summary>
public sealed class DiagnosticData
{
    /// <summary>The rule's kebab-case name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>True when the target sshd would refuse to start because of the problem.</summary>
    [JsonPropertyName("fatal")]
    public bool Fatal { get; set; }

    /// <summary>Titles of the fixes offered as code actions.</summary>
    [JsonPropertyName("fixes")]
    public List<string>? Fixes { get; set; }
}

/// <summary>LSP 3.17 "DiagnosticSeverity".</summary>
public static class DiagnosticSeverity
{
    /// <summary>Error.</summary>
    public const int Error = 1;

    /// <summary>Warning.</summary>
    public const int Warning = 2;

    /// <summary>Information.</summary>
    public const int Information = 3;

    /// <summary>Hint.</summary>
    public const int Hint = 4;
}

/// <summary>LSP 3.17 "DiagnosticTag".</summary>
public static class DiagnosticTag
{
    /// <summary>Unused or unnecessary code: clients fade it out.</summary>
    public const int Unnecessary = 1;

    /// <summary>Deprecated: clients strike it through.</summary>
    public const int Deprecated = 2;
}

/// <summary>A link describing a diagnostic's code (LSP 3.17 "CodeDescription").</summary>
public sealed class CodeDescription
{
    /// <summary>The rule page.</summary>
    [JsonPropertyName("href")]
    public string Href { get; set; } = "";
}

/// <summary>A related place (LSP 3.17 "DiagnosticRelatedInformation").</summary>
public sealed class DiagnosticRelatedInformation
{
    /// <summary>The place, possibly in another file.</summary>
    [JsonPropertyName("location")]
    public Location Location { get; set; } = new();

    /// <summary>Why it is related.</summary>
    [JsonPropertyName("message")]
    public string Message { get; set; } = "";
}

/// <summary>Parameters of <c>textDocument/publishDiagnostics</c>.</summary>
public sealed class PublishDiagnosticsParams
{
    /// <summary>The document.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The version the diagnostics were computed for (absent for files that are not open).</summary>
    [JsonPropertyName("version")]
    public int? Version { get; set; }

    /// <summary>Every diagnostic of the document; an empty list clears them.</summary>
    [JsonPropertyName("diagnostics")]
    public List<Diagnostic> Diagnostics { get; set; } = [];
}

/// <summary>Parameters of <c>textDocument/diagnostic</c> (LSP 3.17 "Document Diagnostics").</summary>
public sealed class DocumentDiagnosticParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>The provider identifier.</summary>
    [JsonPropertyName("identifier")]
    public string? Identifier { get; set; }

    /// <summary>The result id of the last report the client has.</summary>
    [JsonPropertyName("previousResultId")]
    public string? PreviousResultId { get; set; }
}

/// <summary>A full or unchanged document diagnostic report.</summary>
/// <remarks>One class for both shapes of LSP's union: <see cref="Items"/> is null for <c>unchanged</c>.</remarks>
public sealed class DocumentDiagnosticReport
{
    /// <summary><c>full</c> or <c>unchanged</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = DocumentDiagnosticReportKind.Full;

    /// <summary>Identifies this result for the next request's <c>previousResultId</c>.</summary>
    [JsonPropertyName("resultId")]
    public string? ResultId { get; set; }

    /// <summary>The diagnostics (full reports only).</summary>
    [JsonPropertyName("items")]
    public List<Diagnostic>? Items { get; set; }
}

/// <summary>LSP 3.17 "DocumentDiagnosticReportKind".</summary>
public static class DocumentDiagnosticReportKind
{
    /// <summary>A full report.</summary>
    public const string Full = "full";

    /// <summary>Nothing changed since <c>previousResultId</c>.</summary>
    public const string Unchanged = "unchanged";
}
