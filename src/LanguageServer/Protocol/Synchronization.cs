// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/didOpen</c> (LSP 3.17 "DidOpenTextDocument Notification").</summary>
public sealed class DidOpenTextDocumentParams
{
    /// <summary>The opened document with its full text.</summary>
    [JsonPropertyName("textDocument")]
    public TextDocumentItem? TextDocument { get; set; }
}

/// <summary>Parameters of <c>textDocument/didChange</c> (LSP 3.17 "DidChangeTextDocument Notification").</summary>
public sealed class DidChangeTextDocumentParams
{
    /// <summary>The document and its version after all changes.</summary>
    [JsonPropertyName("textDocument")]
    public VersionedTextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>Changes in order: each applies to the text the previous one produced.</summary>
    [JsonPropertyName("contentChanges")]
    public List<TextDocumentContentChangeEvent>? ContentChanges { get; set; }
}

/// <summary>One change: a range replacement, or the whole text when <see cref="Range"/> is absent.</summary>
public sealed class TextDocumentContentChangeEvent
{
    /// <summary>The replaced range; null for a full-text change.</summary>
    [JsonPropertyName("range")]
    public Range? Range { get; set; }

    /// <summary>Deprecated length of the range; ignored.</summary>
    [JsonPropertyName("rangeLength")]
    public int? RangeLength { get; set; }

    /// <summary>The new text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

/// <summary>Parameters of <c>textDocument/didClose</c>.</summary>
public sealed class DidCloseTextDocumentParams
{
    /// <summary>The closed document.</summary>
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }
}
