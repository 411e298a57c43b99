// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using LspLocation = SshdLint.LanguageServer.Protocol.Location;

namespace SshdLint.LanguageServer.Handlers.Navigation;

/// <summary>
/// <c>textDocument/definition</c> (LSP 3.17 "Goto Definition Request"). On an Include: the files it reads, in sshd's
/// order. On a keyword: the line whose value sshd uses, in whichever file it is (the first line for first-wins
/// keywords, every line for accumulating ones); inside a Match block, the block's own winning line.
/// </summary>
internal sealed class DefinitionHandler : RequestHandler<DefinitionParams, List<LspLocation>>
{
    public const string MethodName = "textDocument/definition";

    public override string Method => MethodName;

    public override JsonTypeInfo<DefinitionParams> ParamsType => LspJsonContext.Default.DefinitionParams;

    public override JsonTypeInfo<List<LspLocation>> ResultType => LspJsonContext.Default.ListLocation;

    public override string? Validate(DefinitionParams request) => base.Validate(request) ?? (request.Position is null ? "position is required" : null);

    public override Task<List<LspLocation>?> HandleAsync(DefinitionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var analysis = context.GetAnalysis();
        if (analysis is null || context.Document is null || analysis.FileAt(context.Document.Path) is not { } file) return Task.FromResult<List<LspLocation>?>(null);
        var text = file.Tree.Text;
        int offset = ProtocolConversions.ToOffset(text, request.Position!);
        var directive = SyntaxQueries.DirectiveOnLine(file.Tree, text.GetLineNumber(offset));
        if (directive is null || offset > directive.Span.End || SyntaxQueries.Bound(analysis.Model, directive) is not { } bound)
            return Task.FromResult<List<LspLocation>?>(null);

        if (directive.Kind == SyntaxKind.IncludeDirective)
        {
            var files = analysis.Model.Files.Where(f => ReferenceEquals(f.IncludedBy, bound))
                .Select(f => new LspLocation { Uri = context.Snapshot.UriForPath(f.Path), Range = new Range() })
                .ToList();
            return Task.FromResult<List<LspLocation>?>(files);
        }
        if (bound.Keyword is not { Status: KeywordStatus.Active or KeywordStatus.Alias } keyword || directive.Kind == SyntaxKind.MatchDirective)
            return Task.FromResult<List<LspLocation>?>(null);

        IEnumerable<BoundDirective> winners;
        if (bound.Scope is { } scope && !bound.ActiveAtStartup)
        {
            // A Match block's lines override the global value for the connections it matches; inside the block the
            // first line wins, like everywhere else.
            var inBlock = analysis.Model.Directives.Where(d => d.Scope == scope && d.SetsValue
                && string.Equals(d.SettingName, keyword.EffectiveName, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
            winners = inBlock.Count > 0 ? inBlock : analysis.Startup.Get(keyword.EffectiveName).Sources;
        }
        else
        {
            winners = analysis.Startup.Get(keyword.EffectiveName).Sources;
        }
        var locations = winners.Select(w => ProtocolConversions.ToLocation(w.Location, context.Snapshot)).ToList();
        return Task.FromResult<List<LspLocation>?>(locations.Count > 0 ? locations : null);
    }
}
