// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Workspace;

/// <summary>
/// <c>workspace/didChangeConfiguration</c> (LSP 3.17 "DidChangeConfiguration Notification"): new editor settings.
/// Clients send either the settings (push) or nothing, expecting the server to ask with <c>workspace/configuration</c>
/// (pull); both are handled. Every open document is re-linted.
/// </summary>
internal sealed class DidChangeConfigurationHandler : NotificationHandler<DidChangeConfigurationParams>
{
    public const string MethodName = "workspace/didChangeConfiguration";

    /// <summary>The settings section SshdLint reads.</summary>
    public const string Section = "sshdlint";

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "openssh", "vendor", "profile", "rules", "sysroot", "debounceMs" };

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<DidChangeConfigurationParams> ParamsType => LspJsonContext.Default.DidChangeConfigurationParams;

    public override Task HandleAsync(DidChangeConfigurationParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var settings = notification.Settings;
        bool pushed = settings is { ValueKind: JsonValueKind.Object } s
            && (s.TryGetProperty(Section, out _) || s.EnumerateObject().Any(p => Keys.Contains(p.Name)));
        if (pushed)
        {
            Apply(context, settings);
        }
        else if (context.Server.Capabilities.Configuration)
        {
            // The pull model: the notification only says "something changed"; ask for our section (not awaited: the
            // queue must not wait for the client).
            _ = PullSettingsAsync(context.Server);
        }
        else
        {
            Apply(context, settings);
        }
        return Task.CompletedTask;
    }

    /// <summary>Asks the client for the <c>sshdlint</c> section and applies it, in order with other mutations.</summary>
    public static async Task PullSettingsAsync(LanguageServerCore server)
    {
        JsonElement result;
        try
        {
            var request = new ConfigurationParams { Items = [new ConfigurationItem { Section = Section }] };
            result = await server.RequestAsync("workspace/configuration", request, LspJsonContext.Default.ConfigurationParams, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            server.Log($"workspace/configuration failed: {e.Message}");
            return;
        }
        // One result per item asked; null means the client has no such section, which keeps what is set.
        if (result.ValueKind != JsonValueKind.Array || result.GetArrayLength() == 0 || result[0].ValueKind != JsonValueKind.Object) return;
        var section = result[0].Clone();
        await server.Queue.Enqueue<NullResult>("sshdlint/applySettings", mutates: true, documentUri: null, (context, _) =>
        {
            Apply(context, section);
            return Task.FromResult<NullResult?>(null);
        }, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Replaces the settings and re-lints every open document. Runs as a mutation.</summary>
    internal static void Apply(RequestContext context, JsonElement? settings)
    {
        var problems = new List<string>();
        var parsed = ServerSettings.Parse(settings, problems);
        var server = context.Server;
        server.SetSnapshot(context.Snapshot with { Settings = parsed, SettingsGeneration = context.Snapshot.SettingsGeneration + 1 });
        foreach (var problem in problems) _ = server.ShowMessageAsync(MessageType.Warning, $"sshdlint: {problem}");
        foreach (var uri in context.Snapshot.Documents.Keys) server.Publisher.Schedule(uri);
    }
}
