// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.VisualStudio.Threading;
using SshdLint.LanguageServer.Handlers;
using SshdLint.LanguageServer.Handlers.Lifecycle;
using SshdLint.LanguageServer.Protocol;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Text;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// One connection: the JSON-RPC channel, the lifecycle (LSP 3.17 "Server lifecycle"), the snapshot of documents and
/// settings, and the services handlers use.
/// </summary>
/// <remarks>
/// <para>
/// Ordering: StreamJsonRpc posts each incoming call to its <see cref="JsonRpc.SynchronizationContext"/>; the default one
/// is the thread pool, which does not keep order. A <see cref="NonConcurrentSynchronizationContext"/> runs the posted
/// calls one at a time in arrival order, and each endpoint does its ordered work (lifecycle check, queueing) before its
/// first await, so didChange notifications reach <see cref="Queue"/> in the order the client sent them.
/// </para>
/// <para>
/// The snapshot is replaced only by mutating handlers, which the queue runs one at a time: a single writer, so a
/// volatile field is enough.
/// </para>
/// </remarks>
internal sealed class LanguageServerCore : IDisposable
{
    private const int WaitingForInitialize = 0;
    private const int Running = 1;
    private const int ShutDown = 2;

    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly LanguageServerOptions _options;
    private readonly LspMessageHandler _messageHandler;
    private volatile ServerSnapshot _snapshot = ServerSnapshot.Empty;
    private int _state = WaitingForInitialize;
    private volatile bool _initializedNotificationSeen;

