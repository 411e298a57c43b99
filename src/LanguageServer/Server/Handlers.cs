// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;

namespace SshdLint.LanguageServer.Server;

/// <summary>One LSP method: its name and whether it changes server state (CLaSP's <c>IMethodHandler</c>).</summary>
internal interface ILspHandler
{
    /// <summary>The method name, e.g. <c>textDocument/hover</c>.</summary>
    string Method { get; }

    /// <summary>
    /// True for methods that change documents or settings: they run one at a time, in the order received. Other
    /// methods read an immutable snapshot taken after every earlier mutation, and run concurrently.
    /// </summary>
    bool MutatesState { get; }

    /// <summary>Creates the object StreamJsonRpc invokes for this method.</summary>
    HandlerEndpoint CreateEndpoint(LanguageServerCore server);
}

/// <summary>A request handler: typed parameters in, a typed result out.</summary>
/// <typeparam name="TParams">The parameter type (deserialized with the source-generated context).</typeparam>
/// <typeparam name="TResult">The result type; a null result is sent as JSON <c>null</c>.</typeparam>
internal abstract class RequestHandler<TParams, TResult> : ILspHandler
    where TParams : class
{
    public abstract string Method { get; }

    public virtual bool MutatesState => false;

    /// <summary>How the parameters are read.</summary>
    public abstract JsonTypeInfo<TParams> ParamsType { get; }

    /// <summary>How the result is written.</summary>
    public abstract JsonTypeInfo<TResult> ResultType { get; }

    /// <summary>The document the request is about, resolved into the <see cref="RequestContext"/> before the handler runs.</summary>
    public virtual string? DocumentUri(TParams request) => (request as ITextDocumentParams)?.TextDocument?.Uri;

    /// <summary>A message when required parameters are missing (the request fails with InvalidParams), else null.</summary>
    public virtual string? Validate(TParams request) =>
        request is ITextDocumentParams { TextDocument.Uri: null or "" } ? "textDocument.uri is required" : null;

    /// <summary>Handles the request.</summary>
    public abstract Task<TResult?> HandleAsync(TParams request, RequestContext context, CancellationToken cancellationToken);

    public HandlerEndpoint CreateEndpoint(LanguageServerCore server) => new RequestEndpoint<TParams, TResult>(server, this);
}

/// <summary>A notification handler.</summary>
/// <typeparam name="TParams">The parameter type.</typeparam>
internal abstract class NotificationHandler<TParams> : ILspHandler
    where TParams : class
{
    public abstract string Method { get; }

    public virtual bool MutatesState => false;

    /// <summary>How the parameters are read.</summary>
    public abstract JsonTypeInfo<TParams> ParamsType { get; }

    /// <summary>The document the notification is about, if any.</summary>
    public virtual string? DocumentUri(TParams notification) => null;

    /// <summary>A message when required parameters are missing (the notification is dropped and logged), else null.</summary>
    public virtual string? Validate(TParams notification) => null;

    /// <summary>Handles the notification.</summary>
    public abstract Task HandleAsync(TParams notification, RequestContext context, CancellationToken cancellationToken);

    public HandlerEndpoint CreateEndpoint(LanguageServerCore server) => new NotificationEndpoint<TParams>(server, this);
}

/// <summary>Parameters of methods that take none (<c>shutdown</c>, <c>exit</c>, <c>initialized</c>).</summary>
internal sealed class NoParams
{
    public static JsonTypeInfo<NoParams> TypeInfo { get; } = NoParamsContext.Default.NoParams;
}

/// <summary>The result of methods whose result is always <c>null</c>.</summary>
internal sealed class NullResult
{
    public static JsonTypeInfo<NullResult> TypeInfo { get; } = NoParamsContext.Default.NullResult;
}

[JsonSerializable(typeof(NoParams))]
[JsonSerializable(typeof(NullResult))]
internal sealed partial class NoParamsContext : JsonSerializerContext;
