// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Lifecycle;

/// <summary><c>$/setTrace</c> (LSP 3.17 "SetTrace Notification"): accepted; the server's log goes to stderr and window/logMessage regardless.</summary>
internal sealed class SetTraceHandler : NotificationHandler<SetTraceParams>
{
    public const string MethodName = "$/setTrace";

    public override string Method => MethodName;

    public override JsonTypeInfo<SetTraceParams> ParamsType => LspJsonContext.Default.SetTraceParams;

    public override Task HandleAsync(SetTraceParams notification, RequestContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
