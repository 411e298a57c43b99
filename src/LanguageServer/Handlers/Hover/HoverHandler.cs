// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules.Docs;
using EngineDiagnostic = SshdLint.Parser.Diagnostics.Diagnostic;
using LspHover = SshdLint.LanguageServer.Protocol.Hover;

namespace SshdLint.LanguageServer.Handlers.Hover;

/// <summary>
/// <c>textDocument/hover</c> (LSP 3.17 "Hover Request"). On a directive: the keyword's documentation for the target
/// (what it does, argument grammar, default, Match, history), then the value sshd actually uses and the line it comes
/// from, across files. On a finding: the rule's documentation.
/// </summary>
internal sealed class HoverHandler : RequestHandler<HoverParams, LspHover>
{
    public const string MethodName = "textDocument/hover";

    public override string Method => MethodName;

    public override JsonTypeInfo<HoverParams> ParamsType => LspJsonContext.Default.HoverParams;

    public override JsonTypeInfo<LspHover> ResultType => LspJsonContext.Default.Hover;

    public override string? Validate(HoverParams request) => base.Validate(request) ?? (request.Position is null ? "position is required" : null);

    public override Task<LspHover?> HandleAsync(HoverParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var analysis = context.GetAnalysis();
        if (analysis is null || context.Document is null) return Task.FromResult<LspHover?>(null);
        var file = analysis.FileAt(context.Document.Path);
        if (file is null) return Task.FromResult<LspHover?>(null);
        var text = file.Tree.Text;
        int offset = ProtocolConversions.ToOffset(text, request.Position!);
        int line = text.GetLineNumber(offset);
        cancellationToken.ThrowIfCancellationRequested();

        var sb = new StringBuilder();
        Range? range = null;
        var directive = SyntaxQueries.DirectiveOnLine(file.Tree, line);
        if (directive is not null && offset <= directive.Span.End)
        {
            var token = SyntaxQueries.TokenAt(directive, offset) ?? directive.Keyword;
            range = ProtocolConversions.ToRange(text, token.Span);
            DescribeDirective(sb, analysis, context.Snapshot, directive);
        }

        var findings = analysis.DiagnosticsFor(context.Document.Path)
            .Where(d => d.Location.LineSpan.Start.Line <= line && line <= d.Location.LineSpan.End.Line)
            .ToList();
        foreach (var finding in findings) DescribeFinding(sb, finding);
        if (sb.Length == 0) return Task.FromResult<LspHover?>(null);
        return Task.FromResult<LspHover?>(new LspHover { Contents = new MarkupContent { Kind = MarkupKind.Markdown, Value = sb.ToString().TrimEnd() }, Range = range });
    }

    private static void DescribeDirective(StringBuilder sb, Analysis analysis, ServerSnapshot snapshot, DirectiveSyntax directive)
    {
        var target = analysis.Model.Target;
        var table = KeywordCatalog.For(target);
        var keyword = table.Lookup(directive.KeywordText) ?? table.LookupElsewhere(directive.KeywordText);
        if (keyword is null)
        {
            sb.Append("**").Append(directive.KeywordText).Append("** is not a keyword of any OpenSSH release SshdLint knows.\n\n");
            return;
        }
        sb.Append(KeywordDocs.Markdown(keyword, target)).Append('\n');
        var bound = SyntaxQueries.Bound(analysis.Model, directive);
        if (bound is null) return;
        if (directive.Kind == SyntaxKind.IncludeDirective)
        {
            DescribeInclude(sb, analysis, snapshot, bound);
            return;
        }
        if (keyword.Status is not (KeywordStatus.Active or KeywordStatus.Alias) || directive.Kind == SyntaxKind.MatchDirective) return;
        DescribeEffective(sb, analysis, snapshot, bound, keyword);
    }

    private static void DescribeInclude(StringBuilder sb, Analysis analysis, ServerSnapshot snapshot, BoundDirective include)
    {
        var files = analysis.Model.Files.Where(f => ReferenceEquals(f.IncludedBy, include)).ToList();
        if (files.Count == 0)
        {
            sb.Append("**Reads**: no file (the patterns match nothing")
                .Append(analysis.Settings.Sysroot is { } root ? $" under `{root}`" : "").Append(")\n\n");
            return;
        }
        sb.Append("**Reads**, in this order:\n");
        foreach (var f in files) sb.Append("- ").Append(Link(snapshot, f.Path, 1)).Append('\n');
        sb.Append('\n');
    }

