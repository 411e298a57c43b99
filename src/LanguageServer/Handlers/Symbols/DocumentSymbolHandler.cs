// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Handlers.Symbols;

/// <summary>
/// <c>textDocument/documentSymbol</c> (LSP 3.17 "Document Symbols Request"): the outline of a configuration, its
/// Include lines and Match blocks, with each block's settings beneath it. Hierarchical <c>DocumentSymbol</c>s when the
/// client supports them, flat <c>SymbolInformation</c> otherwise.
/// </summary>
internal sealed class DocumentSymbolHandler : RequestHandler<DocumentSymbolParams, JsonElement>
{
    public const string MethodName = "textDocument/documentSymbol";

    public override string Method => MethodName;

    public override JsonTypeInfo<DocumentSymbolParams> ParamsType => LspJsonContext.Default.DocumentSymbolParams;

    public override JsonTypeInfo<JsonElement> ResultType => LspJsonContext.Default.JsonElement;

    public override Task<JsonElement> HandleAsync(DocumentSymbolParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document) return Task.FromResult(JsonSerializer.SerializeToElement(new List<DocumentSymbol>(), LspJsonContext.Default.ListDocumentSymbol));
        // The outline needs only this file's syntax: no analysis, so it stays fast on large files.
        var tree = SyntaxTree.Parse(document.Text, new ParseOptions(context.Server.Analyzer.Settings.Resolve(context.Snapshot, document).Target, document.Path));
        var symbols = Outline(tree);
        if (context.Server.Capabilities.HierarchicalSymbols)
            return Task.FromResult(JsonSerializer.SerializeToElement(symbols, LspJsonContext.Default.ListDocumentSymbol));
        var flat = new List<SymbolInformation>();
        foreach (var symbol in symbols) Flatten(symbol, null, document.Uri, flat);
        return Task.FromResult(JsonSerializer.SerializeToElement(flat, LspJsonContext.Default.ListSymbolInformation));
    }

    /// <summary>Include lines and Match blocks in file order; a block's children are its lines.</summary>
    internal static List<DocumentSymbol> Outline(SyntaxTree tree)
    {
        var text = tree.Text;
        var result = new List<DocumentSymbol>();
        foreach (var member in tree.Root.Members)
        {
            if (member is DirectiveSyntax { Kind: SyntaxKind.IncludeDirective } include)
            {
                result.Add(Line(text, include, SymbolKind.File));
            }
            else if (member is MatchBlockSyntax block)
            {
                var header = block.Header;
                var last = block.Directives.Length > 0 ? block.Directives[^1] : header;
                result.Add(new DocumentSymbol
                {
                    Name = Describe(header),
                    Kind = SymbolKind.Namespace,
                    Range = ProtocolConversions.ToRange(text, TextSpan.FromBounds(header.Span.Start, last.Span.End)),
                    SelectionRange = ProtocolConversions.ToRange(text, header.Span),
                    Children = block.Directives.Select(d => Line(text, d, d.Kind == SyntaxKind.IncludeDirective ? SymbolKind.File : SymbolKind.Property)).ToList(),
                });
            }
        }
        return result;
    }

    private static DocumentSymbol Line(SourceText text, DirectiveSyntax directive, int kind)
    {
        var range = ProtocolConversions.ToRange(text, directive.Span);
        return new DocumentSymbol
        {
            Name = directive.KeywordText.Length == 0 ? "(empty keyword)" : directive.KeywordText,
            Detail = string.Join(' ', directive.ArgumentValues),
            Kind = kind,
            Range = range,
            SelectionRange = ProtocolConversions.ToRange(text, directive.Keyword.Span),
        };
    }

    private static string Describe(DirectiveSyntax header)
    {
        string criteria = string.Join(' ', header.ArgumentValues);
        return criteria.Length == 0 ? "Match" : "Match " + criteria;
    }

    private static void Flatten(DocumentSymbol symbol, string? container, string uri, List<SymbolInformation> into)
    {
        into.Add(new SymbolInformation { Name = symbol.Name, Kind = symbol.Kind, Location = new Protocol.Location { Uri = uri, Range = symbol.Range }, ContainerName = container });
        foreach (var child in symbol.Children ?? []) Flatten(child, symbol.Name, uri, into);
    }
}
