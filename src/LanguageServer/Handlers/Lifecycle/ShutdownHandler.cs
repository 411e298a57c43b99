// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Lifecycle;

/// <summary><c>shutdown</c> (LSP 3.17 "Shutdown Request"): answers null; later requests fail with InvalidRequest.</summary>
/// <remarks>The state change happens in message order in <see cref="LanguageServerCore.EnterRequest"/>.</remarks>
internal sealed class ShutdownHandler : RequestHandler<NoParams, NullResult>
{
    public const string MethodName = "shutdown";

    public override string Method => MethodName;

    /// <summary>Runs after every earlier mutation, so nothing is half-applied when the client exits.</summary>
    public override bool MutatesState => true;

    public override JsonTypeInfo<NoParams> ParamsType => NoParams.TypeInfo;

    public override JsonTypeInfo<NullResult> ResultType => NullResult.TypeInfo;

    public override Task<NullResult?> HandleAsync(NoParams request, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult<NullResult?>(null);
}
