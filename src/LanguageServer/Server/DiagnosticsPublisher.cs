// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using SshdLint.LanguageServer.Protocol;
using LspDiagnostic = SshdLint.LanguageServer.Protocol.Diagnostic;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// Pushes diagnostics (LSP 3.17 "PublishDiagnostics Notification") after didOpen and didChange, debounced: at most one
/// lint per document runs at a time, and changes that arrive meanwhile are coalesced into one more lint of the newest
/// text, so a burst of keystrokes costs two lints, not one per keystroke.
/// </summary>
/// <remarks>
/// <para>
/// No fixed delay by default (<see cref="ServerSettings.DebounceMs"/> = 0): linting a 5,000-line file takes a few
/// milliseconds, so waiting would add more latency than it saves; the coalescing bounds the work when a lint is slower
/// than the typing. A delay can be configured for very large files.
/// </para>
/// <para>
/// Clients that pull diagnostics (<c>textDocument/diagnostic</c>) get nothing pushed, so they never see the same
/// finding twice.
/// </para>
/// </remarks>
internal sealed class DiagnosticsPublisher(LanguageServerCore server)
{
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    private sealed class State
    {
        public bool Running;
        public bool Pending;
        public int? PublishedVersion;
        public string? PublishedHash;
        public readonly SemaphoreSlim Send = new(1, 1);
    }

    /// <summary>Lints the document soon and publishes its diagnostics (unless the client pulls them).</summary>
    /// <remarks>
    /// Nothing is sent before the client's <c>initialized</c> notification: LSP 3.17 forbids notifications before the
    /// initialize response has reached the client. <c>initialized</c> then schedules every open document.
    /// </remarks>
    public void Schedule(string uri)
    {
        if (server.Capabilities.PullDiagnostics || !server.ClientReady) return;
        var state = _states.GetOrAdd(uri, _ => new State());
        lock (state)
        {
            if (state.Running)
            {
                state.Pending = true;
                return;
            }
            state.Running = true;
            state.Pending = false;
        }
        _ = Task.Run(() => RunAsync(uri, state));
    }

    /// <summary>Clears a closed document's diagnostics in the client (LSP 3.17: the server should clear them on close).</summary>
    public async Task ClearAsync(string uri)
    {
        var state = _states.GetOrAdd(uri, _ => new State());
        await state.Send.WaitAsync().ConfigureAwait(false);
        try
        {
            state.PublishedVersion = null;
            state.PublishedHash = null;
            await server.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri, Diagnostics = [] },
                LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
        }
        finally
        {
            state.Send.Release();
        }
    }

    /// <summary>
    /// The LSP diagnostics of a document under a snapshot: from the analysis that reads it (its own, or the open file
    /// including it), only those located in it.
    /// </summary>
    public static List<LspDiagnostic> Compute(LanguageServerCore server, ServerSnapshot snapshot, Document document, out Analysis? analysis)
    {
        analysis = server.Analyzer.AnalyzeWithContext(snapshot, document);
        if (analysis is null)
        {
            return
            [
                new LspDiagnostic
                {
                    Range = new Range(new Position(0, 0), new Position(0, 0)),
                    Severity = Protocol.DiagnosticSeverity.Warning,
                    Source = ProtocolConversions.Source,
                    Message = $"The file is not linted in the editor: it is larger than {WorkspaceAnalyzer.MaxDocumentLength / (1024 * 1024)} MiB (run sshdlint check on it)",
                },
            ];
        }
        return analysis.DiagnosticsFor(document.Path).Select(d => ProtocolConversions.ToLspDiagnostic(d, snapshot)).ToList();
    }

    /// <summary>A stable id for a list of diagnostics: equal lists give equal ids (pull diagnostics' <c>resultId</c>).</summary>
    public static string Fingerprint(List<LspDiagnostic> diagnostics)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new PublishDiagnosticsParams { Diagnostics = diagnostics }, LspJsonContext.Default.PublishDiagnosticsParams);
        return Convert.ToHexString(SHA256.HashData(bytes), 0, 12).ToLowerInvariant();
    }

    private async Task RunAsync(string uri, State state)
    {
        while (true)
        {
            int delay = server.Snapshot.Settings.DebounceMs;
            if (delay > 0) await Task.Delay(delay).ConfigureAwait(false);
            lock (state) state.Pending = false;
            try
            {
                await PublishAsync(uri, state).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                server.Log($"diagnostics for {uri} failed: {e}");
            }
            lock (state)
            {
                if (!state.Pending)
                {
                    state.Running = false;
                    return;
                }
            }
        }
    }

    private async Task PublishAsync(string uri, State state)
    {
        var snapshot = server.Snapshot;
        if (!snapshot.Documents.TryGetValue(uri, out var document)) return;
        var diagnostics = Compute(server, snapshot, document, out var analysis);
        string hash = Fingerprint(diagnostics);
        await state.Send.WaitAsync().ConfigureAwait(false);
        try
        {
            // Closed meanwhile: ClearAsync has cleared it, and a late publish must not bring the findings back.
            if (!server.Snapshot.Documents.ContainsKey(uri)) return;
            if (state.PublishedVersion == document.Version && state.PublishedHash == hash) return;
            await server.NotifyAsync("textDocument/publishDiagnostics",
                new PublishDiagnosticsParams { Uri = uri, Version = document.Version, Diagnostics = diagnostics },
                LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            state.PublishedVersion = document.Version;
            state.PublishedHash = hash;
        }
        finally
        {
            state.Send.Release();
        }
        // A new analysis of a main file may change what its open drop-ins show (their findings come from it).
        if (analysis is not null && analysis.Main.Uri == uri && analysis.TryClaimPropagation())
        {
            foreach (var path in analysis.FileVersions.Keys)
            {
                if (path != document.Path && snapshot.DocumentAtPath(path) is { } included) Schedule(included.Uri);
            }
        }
    }
}