    /// <summary>The value sshd uses for the setting, and where it comes from (the DESIGN.md hover: "the value that wins, with a link").</summary>
    private static void DescribeEffective(StringBuilder sb, Analysis analysis, ServerSnapshot snapshot, BoundDirective line, KeywordDefinition keyword)
    {
        string name = keyword.EffectiveName;
        if (line.Scope is { } scope && !line.ActiveAtStartup)
        {
            var inBlock = analysis.Model.Directives.FirstOrDefault(d => d.Scope == scope && d.SetsValue
                && string.Equals(d.SettingName, name, StringComparison.OrdinalIgnoreCase));
            sb.Append("**For connections matching** `").Append(scope.Description).Append("`: ");
            if (inBlock is null || ReferenceEquals(inBlock, line))
                sb.Append(line.SetsValue ? $"this line sets `{Value(line)}`" : "this line sets nothing (its value is invalid)");
            else
                sb.Append("this line has no effect; the block's first value wins: `").Append(Value(inBlock)).Append("` from ").Append(Link(snapshot, inBlock));
            sb.Append("\n\n");
        }
        var setting = analysis.Startup.Get(name);
        sb.Append("**Effective at startup**: ");
        if (setting.IsDefault)
        {
            sb.Append(setting.DefaultText is { Length: > 0 } d ? $"the default `{d.Replace("\n", "`, `", StringComparison.Ordinal)}`" : "unset")
                .Append(" (no line sets it)\n");
            return;
        }
        if (setting.Sources.Count == 1)
        {
            var winner = setting.Sources[0];
            sb.Append('`').Append(Value(winner)).Append("` from ").Append(Link(snapshot, winner)).Append('\n');
        }
        else
        {
            sb.Append('\n');
            foreach (var source in setting.Sources) sb.Append("- `").Append(Value(source)).Append("` from ").Append(Link(snapshot, source)).Append('\n');
        }
        if (line.ActiveAtStartup && line.SetsValue && !setting.Sources.Contains(line))
            sb.Append("\nThis line has no effect: sshd uses the value from ").Append(Link(snapshot, setting.Sources[0])).Append(".\n");
    }

    private static void DescribeFinding(StringBuilder sb, EngineDiagnostic finding)
    {
        // A blank line first: "---" right under a text line would turn that line into a setext heading.
        sb.Append("\n---\n\n**").Append(finding.Id).Append("** `").Append(finding.Descriptor.Name).Append("`: ").Append(finding.Message).Append("\n\n");
        if (RuleDocumentation.Get(finding.Id) is { } doc)
        {
            foreach (var heading in new[] { "What it does", "Why it matters" })
            {
                if (Section(doc, heading) is { Length: > 0 } section) sb.Append(section).Append("\n\n");
            }
        }
        sb.Append('[').Append(finding.Id).Append(" documentation](").Append(finding.Descriptor.HelpLink).Append(")\n\n");
    }

    /// <summary>The body of one <c>## Heading</c> section of a rule doc.</summary>
    internal static string? Section(string doc, string heading)
    {
        string marker = "## " + heading;
        int start = doc.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start = doc.IndexOf('\n', start);
        if (start < 0) return null;
        int end = doc.IndexOf("\n## ", start, StringComparison.Ordinal);
        return (end < 0 ? doc[start..] : doc[start..end]).Trim();
    }

    private static string Value(BoundDirective line) => string.Join(' ', line.Syntax.ArgumentValues);

    private static string Link(ServerSnapshot snapshot, BoundDirective line) => Link(snapshot, line.File.Path, line.Syntax.SshdLineNumber);

    /// <summary>A Markdown link to a line of a file (<c>#L12</c>, the fragment editors open at that line).</summary>
    private static string Link(ServerSnapshot snapshot, string path, int oneBasedLine) =>
        string.Create(CultureInfo.InvariantCulture, $"[{Path.GetFileName(path)}:{oneBasedLine}]({snapshot.UriForPath(path)}#L{oneBasedLine})");
}
