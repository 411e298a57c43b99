// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>Applies LSP text edits as a client does: all against the same original text.</summary>
internal static class EditApplier
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var source = SourceText.From(text);
        var changes = edits.Select(e => new TextChange(Server.ProtocolConversions.ToTextSpan(source, e.Range), e.NewText)).ToList();
        return source.WithChanges(changes).Text;
    }

    /// <summary>The edits of a workspace edit for one URI (either shape).</summary>
    public static List<TextEdit> For(WorkspaceEdit edit, string uri) =>
        edit.DocumentChanges?.Where(d => d.TextDocument.Uri == uri).SelectMany(d => d.Edits).ToList()
        ?? (edit.Changes is not null && edit.Changes.TryGetValue(uri, out var list) ? list : []);
}
