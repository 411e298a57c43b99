// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Handlers.Workspace;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Lifecycle;

/// <summary>
/// <c>initialized</c> (LSP 3.17 "Initialized Notification"): from now on the server may send requests, so it registers
/// its file watchers and asks for settings.
/// </summary>
internal sealed class InitializedHandler : NotificationHandler<NoParams>
{
    public const string MethodName = "initialized";

    /// <summary>Watched globs: drop-ins and main files (re-lint the files that include them) and the settings file.</summary>
    public static readonly IReadOnlyList<string> WatchedGlobs = ["**/*.conf", "**/sshd_config*", "**/" + Rules.Configuration.ConfigurationFile.FileName];

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<NoParams> ParamsType => NoParams.TypeInfo;

    public override Task HandleAsync(NoParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var server = context.Server;
        server.MarkClientReady();
        foreach (var uri in context.Snapshot.Documents.Keys) server.Publisher.Schedule(uri);
        // Requests to the client are not awaited here: the queue must not wait on the client.
        if (server.Capabilities.WatchedFilesRegistration) _ = RegisterWatchersAsync(server);
        if (server.Capabilities.Configuration) _ = DidChangeConfigurationHandler.PullSettingsAsync(server);
        return Task.CompletedTask;
    }

    private static async Task RegisterWatchersAsync(LanguageServerCore server)
    {
        try
        {
            var registration = new RegistrationParams
            {
                Registrations =
                [
                    new Registration
                    {
                        Id = "sshdlint-watched-files",
                        Method = DidChangeWatchedFilesHandler.MethodName,
                        RegisterOptions = new DidChangeWatchedFilesRegistrationOptions
                        {
                            Watchers = WatchedGlobs.Select(g => new Protocol.FileSystemWatcher { GlobPattern = g }).ToList(),
                        },
                    },
                ],
            };
            await server.RequestAsync("client/registerCapability", registration, LspJsonContext.Default.RegistrationParams, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            server.Log($"cannot watch files: {e.Message}");
        }
    }
}
