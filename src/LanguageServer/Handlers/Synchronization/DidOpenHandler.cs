// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Handlers.Synchronization;

/// <summary><c>textDocument/didOpen</c> (LSP 3.17 "DidOpenTextDocument Notification"): the buffer now shadows the file on disk.</summary>
internal sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
{
    public const string MethodName = "textDocument/didOpen";

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<DidOpenTextDocumentParams> ParamsType => LspJsonContext.Default.DidOpenTextDocumentParams;

    public override string? Validate(DidOpenTextDocumentParams notification) =>
        notification.TextDocument is { Uri.Length: > 0 } ? null : "textDocument.uri is required";

    public override Task HandleAsync(DidOpenTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var item = notification.TextDocument!;
        var snapshot = context.Snapshot;
        var document = new Document(item.Uri, PathUtilities.ToPath(item.Uri), item.Version, SourceText.From(item.Text ?? ""), snapshot.OpenCounter + 1);
        context.Server.SetSnapshot(snapshot.WithDocument(document) with { OpenCounter = snapshot.OpenCounter + 1 });
        DocumentChanges.Relint(context.Server, document);
        return Task.CompletedTask;
    }
}

/// <summary>What a change to one document means for diagnostics.</summary>
internal static class DocumentChanges
{
    /// <summary>Re-lints the document and every open document whose configuration includes it.</summary>
    public static void Relint(LanguageServerCore server, Document document)
    {
        server.Analyzer.Invalidate(document.Uri);
        server.Publisher.Schedule(document.Uri);
        foreach (var uri in server.Analyzer.DocumentsIncluding(document.Path))
        {
            if (uri == document.Uri) continue;
            server.Analyzer.Invalidate(uri);
            server.Publisher.Schedule(uri);
        }
    }
}
