// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Threading.Channels;

namespace SshdLint.LanguageServer.Server;

/// <summary>What a handler sees: the server, the snapshot taken when it was dequeued, and its document.</summary>
/// <param name="Server">Services: analyzer, publisher, client connection.</param>
/// <param name="Snapshot">Documents and settings after every earlier mutation, and before any later one.</param>
/// <param name="Document">The request's document (open, or read from disk for one request); null when it names none or cannot be read.</param>
internal sealed record RequestContext(LanguageServerCore Server, ServerSnapshot Snapshot, Document? Document)
{
    /// <summary>
    /// The analysis the document's findings come from (its own, or that of the open file including it); null when there
    /// is no document or it is too large to analyse.
    /// </summary>
    public Analysis? GetAnalysis() => Document is null ? null : Server.Analyzer.AnalyzeWithContext(Snapshot, Document);
}

/// <summary>
/// Runs requests and notifications in the order they arrived: mutating ones one at a time, each to completion;
/// others on a snapshot taken when they reach the head of the queue, then concurrently (CLaSP's
/// <c>RequestExecutionQueue</c>). So a hover sent after a didChange always sees the change, and a slow hover never
/// delays the next keystroke.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Channel<WorkItem> _channel = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<string?, RequestContext> _createContext;
    private readonly Action<string> _log;

    public RequestQueue(Func<string?, RequestContext> createContext, Action<string> log)
    {
        _createContext = createContext;
        _log = log;
        Completion = Task.Run(ProcessAsync);
    }

    /// <summary>Completes when the queue is closed and drained.</summary>
    public Task Completion { get; }

    /// <summary>Queues work; the task completes with its result, its exception, or cancellation.</summary>
    /// <remarks>Call in message order: the order of calls is the order of execution for mutations.</remarks>
    public Task<T?> Enqueue<T>(string method, bool mutates, string? documentUri, Func<RequestContext, CancellationToken, Task<T?>> run, CancellationToken cancellationToken)
    {
        var item = new WorkItem<T>(method, mutates, documentUri, run, cancellationToken);
        if (!_channel.Writer.TryWrite(item)) item.Cancel();
        return item.Task;
    }

    /// <summary>Stops accepting work; queued work still runs.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    private async Task ProcessAsync()
    {
        await foreach (var item in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (item.CancellationToken.IsCancellationRequested)
            {
                item.Cancel();
                continue;
            }
            RequestContext context;
            try
            {
                context = _createContext(item.DocumentUri);
            }
            catch (Exception e)
            {
                _log($"{item.Method}: cannot prepare the request: {e.Message}");
                item.Fail(e);
                continue;
            }
            if (item.MutatesState)
                await item.RunAsync(context).ConfigureAwait(false);
            else
                _ = Task.Run(() => item.RunAsync(context));
        }
    }

    private abstract class WorkItem(string method, bool mutates, string? documentUri, CancellationToken cancellationToken)
    {
        public string Method { get; } = method;
        public bool MutatesState { get; } = mutates;
        public string? DocumentUri { get; } = documentUri;
        public CancellationToken CancellationToken { get; } = cancellationToken;
        public abstract Task RunAsync(RequestContext context);
        public abstract void Cancel();
        public abstract void Fail(Exception e);
    }

    private sealed class WorkItem<T>(string method, bool mutates, string? documentUri, Func<RequestContext, CancellationToken, Task<T?>> run, CancellationToken cancellationToken)
        : WorkItem(method, mutates, documentUri, cancellationToken)
    {
        private readonly TaskCompletionSource<T?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T?> Task => _completion.Task;

        public override async Task RunAsync(RequestContext context)
        {
            try
            {
                _completion.TrySetResult(await run(context, CancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(CancellationToken);
            }
            catch (Exception e)
            {
                _completion.TrySetException(e);
            }
        }

        public override void Cancel() => _completion.TrySetCanceled(CancellationToken.IsCancellationRequested ? CancellationToken : new CancellationToken(true));

        public override void Fail(Exception e) => _completion.TrySetException(e);
    }
}
