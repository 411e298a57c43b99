// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/hover</c>.</summary>
public sealed class HoverParams : TextDocumentPositionParams;

/// <summary>The result of <c>textDocument/hover</c> (LSP 3.17 "Hover").</summary>
public sealed class Hover
{
    /// <summary>The Markdown shown.</summary>
    [JsonPropertyName("contents")]
    public MarkupContent Contents { get; set; } = new();

    /// <summary>The range the hover is about.</summary>
    [JsonPropertyName("range")]
    public Range? Range { get; set; }
}

/// <summary>Parameters of <c>textDocument/definition</c>.</summary>
public sealed class DefinitionParams : TextDocumentPositionParams;

/// <summary>Parameters of <c>textDocument/completion</c>.</summary>
public sealed class CompletionParams : TextDocumentPositionParams
{
    /// <summary>How completion was triggered.</summary>
    [JsonPropertyName("context")]
    public CompletionContext? Context { get; set; }
}

/// <summary>How completion was triggered (LSP 3.17 "CompletionContext").</summary>
public sealed class CompletionContext
{
    /// <summary>1 invoked, 2 trigger character, 3 incomplete re-trigger.</summary>
    [JsonPropertyName("triggerKind")]
    public int TriggerKind { get; set; }

    /// <summary>The character typed, for kind 2.</summary>
    [JsonPropertyName("triggerCharacter")]
    public string? TriggerCharacter { get; set; }
}

/// <summary>The result of completion (LSP 3.17 "CompletionList").</summary>
public sealed class CompletionList
{
    /// <summary>False: the list is complete for the text typed so far.</summary>
    [JsonPropertyName("isIncomplete")]
    public bool IsIncomplete { get; set; }

    /// <summary>The items.</summary>
    [JsonPropertyName("items")]
    public List<CompletionItem> Items { get; set; } = [];
}

/// <summary>One proposal (LSP 3.17 "CompletionItem").</summary>
public sealed class CompletionItem
{
    /// <summary>The text shown, and inserted unless <see cref="TextEdit"/> says otherwise.</summary>
    [JsonPropertyName("label")]
    public string Label { get; set; } = "";

    /// <summary>The icon (<see cref="CompletionItemKind"/>).</summary>
    [JsonPropertyName("kind")]
    public int? Kind { get; set; }

    /// <summary>Shown beside the label: the argument syntax.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>Documentation shown for the selected item.</summary>
    [JsonPropertyName("documentation")]
    public MarkupContent? Documentation { get; set; }

    /// <summary>Order key.</summary>
    [JsonPropertyName("sortText")]
    public string? SortText { get; set; }

    /// <summary>Text matched against what was typed.</summary>
    [JsonPropertyName("filterText")]
    public string? FilterText { get; set; }

    /// <summary>1 plain text, 2 snippet (<see cref="InsertTextFormat"/>).</summary>
    [JsonPropertyName("insertTextFormat")]
    public int? InsertTextFormat { get; set; }

    /// <summary>The edit applied on accept: replaces the word being typed.</summary>
    [JsonPropertyName("textEdit")]
    public TextEdit? TextEdit { get; set; }

    /// <summary>1 deprecated.</summary>
    [JsonPropertyName("tags")]
    public List<int>? Tags { get; set; }
}

/// <summary>The subset of LSP 3.17 "CompletionItemKind" used here.</summary>
public static class CompletionItemKind
{
    /// <summary>A value of an enumeration.</summary>
    public const int Value = 12;

    /// <summary>A keyword.</summary>
    public const int Keyword = 14;

    /// <summary>A snippet.</summary>
    public const int Snippet = 15;

    /// <summary>An enumeration member.</summary>
    public const int EnumMember = 20;

    /// <summary>An operator (the algorithm-list prefixes).</summary>
    public const int Operator = 24;
}

/// <summary>LSP 3.17 "InsertTextFormat".</summary>
public static class InsertTextFormat
{
    /// <summary>Plain text.</summary>
    public const int PlainText = 1;

    /// <summary>A snippet with tab stops (<c>$1</c>, <c>${1|a,b|}</c>).</summary>
    public const int Snippet = 2;
}

/// <summary>Parameters of <c>textDocument/documentSymbol</c>.</summary>
public sealed class DocumentSymbolParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }
}

/// <summary>A hierarchical symbol (LSP 3.17 "DocumentSymbol").</summary>
public sealed class DocumentSymbol
{
    /// <summary>Shown in the outline.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>Extra text, e.g. the files an Include reads.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>The icon (<see cref="SymbolKind"/>).</summary>
    [JsonPropertyName("kind")]
    public int Kind { get; set; }

    /// <summary>The whole extent (a Match block to its last line).</summary>
    [JsonPropertyName("range")]
    public Range Range { get; set; } = new();

    /// <summary>The part revealed on selection (the header line).</summary>
    [JsonPropertyName("selectionRange")]
    public Range SelectionRange { get; set; } = new();

    /// <summary>Nested symbols.</summary>
    [JsonPropertyName("children")]
    public List<DocumentSymbol>? Children { get; set; }
}

