// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;

namespace SshdLint.LanguageServer.Server;

/// <summary>Finding the syntax under the cursor.</summary>
internal static class SyntaxQueries
{
    /// <summary>The directive whose keyword is on <paramref name="line"/> (zero-based), if any.</summary>
    public static DirectiveSyntax? DirectiveOnLine(SyntaxTree tree, int line)
    {
        foreach (var directive in tree.Root.AllDirectives())
        {
            if (directive.Line == line) return directive;
            if (directive.Line > line) break;
        }
        return null;
    }

    /// <summary>The token of a directive under an offset; a cursor just after a token counts as on it.</summary>
    public static SyntaxToken? TokenAt(DirectiveSyntax directive, int offset)
    {
        if (directive.Keyword.Span.Start <= offset && offset <= directive.Keyword.Span.End) return directive.Keyword;
        foreach (var token in directive.Tokens)
        {
            if (token.Span.Start <= offset && offset <= token.Span.End) return token;
        }
        return null;
    }

    /// <summary>The bound form of a directive of the configuration.</summary>
    public static BoundDirective? Bound(ConfigModel model, DirectiveSyntax syntax)
    {
        foreach (var bound in model.Directives)
        {
            if (ReferenceEquals(bound.Syntax, syntax)) return bound;
        }
        return null;
    }

    /// <summary>The Match block that a line belongs to (Match blocks run to the next Match or the end of the file).</summary>
    public static MatchBlockSyntax? EnclosingMatch(SyntaxTree tree, int line)
    {
        MatchBlockSyntax? current = null;
        foreach (var member in tree.Root.Members)
        {
            if (member is MatchBlockSyntax block)
            {
                if (block.Header.Line >= line) break;
                current = block;
            }
        }
        return current;
    }
}
