// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Nerdbank.Streams;
using SshdLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A language client for tests: the server runs in process on one end of a full-duplex stream pair and StreamJsonRpc
/// drives the other end, as an editor would drive <c>sshdlint server</c>.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly JsonRpc _rpc;
    private readonly Stream _clientStream;
    private readonly NotificationLog _log = new();
    private readonly Dictionary<string, Func<JsonElement?, JsonNode?>> _requestHandlers = new(StringComparer.Ordinal);

    private LspTestClient(Stream clientStream, Task<int> server) : this(clientStream, clientStream, server)
    {
    }

    private LspTestClient(Stream sending, Stream receiving, Task<int> server)
    {
        _clientStream = sending;
        Server = server;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(sending, receiving, new SystemTextJsonFormatter()))
        {
            // Keep notifications in arrival order in the log (the default context runs them on the thread pool).
            SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
        };
        foreach (var method in new[] { "textDocument/publishDiagnostics", "window/logMessage", "window/showMessage", "telemetry/event" })
            Register(method, new NotificationSink(method, _log), nameof(NotificationSink.Receive));
        foreach (var method in new[] { "workspace/configuration", "client/registerCapability", "workspace/diagnostic/refresh" })
            Register(method, new RequestSink(method, this), nameof(RequestSink.Answer));
        _rpc.StartListening();
    }

    /// <summary>The server's run: completes with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>Notifications received so far.</summary>
    public NotificationLog Log => _log;

    /// <summary>Requests the server sent to the client (method and params).</summary>
    public List<(string Method, JsonElement? Params)> ServerRequests { get; } = [];

    /// <summary>Starts a server and, unless told otherwise, initializes it.</summary>
    public static async Task<LspTestClient> StartAsync(object? capabilities = null, object? initializationOptions = null,
        LanguageServerOptions? options = null, bool initialize = true, Action<LspTestClient>? beforeInitialize = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options ?? new LanguageServerOptions()));
        var client = new LspTestClient(clientStream, server);
        beforeInitialize?.Invoke(client);
        if (initialize) await client.InitializeAsync(capabilities, initializationOptions);
        return client;
    }

    /// <summary>A client for a server in another process (its stdin and stdout).</summary>
    public static LspTestClient Connect(Stream toServer, Stream fromServer, Task<int> server) => new(toServer, fromServer, server);

    /// <summary>Sends initialize and initialized; returns the initialize result.</summary>
    public async Task<JsonElement> InitializeAsync(object? capabilities = null, object? initializationOptions = null)
    {
        var result = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            capabilities = capabilities ?? new { },
            initializationOptions,
            clientInfo = new { name = "SshdLint tests" },
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    /// <summary>Answers a server-to-client request (for example <c>workspace/configuration</c>).</summary>
    public void OnRequest(string method, Func<JsonElement?, JsonNode?> answer) => _requestHandlers[method] = answer;

    public Task<JsonElement> RequestAsync(string method, object? @params, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, @params, cancellationToken).WaitAsync(Timeout, cancellationToken);

    public async Task<T?> RequestAsync<T>(string method, object? @params, JsonTypeInfo<T> type)
    {
        var result = await RequestAsync(method, @params);
        return result.ValueKind == JsonValueKind.Null ? default : result.Deserialize(type);
    }

    public Task NotifyAsync(string method, object? @params) => _rpc.NotifyWithParameterObjectAsync(method, @params);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "sshdconfig", version, text } });

    public Task ChangeAsync(string uri, int version, params object[] contentChanges) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    /// <summary>
    /// Waits for diagnostics of a document that satisfy a condition (default: any), returning the latest such; with
    /// <paramref name="since"/> (a <see cref="NotificationLog.Count"/> taken earlier) only later ones count.
    /// </summary>
    public Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? until = null, int since = 0) =>
        _log.WaitAsync(entries => entries
            .Skip(since)
            .Where(e => e.Method == "textDocument/publishDiagnostics")
            .Select(e => e.Params.Deserialize(LspJsonContext.Default.PublishDiagnosticsParams)!)
            .LastOrDefault(p => p.Uri == uri && (until?.Invoke(p) ?? true)), Timeout);

    /// <summary>Waits for the diagnostics published for a version.</summary>
    public Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, int version) => DiagnosticsAsync(uri, p => p.Version == version);

    /// <summary>Sends shutdown and exit, and returns the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        _clientStream.Dispose();
        try
        {
            await Server.WaitAsync(Timeout);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // a test that failed half-way
        }
    }

    private void Register(string method, object target, string clrMethod) =>
        _rpc.AddLocalRpcMethod(target.GetType().GetMethod(clrMethod, BindingFlags.Public | BindingFlags.Instance)!, target,
            new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private sealed class NotificationSink(string method, NotificationLog log)
    {
        public void Receive(JsonElement? @params = null) => log.Add(method, @params?.Clone() ?? default);
    }

    private sealed class RequestSink(string method, LspTestClient client)
    {
        public JsonNode? Answer(JsonElement? @params = null)
        {
            lock (client.ServerRequests) client.ServerRequests.Add((method, @params?.Clone()));
            client._log.Add(method, @params?.Clone() ?? default);
            return client._requestHandlers.TryGetValue(method, out var answer) ? answer(@params) : null;
        }
    }
}

/// <summary>Messages received from the server, with waiting.</summary>
internal sealed class NotificationLog
{
    private readonly List<(string Method, JsonElement Params)> _entries = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(string method, JsonElement @params)
    {
        TaskCompletionSource changed;
        lock (_entries)
        {
            _entries.Add((method, @params));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>How many messages have arrived: a mark for "only what arrives after this".</summary>
    public int Count
    {
        get
        {
            lock (_entries) return _entries.Count;
        }
    }

    public IReadOnlyList<(string Method, JsonElement Params)> Snapshot()
    {
        lock (_entries) return _entries.ToArray();
    }

    public IReadOnlyList<JsonElement> Of(string method) => Snapshot().Where(e => e.Method == method).Select(e => e.Params).ToArray();

    /// <summary>Waits until <paramref name="probe"/> finds something in the log.</summary>
    public async Task<T> WaitAsync<T>(Func<IReadOnlyList<(string Method, JsonElement Params)>, T?> probe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_entries) changed = _changed.Task;
            if (probe(Snapshot()) is { } found) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"timed out; received: {string.Join(", ", Snapshot().Select(e => e.Method))}");
            await Task.WhenAny(changed, Task.Delay(left));
        }
    }
}
