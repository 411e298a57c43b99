// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;

namespace SshdLint.LanguageServer.Handlers.Formatting;

/// <summary><c>textDocument/rangeFormatting</c> (LSP 3.17 "Document Range Formatting Request"): the lines the range touches.</summary>
internal sealed class DocumentRangeFormattingHandler : RequestHandler<DocumentRangeFormattingParams, List<TextEdit>>
{
    public const string MethodName = "textDocument/rangeFormatting";

    public override string Method => MethodName;

    public override JsonTypeInfo<DocumentRangeFormattingParams> ParamsType => LspJsonContext.Default.DocumentRangeFormattingParams;

    public override JsonTypeInfo<List<TextEdit>> ResultType => LspJsonContext.Default.ListTextEdit;

    public override string? Validate(DocumentRangeFormattingParams request) => base.Validate(request) ?? (request.Range is null ? "range is required" : null);

    public override Task<List<TextEdit>?> HandleAsync(DocumentRangeFormattingParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document) return Task.FromResult<List<TextEdit>?>(null);
        var target = context.Server.Analyzer.Settings.Resolve(context.Snapshot, document).Target;
        var tree = SyntaxTree.Parse(document.Text, new ParseOptions(target, document.Path));
        var span = ProtocolConversions.ToTextSpan(tree.Text, request.Range!);
        int first = tree.Text.GetLineNumber(span.Start);
        // A range ending at the start of a line (a whole-line selection) does not include that line.
        int last = tree.Text.GetLineNumber(span.End);
        if (last > first && request.Range!.End.Character == 0) last--;
        return Task.FromResult<List<TextEdit>?>(ConfigFormatter.Format(tree, request.Options ?? new FormattingOptions(), first, last));
    }
}
