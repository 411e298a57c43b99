// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

// Basic structures of LSP 3.17 ("Basic JSON Structures"). Only the members SshdLint reads or writes are declared;
// unknown members sent by a client are ignored by the deserializer.

/// <summary>A zero-based line and UTF-16 character offset (LSP 3.17 §3.17.1 "Position").</summary>
public sealed class Position
{
    /// <summary>Creates a position.</summary>
    public Position() { }

    /// <summary>Creates a position at <paramref name="line"/>, <paramref name="character"/>.</summary>
    public Position(int line, int character)
    {
        Line = line;
        Character = character;
    }

    /// <summary>Zero-based line.</summary>
    [JsonPropertyName("line")]
    public int Line { get; set; }

    /// <summary>Zero-based UTF-16 offset in the line; past the end means the end of the line.</summary>
    [JsonPropertyName("character")]
    public int Character { get; set; }
}

/// <summary>A half-open range of positions (LSP 3.17 "Range").</summary>
public sealed class Range
{
    /// <summary>Creates an empty range at 0:0.</summary>
    public Range() { }

    /// <summary>Creates a range.</summary>
    public Range(Position start, Position end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Inclusive start.</summary>
    [JsonPropertyName("start")]
    public Position Start { get; set; } = new();

    /// <summary>Exclusive end.</summary>
    [JsonPropertyName("end")]
    public Position End { get; set; } = new();
}

/// <summary>A range in a document (LSP 3.17 "Location").</summary>
public sealed class Location
{
    /// <summary>The document.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The range in it.</summary>
    [JsonPropertyName("range")]
    public Range Range { get; set; } = new();
}

/// <summary>A replacement of a range by new text (LSP 3.17 "TextEdit").</summary>
public sealed class TextEdit
{
    /// <summary>The range replaced, in the document as the client has it.</summary>
    [JsonPropertyName("range")]
    public Range Range { get; set; } = new();

    /// <summary>The replacement; empty to delete.</summary>
    [JsonPropertyName("newText")]
    public string NewText { get; set; } = "";
}

/// <summary>Names a text document (LSP 3.17 "TextDocumentIdentifier").</summary>
public class TextDocumentIdentifier
{
    /// <summary>The document's URI.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";
}

/// <summary>A document at a version (LSP 3.17 "VersionedTextDocumentIdentifier").</summary>
public sealed class VersionedTextDocumentIdentifier : TextDocumentIdentifier
{
    /// <summary>The version after the change it accompanies.</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; }
}

/// <summary>A document at a version, or on disk (LSP 3.17 "OptionalVersionedTextDocumentIdentifier").</summary>
public sealed class OptionalVersionedTextDocumentIdentifier
{
    /// <summary>The document's URI.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The open document's version, or null for a file that is not open (the property is always written).</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; set; }
}

/// <summary>Edits to one document (LSP 3.17 "TextDocumentEdit").</summary>
public sealed class TextDocumentEdit
{
    /// <summary>The document and the version the edits were computed against.</summary>
    [JsonPropertyName("textDocument")]
    public OptionalVersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    /// <summary>Non-overlapping edits against that version.</summary>
    [JsonPropertyName("edits")]
    public List<TextEdit> Edits { get; set; } = [];
}

/// <summary>Changes to many documents (LSP 3.17 "WorkspaceEdit").</summary>
/// <remarks>Exactly one of <see cref="Changes"/> and <see cref="DocumentChanges"/> is set, depending on the client's <c>workspaceEdit.documentChanges</c> capability.</remarks>
public sealed class WorkspaceEdit
{
    /// <summary>Edits by document URI.</summary>
    [JsonPropertyName("changes")]
    public Dictionary<string, List<TextEdit>>? Changes { get; set; }

    /// <summary>Versioned edits, preferred when the client supports them.</summary>
    [JsonPropertyName("documentChanges")]
    public List<TextDocumentEdit>? DocumentChanges { get; set; }
}

/// <summary>An open document's content (LSP 3.17 "TextDocumentItem").</summary>
public sealed class TextDocumentItem
{
    /// <summary>The document's URI.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The client's language id (<c>sshdconfig</c> in Neovim, anything here).</summary>
    [JsonPropertyName("languageId")]
    public string? LanguageId { get; set; }

    /// <summary>Version, increasing with each change.</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; }

    /// <summary>The full text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = "";
}

/// <summary>Parameters naming a document (the common shape of document requests).</summary>
public interface ITextDocumentParams
{
    /// <summary>The document the request is about.</summary>
    TextDocumentIdentifier? TextDocument { get; }
}

/// <summary>A document and a position in it (LSP 3.17 "TextDocumentPositionParams").</summary>
public class TextDocumentPositionParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>The position.</summary>
    [JsonPropertyName("position")]
    public Position? Position { get; set; }
}

/// <summary>Rich text (LSP 3.17 "MarkupContent").</summary>
public sealed class MarkupContent
{
    /// <summary><c>markdown</c> or <c>plaintext</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = MarkupKind.Markdown;

    /// <summary>The content.</summary>
    [JsonPropertyName("value")]
    public string Value { get; set; } = "";
}

/// <summary>The two markup kinds (LSP 3.17 "MarkupKind").</summary>
public static class MarkupKind
{
    /// <summary>Plain text.</summary>
    public const string PlainText = "plaintext";

    /// <summary>GitHub-flavoured Markdown.</summary>
    public const string Markdown = "markdown";
}

/// <summary>A command the client may run (LSP 3.17 "Command").</summary>
public sealed class Command
{
    /// <summary>Title shown to the user.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>Command identifier.</summary>
    [JsonPropertyName("command")]
    public string CommandIdentifier { get; set; } = "";

    /// <summary>Arguments.</summary>
    [JsonPropertyName("arguments")]
    public List<JsonElement>? Arguments { get; set; }
}
