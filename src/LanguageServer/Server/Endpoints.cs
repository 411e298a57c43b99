// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Reflection;
using System.Text.Json;
using SshdLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// The object StreamJsonRpc calls for one method. Its synchronous part (up to the first await) runs in message order
/// (see <see cref="LanguageServerCore"/>), and does everything that must happen in that order: the lifecycle check,
/// reading the parameters, and queueing.
/// </summary>
internal abstract class HandlerEndpoint
{
    /// <summary>Adds the method to the connection.</summary>
    /// <remarks>
    /// Registration by <see cref="MethodInfo"/> is StreamJsonRpc's reflection-based dispatch; it is why this assembly is
    /// kept out of a Native AOT build of the command line.
    /// </remarks>
    public abstract void Register(JsonRpc rpc);

    protected static void Register(JsonRpc rpc, string method, object target, string clrMethod) =>
        rpc.AddLocalRpcMethod(
            target.GetType().GetMethod(clrMethod, BindingFlags.Public | BindingFlags.Instance)!,
            target,
            // The whole params object is one argument (raw JSON), read here with the source-generated context.
            new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    protected static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };
}

internal sealed class RequestEndpoint<TParams, TResult>(LanguageServerCore server, RequestHandler<TParams, TResult> handler) : HandlerEndpoint
    where TParams : class
{
    public override void Register(JsonRpc rpc) => Register(rpc, handler.Method, this, nameof(InvokeAsync));

    /// <summary>Called by StreamJsonRpc with the raw <c>params</c> (null when absent).</summary>
    public async Task<JsonElement?> InvokeAsync(JsonElement? @params = null, CancellationToken cancellationToken = default)
    {
        server.EnterRequest(handler.Method);
        TParams request = ReadParams(@params, handler.ParamsType, handler.Method);
        if (handler.Validate(request) is { } problem) throw Error(LspErrorCodes.InvalidParams, $"{handler.Method}: {problem}");
        var task = server.Queue.Enqueue(handler.Method, handler.MutatesState, handler.DocumentUri(request),
            (context, ct) => handler.HandleAsync(request, context, ct), cancellationToken);
        TResult? result;
        try
        {
            // Answer a cancelled request at once; its handler may still finish in the background, unobserved.
            result = await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // StreamJsonRpc answers RequestCancelled (-32800), as LSP 3.17 "$/cancelRequest" expects
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A failing handler answers this one request with an error and the server stays up (LSP 3.17
            // "ResponseError"); the details go to the log, not to the user.
            server.Log($"{handler.Method} failed: {e}");
            throw Error(LspErrorCodes.InternalError, $"sshdlint: internal error in {handler.Method}: {e.GetType().Name}: {e.Message}");
        }
        return result is null ? null : JsonSerializer.SerializeToElement(result, handler.ResultType);
    }

    internal static T ReadParams<T>(JsonElement? element, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string method)
        where T : class
    {
        try
        {
            if (element is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
                return JsonSerializer.Deserialize("{}", type)!;
            return JsonSerializer.Deserialize(element.Value, type) ?? throw new JsonException("params is null");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Error(LspErrorCodes.InvalidParams, $"{method}: invalid params: {e.Message}");
        }
    }
}

internal sealed class NotificationEndpoint<TParams>(LanguageServerCore server, NotificationHandler<TParams> handler) : HandlerEndpoint
    where TParams : class
{
    public override void Register(JsonRpc rpc) => Register(rpc, handler.Method, this, nameof(NotifyAsync));

    /// <summary>Called by StreamJsonRpc with the raw <c>params</c> (null when absent).</summary>
    public async Task NotifyAsync(JsonElement? @params = null)
    {
        // Notifications get no response (LSP 3.17 "Notification Message"): problems are logged and the message dropped.
        if (!server.EnterNotification(handler.Method)) return;
        TParams notification;
        try
        {
            notification = RequestEndpoint<TParams, NullResult>.ReadParams(@params, handler.ParamsType, handler.Method);
        }
        catch (LocalRpcException e)
        {
            server.Log(e.Message);
            return;
        }
        if (handler.Validate(notification) is { } problem)
        {
            server.Log($"{handler.Method}: ignored: {problem}");
            return;
        }
        try
        {
            await server.Queue.Enqueue<NullResult>(handler.Method, handler.MutatesState, handler.DocumentUri(notification), async (context, ct) =>
            {
                await handler.HandleAsync(notification, context, ct).ConfigureAwait(false);
                return null;
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            server.Log($"{handler.Method} failed: {e}");
        }
        catch (OperationCanceledException)
        {
            // The server is shutting down.
        }
    }
}
