// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text;

namespace SshdLint.Parser.Syntax;

/// <summary>Readable dumps of a tree, for golden tests and debugging: one token per line, or the node outline.</summary>
public static class SyntaxDumper
{
    /// <summary>Every token and its trivia: <c>KeywordToken [0..4) "Port" value="Port"</c>.</summary>
    public static string DumpTokens(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var t in token.LeadingTrivia) sb.Append("  ").Append(Describe(t.Kind, t.Span.Start, t.Span.End, t.Text)).Append('\n');
            sb.Append(Describe(token.Kind, token.Span.Start, token.Span.End, token.Text));
            if (token.HasQuotesOrEscapes) sb.Append(" value=").Append(Quote(token.ValueText));
            sb.Append('\n');
            foreach (var t in token.TrailingTrivia) sb.Append("  ").Append(Describe(t.Kind, t.Span.Start, t.Span.End, t.Text)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The node outline: files, Match blocks, directives with their argument values and sshd line numbers.</summary>
    public static string DumpTree(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        sb.Append("ConfigFile ").Append(Span(tree.Root.FullSpan.Start, tree.Root.FullSpan.End)).Append('\n');
        foreach (var member in tree.Root.Members)
        {
            if (member is DirectiveSyntax d) AppendDirective(sb, d, "  ");
            else if (member is MatchBlockSyntax b)
            {
                sb.Append("  MatchBlock ").Append(Span(b.FullSpan.Start, b.FullSpan.End)).Append('\n');
                AppendDirective(sb, b.Header, "    ");
                foreach (var inner in b.Directives) AppendDirective(sb, inner, "    ");
            }
        }
        foreach (var diagnostic in tree.Diagnostics)
            sb.Append("  ! ").Append(diagnostic.Id).Append(' ').Append(Span(diagnostic.Location.Span.Start, diagnostic.Location.Span.End))
                .Append(diagnostic.Fatal ? " fatal " : " ").Append(diagnostic.Message).Append('\n');
        return sb.ToString();
    }

    private static void AppendDirective(StringBuilder sb, DirectiveSyntax d, string indent)
    {
        sb.Append(indent).Append(d.Kind).Append(" line ").Append(d.SshdLineNumber.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(Quote(d.KeywordText));
        foreach (var value in d.ArgumentValues) sb.Append(' ').Append(Quote(value));
        sb.Append('\n');
    }

    private static string Describe(SyntaxKind kind, int start, int end, string text) => $"{kind} {Span(start, end)} {Quote(text)}";

    private static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"[{start}..{end})");

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f || char.IsSurrogate(c) || c == '\u00a0' || c == '\ufeff')
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