    public LanguageServerCore(Stream input, Stream output, LanguageServerOptions options)
    {
        _options = options;
        Disk = options.FileSystem ?? PhysicalFileSystem.Instance;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJsonContext.RpcOptions };
        _messageHandler = new LspMessageHandler(input, output, formatter, message => Log(message, toClient: false));
        Rpc = new JsonRpc(_messageHandler)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        Analyzer = new WorkspaceAnalyzer(new SettingsResolver(), Disk, options.Rules);
        Publisher = new DiagnosticsPublisher(this);
        Queue = new RequestQueue(CreateContext, message => Log(message));
        Handlers = HandlerCatalog.Create();
        foreach (var handler in Handlers) handler.CreateEndpoint(this).Register(Rpc);
    }

    /// <summary>The connection.</summary>
    public JsonRpc Rpc { get; }

    /// <summary>Every handler, one per method.</summary>
    public IReadOnlyList<ILspHandler> Handlers { get; }

    /// <summary>Orders mutations and snapshots reads.</summary>
    public RequestQueue Queue { get; }

    /// <summary>Analyses documents.</summary>
    public WorkspaceAnalyzer Analyzer { get; }

    /// <summary>Pushes diagnostics.</summary>
    public DiagnosticsPublisher Publisher { get; }

    /// <summary>The files on disk (documents that are not open).</summary>
    public IFileSystem Disk { get; }

    /// <summary>What the client supports; set by <c>initialize</c>.</summary>
    public ClientCapabilitiesView Capabilities { get; set; } = ClientCapabilitiesView.None;

    /// <summary>The workspace root, if the client gave one.</summary>
    public string? RootPath { get; set; }

    /// <summary>The current snapshot.</summary>
    public ServerSnapshot Snapshot => _snapshot;

    /// <summary>Options the host gave.</summary>
    public LanguageServerOptions Options => _options;

    /// <summary>Replaces the snapshot. Only mutating handlers call this (one at a time, from the queue).</summary>
    public void SetSnapshot(ServerSnapshot snapshot) => _snapshot = snapshot;

    /// <summary>True once the client sent <c>initialized</c>: the server may send requests to it.</summary>
    public bool ClientReady => _initializedNotificationSeen;

    /// <summary>Marks the <c>initialized</c> notification as seen.</summary>
    public void MarkClientReady() => _initializedNotificationSeen = true;

    /// <summary>Runs until <c>exit</c> or the end of the input; returns the process exit code (LSP 3.17 "Exit Notification").</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Rpc.StartListening();
        using var registration = cancellationToken.Register(() => _exit.TrySetResult(1));
        var finished = await Task.WhenAny(_exit.Task, Rpc.Completion).ConfigureAwait(false);
        // 0 only after shutdown then exit; the end of the input without them is an abnormal end.
        int code = finished == _exit.Task ? await _exit.Task.ConfigureAwait(false) : (Volatile.Read(ref _state) == ShutDown ? 0 : 1);
        Queue.Complete();
        Rpc.Dispose();
        try
        {
            await Rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log($"connection ended: {e.Message}", toClient: false);
        }
        return code;
    }

    /// <summary>
    /// The lifecycle gate for a request, run in message order. <c>initialize</c> is accepted once; anything else before
    /// it fails with ServerNotInitialized (-32002); anything after <c>shutdown</c> with InvalidRequest (-32600).
    /// </summary>
    public void EnterRequest(string method)
    {
        int state = Volatile.Read(ref _state);
        if (method == InitializeHandler.MethodName)
        {
            if (Interlocked.CompareExchange(ref _state, Running, WaitingForInitialize) != WaitingForInitialize)
                throw new LocalRpcException("initialize was already received") { ErrorCode = LspErrorCodes.InvalidRequest };
            return;
        }
        if (state == WaitingForInitialize)
            throw new LocalRpcException($"{method}: the server is not initialized yet (send initialize first)") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        if (state == ShutDown)
            throw new LocalRpcException($"{method}: the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        if (method == ShutdownHandler.MethodName) Volatile.Write(ref _state, ShutDown);
    }

    /// <summary>The lifecycle gate for a notification: false drops it (before <c>initialize</c> only <c>exit</c> counts).</summary>
    public bool EnterNotification(string method)
    {
        if (method == ExitHandler.MethodName) return true;
        int state = Volatile.Read(ref _state);
        if (state == Running) return true;
        Log($"{method}: ignored {(state == WaitingForInitialize ? "before initialize" : "after shutdown")}", toClient: false);
        return false;
    }

    /// <summary>Ends the connection with the exit code LSP prescribes: 0 after shutdown, 1 without it.</summary>
    public void Exit() => _exit.TrySetResult(Volatile.Read(ref _state) == ShutDown ? 0 : 1);

    /// <summary>Sends a notification to the client; failures (the client went away) are logged.</summary>
    public async Task NotifyAsync<T>(string method, T value, JsonTypeInfo<T> type)
    {
        try
        {
            await Rpc.NotifyWithParameterObjectAsync(method, JsonSerializer.SerializeToElement(value, type)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
            Log($"{method}: not sent: {e.Message}", toClient: false);
        }
    }

    /// <summary>Sends a request to the client and returns its raw result.</summary>
    public Task<JsonElement> RequestAsync<T>(string method, T value, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, JsonSerializer.SerializeToElement(value, type), cancellationToken);

    /// <summary>Logs to the host's log (stderr) and, once initialized, to the client (<c>window/logMessage</c>).</summary>
    public void Log(string message, bool toClient = true)
    {
        try
        {
            _options.Log?.WriteLine($"sshdlint server: {message}");
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // stderr closed: nothing else to do
        }
        if (toClient && ClientReady)
            _ = NotifyAsync("window/logMessage", new ShowMessageParams { Type = MessageType.Log, Message = message }, LspJsonContext.Default.ShowMessageParams);
    }

    /// <summary>Shows a message to the user (<c>window/showMessage</c>).</summary>
    public Task ShowMessageAsync(int type, string message) =>
        NotifyAsync("window/showMessage", new ShowMessageParams { Type = type, Message = message }, LspJsonContext.Default.ShowMessageParams);

    private RequestContext CreateContext(string? uri)
    {
        var snapshot = _snapshot;
        if (uri is null) return new RequestContext(this, snapshot, null);
        if (snapshot.Documents.TryGetValue(uri, out var open)) return new RequestContext(this, snapshot, open);
        // A request about a file that is not open (executeCommand on a path, a client asking before didOpen): read it.
        string path = PathUtilities.ToPath(uri);
        if (!Path.IsPathRooted(path)) return new RequestContext(this, snapshot, null);
        var read = Disk.ReadFile(path);
        var document = read.Succeeded ? new Document(uri, path, null, SourceText.From(read.Bytes), long.MaxValue) : null;
        return new RequestContext(this, snapshot, document);
    }

    public void Dispose()
    {
        Rpc.Dispose();
        _messageHandler.Dispose();
    }
}
