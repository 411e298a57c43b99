// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;

namespace SshdLint.LanguageServer.Handlers.Formatting;

/// <summary><c>textDocument/formatting</c> (LSP 3.17 "Document Formatting Request"); see <see cref="ConfigFormatter"/>.</summary>
internal sealed class DocumentFormattingHandler : RequestHandler<DocumentFormattingParams, List<TextEdit>>
{
    public const string MethodName = "textDocument/formatting";

    public override string Method => MethodName;

    public override JsonTypeInfo<DocumentFormattingParams> ParamsType => LspJsonContext.Default.DocumentFormattingParams;

    public override JsonTypeInfo<List<TextEdit>> ResultType => LspJsonContext.Default.ListTextEdit;

    public override Task<List<TextEdit>?> HandleAsync(DocumentFormattingParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document) return Task.FromResult<List<TextEdit>?>(null);
        var target = context.Server.Analyzer.Settings.Resolve(context.Snapshot, document).Target;
        var tree = SyntaxTree.Parse(document.Text, new ParseOptions(target, document.Path));
        return Task.FromResult<List<TextEdit>?>(ConfigFormatter.Format(tree, request.Options ?? new FormattingOptions()));
    }
}
