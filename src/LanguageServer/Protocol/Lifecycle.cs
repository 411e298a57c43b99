// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>Parameters of <c>initialize</c> (LSP 3.17 "Initialize Request").</summary>
/// <remarks>
/// <see cref="Capabilities"/> and <see cref="InitializationOptions"/> stay raw JSON: clients send large, loosely typed
/// capability trees, and a type mismatch deep inside one must not make <c>initialize</c> fail. They are read through
/// <see cref="Server.ClientCapabilitiesView"/>.
/// </remarks>
public sealed class InitializeParams
{
    /// <summary>The client's process id, if it has one.</summary>
    [JsonPropertyName("processId")]
    public int? ProcessId { get; set; }

    /// <summary>The workspace root (deprecated in favour of workspace folders, still sent by Neovim 0.7).</summary>
    [JsonPropertyName("rootUri")]
    public string? RootUri { get; set; }

    /// <summary>What the client supports.</summary>
    [JsonPropertyName("capabilities")]
    public JsonElement? Capabilities { get; set; }

    /// <summary>Server settings given at start (same shape as the <c>sshdlint</c> settings section).</summary>
    [JsonPropertyName("initializationOptions")]
    public JsonElement? InitializationOptions { get; set; }

    /// <summary>Information about the client.</summary>
    [JsonPropertyName("clientInfo")]
    public ClientInfo? ClientInfo { get; set; }
}

/// <summary>The client's name and version.</summary>
public sealed class ClientInfo
{
    /// <summary>Name, e.g. <c>Neovim</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Version, if sent.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}

/// <summary>The result of <c>initialize</c>.</summary>
public sealed class InitializeResult
{
    /// <summary>What this server provides.</summary>
    [JsonPropertyName("capabilities")]
    public ServerCapabilities Capabilities { get; set; } = new();

    /// <summary>Name and version of the server.</summary>
    [JsonPropertyName("serverInfo")]
    public ServerInfo? ServerInfo { get; set; }
}

/// <summary>The server's name and version.</summary>
public sealed class ServerInfo
{
    /// <summary><c>sshdlint</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The tool version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}

/// <summary>The server capabilities SshdLint announces (LSP 3.17 "ServerCapabilities").</summary>
public sealed class ServerCapabilities
{
    /// <summary>Always <c>utf-16</c>, the engine's own position model.</summary>
    [JsonPropertyName("positionEncoding")]
    public string? PositionEncoding { get; set; }

    /// <summary>Open/close and incremental change notifications.</summary>
    [JsonPropertyName("textDocumentSync")]
    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    /// <summary>Pull diagnostics.</summary>
    [JsonPropertyName("diagnosticProvider")]
    public DiagnosticOptions? DiagnosticProvider { get; set; }

    /// <summary>Hover.</summary>
    [JsonPropertyName("hoverProvider")]
    public bool HoverProvider { get; set; }

    /// <summary>Completion.</summary>
    [JsonPropertyName("completionProvider")]
    public CompletionOptions? CompletionProvider { get; set; }

    /// <summary>Go to definition.</summary>
    [JsonPropertyName("definitionProvider")]
    public bool DefinitionProvider { get; set; }

    /// <summary>Document symbols.</summary>
    [JsonPropertyName("documentSymbolProvider")]
    public bool DocumentSymbolProvider { get; set; }

    /// <summary>Code actions with their kinds.</summary>
    [JsonPropertyName("codeActionProvider")]
    public CodeActionOptions? CodeActionProvider { get; set; }

    /// <summary>Whole-document formatting.</summary>
    [JsonPropertyName("documentFormattingProvider")]
    public bool DocumentFormattingProvider { get; set; }

    /// <summary>Range formatting.</summary>
    [JsonPropertyName("documentRangeFormattingProvider")]
    public bool DocumentRangeFormattingProvider { get; set; }

    /// <summary>Folding ranges.</summary>
    [JsonPropertyName("foldingRangeProvider")]
    public bool FoldingRangeProvider { get; set; }

    /// <summary>Commands for <c>workspace/executeCommand</c>.</summary>
    [JsonPropertyName("executeCommandProvider")]
    public ExecuteCommandOptions? ExecuteCommandProvider { get; set; }
}

/// <summary>How documents are synchronised (LSP 3.17 "TextDocumentSyncOptions").</summary>
public sealed class TextDocumentSyncOptions
{
    /// <summary>didOpen and didClose are wanted.</summary>
    [JsonPropertyName("openClose")]
    public bool OpenClose { get; set; }

    /// <summary>0 none, 1 full, 2 incremental (<see cref="TextDocumentSyncKind"/>).</summary>
    [JsonPropertyName("change")]
    public int Change { get; set; }
}

/// <summary>LSP 3.17 "TextDocumentSyncKind".</summary>
public static class TextDocumentSyncKind
{
    /// <summary>The whole text on every change.</summary>
    public const int Full = 1;

    /// <summary>Only the changed ranges.</summary>
    public const int Incremental = 2;
}

/// <summary>Pull diagnostics options (LSP 3.17 "DiagnosticOptions").</summary>
public sealed class DiagnosticOptions
{
    /// <summary>Identifies SshdLint's diagnostics among other providers.</summary>
    [JsonPropertyName("identifier")]
    public string? Identifier { get; set; }

    /// <summary>True: a change in one file (a drop-in) changes the diagnostics of another (the file including it).</summary>
    [JsonPropertyName("interFileDependencies")]
    public bool InterFileDependencies { get; set; }

    /// <summary>No <c>workspace/diagnostic</c>.</summary>
    [JsonPropertyName("workspaceDiagnostics")]
    public bool WorkspaceDiagnostics { get; set; }
}

/// <summary>Completion options (LSP 3.17 "CompletionOptions").</summary>
public sealed class CompletionOptions
{
    /// <summary>Characters that open completion without the user asking.</summary>
    [JsonPropertyName("triggerCharacters")]
    public List<string>? TriggerCharacters { get; set; }

    /// <summary>No <c>completionItem/resolve</c>: items are complete.</summary>
    [JsonPropertyName("resolveProvider")]
    public bool ResolveProvider { get; set; }
}

/// <summary>Code action options (LSP 3.17 "CodeActionOptions").</summary>
public sealed class CodeActionOptions
{
    /// <summary>The kinds offered.</summary>
    [JsonPropertyName("codeActionKinds")]
    public List<string>? CodeActionKinds { get; set; }

    /// <summary>No <c>codeAction/resolve</c>: edits are computed eagerly.</summary>
    [JsonPropertyName("resolveProvider")]
    public bool ResolveProvider { get; set; }
}

/// <summary>Execute-command options (LSP 3.17 "ExecuteCommandOptions").</summary>
public sealed class ExecuteCommandOptions
{
    /// <summary>The commands the server runs.</summary>
    [JsonPropertyName("commands")]
    public List<string> Commands { get; set; } = [];
}

/// <summary>Parameters of <c>$/setTrace</c>.</summary>
public sealed class SetTraceParams
{
    /// <summary><c>off</c>, <c>messages</c> or <c>verbose</c>.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
