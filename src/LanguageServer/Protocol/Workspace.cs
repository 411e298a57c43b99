// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>Parameters of <c>workspace/didChangeConfiguration</c>.</summary>
/// <remarks>Settings are raw JSON: clients send the whole settings tree (or null when they use the pull model).</remarks>
public sealed class DidChangeConfigurationParams
{
    /// <summary>The settings, usually <c>{"sshdlint": {…}}</c>.</summary>
    [JsonPropertyName("settings")]
    public JsonElement? Settings { get; set; }
}

/// <summary>Parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed class DidChangeWatchedFilesParams
{
    /// <summary>The changes.</summary>
    [JsonPropertyName("changes")]
    public List<FileEvent>? Changes { get; set; }
}

/// <summary>One file change (LSP 3.17 "FileEvent").</summary>
public sealed class FileEvent
{
    /// <summary>The file.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>1 created, 2 changed, 3 deleted.</summary>
    [JsonPropertyName("type")]
    public int Type { get; set; }
}

/// <summary>Parameters of <c>workspace/executeCommand</c>.</summary>
public sealed class ExecuteCommandParams
{
    /// <summary>The command identifier.</summary>
    [JsonPropertyName("command")]
    public string? Command { get; set; }

    /// <summary>Its arguments.</summary>
    [JsonPropertyName("arguments")]
    public List<JsonElement>? Arguments { get; set; }
}

/// <summary>Parameters of the server-to-client <c>workspace/configuration</c> request.</summary>
public sealed class ConfigurationParams
{
    /// <summary>The sections asked for.</summary>
    [JsonPropertyName("items")]
    public List<ConfigurationItem> Items { get; set; } = [];
}

/// <summary>One section asked for.</summary>
public sealed class ConfigurationItem
{
    /// <summary>The scope (a document), or null for the workspace.</summary>
    [JsonPropertyName("scopeUri")]
    public string? ScopeUri { get; set; }

    /// <summary>The section, <c>sshdlint</c>.</summary>
    [JsonPropertyName("section")]
    public string? Section { get; set; }
}

/// <summary>Parameters of the server-to-client <c>client/registerCapability</c> request.</summary>
public sealed class RegistrationParams
{
    /// <summary>The registrations.</summary>
    [JsonPropertyName("registrations")]
    public List<Registration> Registrations { get; set; } = [];
}

/// <summary>One dynamic registration.</summary>
public sealed class Registration
{
    /// <summary>An id to unregister with.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The method registered.</summary>
    [JsonPropertyName("method")]
    public string Method { get; set; } = "";

    /// <summary>Method-specific options.</summary>
    [JsonPropertyName("registerOptions")]
    public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; set; }
}

/// <summary>Which files to watch (LSP 3.17 "DidChangeWatchedFilesRegistrationOptions").</summary>
public sealed class DidChangeWatchedFilesRegistrationOptions
{
    /// <summary>The watchers.</summary>
    [JsonPropertyName("watchers")]
    public List<FileSystemWatcher> Watchers { get; set; } = [];
}

/// <summary>One glob to watch.</summary>
public sealed class FileSystemWatcher
{
    /// <summary>The glob, e.g. <c>**/*.conf</c>.</summary>
    [JsonPropertyName("globPattern")]
    public string GlobPattern { get; set; } = "";
}

/// <summary>Parameters of <c>window/showMessage</c> and <c>window/logMessage</c>.</summary>
public sealed class ShowMessageParams
{
    /// <summary>1 error, 2 warning, 3 info, 4 log (<see cref="MessageType"/>).</summary>
    [JsonPropertyName("type")]
    public int Type { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; set; } = "";
}

/// <summary>LSP 3.17 "MessageType".</summary>
public static class MessageType
{
    /// <summary>An error.</summary>
    public const int Error = 1;

    /// <summary>A warning.</summary>
    public const int Warning = 2;

    /// <summary>Information.</summary>
    public const int Info = 3;

    /// <summary>A log line.</summary>
    public const int Log = 4;
}

/// <summary>Error codes of JSON-RPC and LSP 3.17 ("ErrorCodes", "LSPErrorCodes").</summary>
public static class LspErrorCodes
{
    /// <summary>Invalid JSON was received.</summary>
    public const int ParseError = -32700;

    /// <summary>The JSON is not a valid request object.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No such method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>Invalid parameters.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The server failed while handling the request.</summary>
    public const int InternalError = -32603;

    /// <summary>A request other than <c>initialize</c> arrived before it.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The request failed although it was valid (a command that cannot run on this document).</summary>
    public const int RequestFailed = -32803;

    /// <summary>The request was cancelled.</summary>
    public const int RequestCancelled = -32800;
}
