// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Handlers.Workspace;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Lifecycle;

/// <summary><c>initialize</c> (LSP 3.17 "Initialize Request"): records the client's capabilities and settings, announces the server's.</summary>
internal sealed class InitializeHandler : RequestHandler<InitializeParams, InitializeResult>
{
    public const string MethodName = "initialize";

    public override string Method => MethodName;

    /// <summary>Sets capabilities and settings before any other message is handled.</summary>
    public override bool MutatesState => true;

    public override JsonTypeInfo<InitializeParams> ParamsType => LspJsonContext.Default.InitializeParams;

    public override JsonTypeInfo<InitializeResult> ResultType => LspJsonContext.Default.InitializeResult;

    public override Task<InitializeResult?> HandleAsync(InitializeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var server = context.Server;
        server.Capabilities = ClientCapabilitiesView.From(request.Capabilities);
        if (request.RootUri is { } root) server.RootPath = PathUtilities.ToPath(root);
        if (request.InitializationOptions is { } options)
        {
            var problems = new List<string>();
            var settings = ServerSettings.Parse(options, problems);
            server.SetSnapshot(context.Snapshot with { Settings = settings, SettingsGeneration = context.Snapshot.SettingsGeneration + 1 });
            // showMessage is one of the notifications allowed while initialize is pending (LSP 3.17 "Initialize Request").
            foreach (var problem in problems) _ = server.ShowMessageAsync(MessageType.Warning, $"sshdlint: {problem}");
        }
        return Task.FromResult<InitializeResult?>(new InitializeResult
        {
            Capabilities = new ServerCapabilities
            {
                PositionEncoding = "utf-16",
                TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental },
                DiagnosticProvider = new DiagnosticOptions { Identifier = "sshdlint", InterFileDependencies = true, WorkspaceDiagnostics = false },
                HoverProvider = true,
                CompletionProvider = new CompletionOptions { TriggerCharacters = [",", "+", "^", "="], ResolveProvider = false },
                DefinitionProvider = true,
                DocumentSymbolProvider = true,
                CodeActionProvider = new CodeActionOptions
                {
                    CodeActionKinds = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAllSshdLint],
                    ResolveProvider = false,
                },
                DocumentFormattingProvider = true,
                DocumentRangeFormattingProvider = true,
                FoldingRangeProvider = true,
                ExecuteCommandProvider = new ExecuteCommandOptions { Commands = [.. ExecuteCommandHandler.Commands] },
            },
            ServerInfo = new ServerInfo { Name = "sshdlint", Version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString(3) },
        });
    }
}
