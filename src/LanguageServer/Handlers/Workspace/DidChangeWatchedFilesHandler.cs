// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Workspace;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c> (LSP 3.17 "DidChangeWatchedFiles Notification"): a drop-in or settings file
/// changed on disk. Analyses that read it become stale (the disk generation moves on) and the open files that include
/// it are re-linted; a created or deleted file can change what an Include glob matches, and a settings file changes
/// everything, so those re-lint every open file.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler : NotificationHandler<DidChangeWatchedFilesParams>
{
    public const string MethodName = "workspace/didChangeWatchedFiles";

    private const int Changed = 2;

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<DidChangeWatchedFilesParams> ParamsType => LspJsonContext.Default.DidChangeWatchedFilesParams;

    public override Task HandleAsync(DidChangeWatchedFilesParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var changes = notification.Changes ?? [];
        if (changes.Count == 0) return Task.CompletedTask;
        var server = context.Server;
        var snapshot = context.Snapshot;
        server.SetSnapshot(snapshot with { DiskGeneration = snapshot.DiskGeneration + 1 });

        var relint = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            string path = PathUtilities.ToPath(change.Uri);
            bool everything = change.Type != Changed || Path.GetFileName(path) == Rules.Configuration.ConfigurationFile.FileName;
            if (everything)
            {
                relint.UnionWith(snapshot.Documents.Keys);
                break;
            }
            relint.UnionWith(server.Analyzer.DocumentsIncluding(path));
        }
        foreach (var uri in relint) server.Publisher.Schedule(uri);
        return Task.CompletedTask;
    }
}
