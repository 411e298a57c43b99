// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Synchronization;

/// <summary>
/// <c>textDocument/didClose</c>: the file on disk is the truth again. Its diagnostics are cleared, and the files that
/// include it are re-linted against the disk.
/// </summary>
internal sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
{
    public const string MethodName = "textDocument/didClose";

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<DidCloseTextDocumentParams> ParamsType => LspJsonContext.Default.DidCloseTextDocumentParams;

    public override string? Validate(DidCloseTextDocumentParams notification) =>
        notification.TextDocument is { Uri.Length: > 0 } ? null : "textDocument.uri is required";

    public override async Task HandleAsync(DidCloseTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        string uri = notification.TextDocument!.Uri;
        var server = context.Server;
        if (!context.Snapshot.Documents.TryGetValue(uri, out var document)) return;
        var dependents = server.Analyzer.DocumentsIncluding(document.Path).Where(u => u != uri).ToArray();
        server.SetSnapshot(context.Snapshot.WithoutDocument(uri));
        server.Analyzer.Forget(uri);
        if (!server.Capabilities.PullDiagnostics) await server.Publisher.ClearAsync(uri).ConfigureAwait(false);
        foreach (var dependent in dependents) server.Publisher.Schedule(dependent);
    }
}
