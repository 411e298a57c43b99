// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// The client capabilities the server acts on, read leniently from the raw <c>initialize</c> capabilities
/// (LSP 3.17 "ClientCapabilities"): a missing or oddly typed entry means "not supported".
/// </summary>
internal sealed class ClientCapabilitiesView
{
    private ClientCapabilitiesView() { }

    /// <summary>Nothing supported (before <c>initialize</c>, or a client that sends no capabilities).</summary>
    public static ClientCapabilitiesView None { get; } = new();

    /// <summary><c>workspace.workspaceEdit.documentChanges</c>: versioned edits.</summary>
    public bool DocumentChanges { get; private init; }

    /// <summary><c>workspace.configuration</c>: the server may ask for settings.</summary>
    public bool Configuration { get; private init; }

    /// <summary><c>workspace.didChangeWatchedFiles.dynamicRegistration</c>.</summary>
    public bool WatchedFilesRegistration { get; private init; }

    /// <summary><c>textDocument.diagnostic</c>: the client pulls diagnostics, so the server does not push them.</summary>
    public bool PullDiagnostics { get; private init; }

    /// <summary><c>textDocument.completion.completionItem.snippetSupport</c>.</summary>
    public bool Snippets { get; private init; }

    /// <summary><c>textDocument.documentSymbol.hierarchicalDocumentSymbolSupport</c>.</summary>
    public bool HierarchicalSymbols { get; private init; }

    /// <summary>Reads the capabilities object.</summary>
    public static ClientCapabilitiesView From(JsonElement? capabilities)
    {
        if (capabilities is not { ValueKind: JsonValueKind.Object } root) return None;
        return new ClientCapabilitiesView
        {
            DocumentChanges = Flag(root, "workspace", "workspaceEdit", "documentChanges"),
            Configuration = Flag(root, "workspace", "configuration"),
            WatchedFilesRegistration = Flag(root, "workspace", "didChangeWatchedFiles", "dynamicRegistration"),
            PullDiagnostics = Get(root, "textDocument", "diagnostic") is { ValueKind: JsonValueKind.Object },
            Snippets = Flag(root, "textDocument", "completion", "completionItem", "snippetSupport"),
            HierarchicalSymbols = Flag(root, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"),
        };
    }

    private static bool Flag(JsonElement root, params string[] path) => Get(root, path) is { ValueKind: JsonValueKind.True };

    private static JsonElement? Get(JsonElement root, params string[] path)
    {
        var current = root;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
        }
        return current;
    }
}
