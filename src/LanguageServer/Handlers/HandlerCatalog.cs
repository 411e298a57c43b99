// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Handlers.CodeActions;
using SshdLint.LanguageServer.Handlers.Completion;
using SshdLint.LanguageServer.Handlers.Diagnostics;
using SshdLint.LanguageServer.Handlers.Folding;
using SshdLint.LanguageServer.Handlers.Formatting;
using SshdLint.LanguageServer.Handlers.Hover;
using SshdLint.LanguageServer.Handlers.Lifecycle;
using SshdLint.LanguageServer.Handlers.Navigation;
using SshdLint.LanguageServer.Handlers.Symbols;
using SshdLint.LanguageServer.Handlers.Synchronization;
using SshdLint.LanguageServer.Handlers.Workspace;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers;

/// <summary>Every method the server handles, one handler each. Methods not listed answer MethodNotFound (requests) or are ignored (notifications).</summary>
internal static class HandlerCatalog
{
    public static IReadOnlyList<ILspHandler> Create() =>
    [
        new InitializeHandler(),
        new InitializedHandler(),
        new ShutdownHandler(),
        new ExitHandler(),
        new SetTraceHandler(),
        new DidOpenHandler(),
        new DidChangeHandler(),
        new DidCloseHandler(),
        new DocumentDiagnosticHandler(),
        new CodeActionHandler(),
        new HoverHandler(),
        new CompletionHandler(),
        new DocumentSymbolHandler(),
        new FoldingRangeHandler(),
        new DefinitionHandler(),
        new DocumentFormattingHandler(),
        new DocumentRangeFormattingHandler(),
        new DidChangeConfigurationHandler(),
        new DidChangeWatchedFilesHandler(),
        new ExecuteCommandHandler(),
    ];
}
