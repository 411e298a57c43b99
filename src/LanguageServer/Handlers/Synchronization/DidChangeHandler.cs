// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Handlers.Synchronization;

/// <summary>
/// <c>textDocument/didChange</c> (LSP 3.17 "DidChangeTextDocument Notification"), full or incremental: each change
/// applies to the text the previous one produced, in order.
/// </summary>
internal sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
{
    public const string MethodName = "textDocument/didChange";

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<DidChangeTextDocumentParams> ParamsType => LspJsonContext.Default.DidChangeTextDocumentParams;

    public override string? Validate(DidChangeTextDocumentParams notification) =>
        notification.TextDocument is not { Uri.Length: > 0 } ? "textDocument.uri is required"
        : notification.ContentChanges is null ? "contentChanges is required"
        : null;

    public override Task HandleAsync(DidChangeTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        string uri = notification.TextDocument!.Uri;
        if (!snapshot.Documents.TryGetValue(uri, out var document))
        {
            context.Server.Log($"{MethodName}: {uri} is not open; change ignored");
            return Task.CompletedTask;
        }
        var text = Apply(document.Text, notification.ContentChanges!);
        var changed = document with { Text = text, Version = notification.TextDocument.Version };
        context.Server.SetSnapshot(snapshot.WithDocument(changed));
        DocumentChanges.Relint(context.Server, changed);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The text with one range replaced, built in a single allocation: a document of a few thousand lines is a string
    /// on the large object heap, and a StringBuilder would add a second one per keystroke.
    /// </summary>
    private static string Replace(string text, TextSpan span, string newText) =>
        string.Create(text.Length - span.Length + newText.Length, (text, span, newText), static (destination, state) =>
        {
            var (old, range, insert) = state;
            old.AsSpan(0, range.Start).CopyTo(destination);
            insert.AsSpan().CopyTo(destination[range.Start..]);
            old.AsSpan(range.End).CopyTo(destination[(range.Start + insert.Length)..]);
        });

    /// <summary>Applies changes in order (Roslyn's <c>SourceText.WithChanges</c> model: each range refers to the text so far).</summary>
    public static SourceText Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            string newText = change.Text ?? "";
            if (change.Range is null)
            {
                text = SourceText.From(newText);
                continue;
            }
            var span = ProtocolConversions.ToTextSpan(text, change.Range);
            text = SourceText.From(Replace(text.Text, span, newText));
        }
        return text;
    }
}
