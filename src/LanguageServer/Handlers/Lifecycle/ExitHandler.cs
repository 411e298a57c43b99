// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Lifecycle;

/// <summary><c>exit</c> (LSP 3.17 "Exit Notification"): ends the server with 0 after shutdown, 1 otherwise.</summary>
internal sealed class ExitHandler : NotificationHandler<NoParams>
{
    public const string MethodName = "exit";

    public override string Method => MethodName;

    public override bool MutatesState => true;

    public override JsonTypeInfo<NoParams> ParamsType => NoParams.TypeInfo;

    public override Task HandleAsync(NoParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        context.Server.Exit();
        return Task.CompletedTask;
    }
}