/// <summary>A flat symbol, for clients without hierarchical support (LSP 3.17 "SymbolInformation").</summary>
public sealed class SymbolInformation
{
    /// <summary>Shown in the outline.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The icon.</summary>
    [JsonPropertyName("kind")]
    public int Kind { get; set; }

    /// <summary>Where it is.</summary>
    [JsonPropertyName("location")]
    public Location Location { get; set; } = new();

    /// <summary>The enclosing symbol's name.</summary>
    [JsonPropertyName("containerName")]
    public string? ContainerName { get; set; }
}

/// <summary>The subset of LSP 3.17 "SymbolKind" used here.</summary>
public static class SymbolKind
{
    /// <summary>A file (Include lines).</summary>
    public const int File = 1;

    /// <summary>A namespace (Match blocks: a scope of settings).</summary>
    public const int Namespace = 3;

    /// <summary>A property (a setting inside a Match block).</summary>
    public const int Property = 7;
}

/// <summary>Parameters of <c>textDocument/foldingRange</c>.</summary>
public sealed class FoldingRangeParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }
}

/// <summary>A foldable line range (LSP 3.17 "FoldingRange").</summary>
public sealed class FoldingRange
{
    /// <summary>Zero-based first line (the Match header stays visible).</summary>
    [JsonPropertyName("startLine")]
    public int StartLine { get; set; }

    /// <summary>Zero-based last line.</summary>
    [JsonPropertyName("endLine")]
    public int EndLine { get; set; }

    /// <summary><c>region</c> or <c>comment</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }
}

/// <summary>Formatting settings from the client (LSP 3.17 "FormattingOptions").</summary>
public sealed class FormattingOptions
{
    /// <summary>Width of one indentation level.</summary>
    [JsonPropertyName("tabSize")]
    public int TabSize { get; set; } = 4;

    /// <summary>Spaces rather than tabs.</summary>
    [JsonPropertyName("insertSpaces")]
    public bool InsertSpaces { get; set; } = true;

    /// <summary>Trim whitespace at line ends (default on here: trailing blanks never mean anything to sshd).</summary>
    [JsonPropertyName("trimTrailingWhitespace")]
    public bool? TrimTrailingWhitespace { get; set; }
}

/// <summary>Parameters of <c>textDocument/formatting</c>.</summary>
public sealed class DocumentFormattingParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>Indentation settings.</summary>
    [JsonPropertyName("options")]
    public FormattingOptions? Options { get; set; }
}

/// <summary>Parameters of <c>textDocument/rangeFormatting</c>.</summary>
public sealed class DocumentRangeFormattingParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>The lines to format.</summary>
    [JsonPropertyName("range")]
    public Range? Range { get; set; }

    /// <summary>Indentation settings.</summary>
    [JsonPropertyName("options")]
    public FormattingOptions? Options { get; set; }
}

/// <summary>Parameters of <c>textDocument/codeAction</c> (LSP 3.17 "CodeActionParams").</summary>
public sealed class CodeActionParams : ITextDocumentParams
{
    /// <inheritdoc />
    [JsonPropertyName("textDocument")]
    public TextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>The selection or cursor line.</summary>
    [JsonPropertyName("range")]
    public Range? Range { get; set; }

    /// <summary>The diagnostics the client shows there, and the kinds asked for.</summary>
    [JsonPropertyName("context")]
    public CodeActionContext? Context { get; set; }
}

/// <summary>LSP 3.17 "CodeActionContext".</summary>
public sealed class CodeActionContext
{
    /// <summary>Diagnostics overlapping the range, as the client has them.</summary>
    [JsonPropertyName("diagnostics")]
    public List<Diagnostic>? Diagnostics { get; set; }

    /// <summary>Kinds wanted (prefix match: <c>source</c> covers <c>source.fixAll.sshdlint</c>); null for all.</summary>
    [JsonPropertyName("only")]
    public List<string>? Only { get; set; }
}

/// <summary>An action (LSP 3.17 "CodeAction").</summary>
public sealed class CodeAction
{
    /// <summary>The instruction shown.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The kind (<see cref="CodeActionKind"/>).</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The diagnostics this action resolves.</summary>
    [JsonPropertyName("diagnostics")]
    public List<Diagnostic>? Diagnostics { get; set; }

    /// <summary>True for the one safe fix clients may apply with a single keystroke.</summary>
    [JsonPropertyName("isPreferred")]
    public bool? IsPreferred { get; set; }

    /// <summary>The edit, possibly across files.</summary>
    [JsonPropertyName("edit")]
    public WorkspaceEdit? Edit { get; set; }
}

/// <summary>Code action kinds used here (LSP 3.17 "CodeActionKind").</summary>
public static class CodeActionKind
{
    /// <summary>A fix for a diagnostic.</summary>
    public const string QuickFix = "quickfix";

    /// <summary>The base kind of whole-file source actions.</summary>
    public const string Source = "source";

    /// <summary>The base kind of fix-all actions.</summary>
    public const string SourceFixAll = "source.fixAll";

    /// <summary>SshdLint's fix-all: every safe fix.</summary>
    public const string SourceFixAllSshdLint = "source.fixAll.sshdlint";
}
