// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;

namespace SshdLint.LanguageServer.Handlers.Folding;

/// <summary>
/// <c>textDocument/foldingRange</c> (LSP 3.17 "Folding Range Request"): each Match block folds from its header to its
/// last line (blank and comment lines after it belong to what follows), and runs of two or more comment lines fold too.
/// </summary>
internal sealed class FoldingRangeHandler : RequestHandler<FoldingRangeParams, List<FoldingRange>>
{
    public const string MethodName = "textDocument/foldingRange";

    public override string Method => MethodName;

    public override JsonTypeInfo<FoldingRangeParams> ParamsType => LspJsonContext.Default.FoldingRangeParams;

    public override JsonTypeInfo<List<FoldingRange>> ResultType => LspJsonContext.Default.ListFoldingRange;

    public override Task<List<FoldingRange>?> HandleAsync(FoldingRangeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document) return Task.FromResult<List<FoldingRange>?>([]);
        var tree = SyntaxTree.Parse(document.Text, new ParseOptions(context.Server.Analyzer.Settings.Resolve(context.Snapshot, document).Target, document.Path));
        return Task.FromResult<List<FoldingRange>?>(Ranges(tree));
    }

    internal static List<FoldingRange> Ranges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var block in tree.Root.Members.OfType<MatchBlockSyntax>())
        {
            if (block.Directives.Length == 0) continue;
            int start = block.Header.Line;
            int end = text.GetLineNumber(block.Directives[^1].Span.End);
            if (end > start) ranges.Add(new FoldingRange { StartLine = start, EndLine = end, Kind = "region" });
        }
        int runStart = -1;
        for (int line = 0; line <= text.LineCount; line++)
        {
            bool comment = line < text.LineCount && text.ToString(text.GetLineSpan(line)).TrimStart().StartsWith('#');
            if (comment && runStart < 0) runStart = line;
            if (!comment && runStart >= 0)
            {
                if (line - 1 > runStart) ranges.Add(new FoldingRange { StartLine = runStart, EndLine = line - 1, Kind = "comment" });
                runStart = -1;
            }
        }
        return ranges.OrderBy(r => r.StartLine).ToList();
    }
}
