// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.Rules.Fixes;

/// <summary>
/// Builds fixes as text edits against the original files, following the placement rules: change the line that
/// wins; when the keyword is absent, insert it before the first Match block of the main file (never at the end,
/// where it would land inside a trailing Match block); keep indentation, comments and line endings.
/// </summary>
public static class FixBuilder
{
    /// <summary>Replaces the arguments of a line, keeping the keyword, separator, and any trailing comment.</summary>
    public static CodeFix ReplaceValue(BoundDirective line, string newArguments, string title, FixApplicability applicability) =>
        new(title, applicability, [ReplaceValueEdit(line, newArguments)]);

    public static FileTextEdit ReplaceValueEdit(BoundDirective line, string newArguments)
    {
        var syntax = line.Syntax;
        var args = syntax.Arguments.ToList();
        TextSpan span;
        if (args.Count == 0)
        {
            // No argument at all: put one after the keyword (and its '=' if any).
            int end = syntax.Tokens.Length > 0 ? syntax.Tokens[^1].Span.End : syntax.Keyword.Span.End;
            span = new TextSpan(end, 0);
            newArguments = " " + newArguments;
        }
        else
        {
            span = TextSpan.FromBounds(args[0].Span.Start, args[^1].Span.End);
        }
        return new FileTextEdit(line.File.Path, new TextChange(span, newArguments));
    }

    /// <summary>Deletes a directive's whole line (indentation, trailing comment and line break included).</summary>
    public static CodeFix DeleteLine(BoundDirective line, string title, FixApplicability applicability = FixApplicability.Safe) =>
        new(title, applicability, [DeleteLineEdit(line)]);

    public static FileTextEdit DeleteLineEdit(BoundDirective line)
    {
        var span = line.File.Tree.Text.GetFullLinesSpan(line.Syntax.Span);
        return new FileTextEdit(line.File.Path, new TextChange(span, ""));
    }

    /// <summary>Renames the keyword of a line (deprecated alias → canonical name, typo → keyword).</summary>
    public static CodeFix RenameKeyword(BoundDirective line, string newKeyword, string title, FixApplicability applicability) =>
        new(title, applicability, [new FileTextEdit(line.File.Path, new TextChange(line.Syntax.Keyword.Span, newKeyword))]);

    /// <summary>
    /// Makes <paramref name="keyword"/> take <paramref name="value"/> globally: edits the winning global line when
    /// there is one (in whichever file it is, a drop-in included), else inserts a line where it will win.
    /// </summary>
    public static CodeFix SetGlobal(RuleContext context, string keyword, string value, string title, FixApplicability applicability)
    {
        var winning = context.Global(keyword).Line;
        if (winning is not null && winning.Scope is null) return ReplaceValue(winning, value, title, applicability);
        return new CodeFix(title, applicability, [InsertGlobalEdit(context.Model, keyword, value)]);
    }

    /// <summary>Sets a keyword inside one Match block: edits the block's line, or inserts one after the header.</summary>
    public static CodeFix SetInBlock(MatchScope scope, BoundDirective? line, string keyword, string value, string title, FixApplicability applicability)
    {
        if (line is not null) return ReplaceValue(line, value, title, applicability);
        var header = scope.Header;
        var text = header.File.Tree.Text;
        int headerLine = text.GetLineNumber(header.Syntax.Span.Start);
        var lineSpan = text.GetLineSpan(headerLine, includeLineBreak: true);
        string eol = text.PreferredLineEnding;
        string indent = BlockIndentation(header);
        bool hasBreak = lineSpan.End > 0 && text[lineSpan.End - 1] == '\n';
        string insertion = (hasBreak ? "" : eol) + indent + keyword + " " + value + (hasBreak ? eol : "");
        return new CodeFix(title, applicability, [new FileTextEdit(header.File.Path, new TextChange(new TextSpan(lineSpan.End, 0), insertion))]);
    }

    /// <summary>
    /// An edit that adds <c>Keyword value</c> to the global section of the main file: before its first Match line
    /// (after any blank and comment lines that introduce that block stay with it), or at the end of the file.
    /// </summary>
    public static FileTextEdit InsertGlobalEdit(ConfigModel model, string keyword, string value)
    {
        var main = model.MainFile;
        var text = main.Tree.Text;
        string eol = text.PreferredLineEnding;
        var firstMatch = main.Tree.Root.Members.OfType<MatchBlockSyntax>().FirstOrDefault();
        string line = keyword + " " + value;
        if (firstMatch is null)
        {
            bool endsWithBreak = text.Length == 0 || text[text.Length - 1] == '\n';
            string insertion = (endsWithBreak ? "" : eol) + line + eol;
            return new FileTextEdit(main.Path, new TextChange(new TextSpan(text.Length, 0), insertion));
        }
        // Insert at the start of the Match line itself (its leading comments stay above the new line only if they
        // are separated by a blank line; a comment directly above a Match usually describes the block).
        var header = firstMatch.Header;
        int position = text.GetLineSpan(text.GetLineNumber(header.Keyword.Span.Start)).Start;
        var leading = header.Keyword.LeadingTrivia;
        int attached = position;
        int i = leading.Length - 1;
        if (i >= 0 && leading[i].Kind == SyntaxKind.WhitespaceTrivia) i--; // the Match line's own indentation
        while (i >= 0 && leading[i].Kind == SyntaxKind.EndOfLineTrivia)
        {
            // Walk up over comment lines directly above the Match: they describe the block and stay with it.
            int j = i - 1;
            if (j < 0 || leading[j].Kind != SyntaxKind.CommentTrivia) break;
            attached = text.GetLineSpan(text.GetLineNumber(leading[j].Span.Start)).Start;
            i = j - 1;
            if (i >= 0 && leading[i].Kind == SyntaxKind.WhitespaceTrivia) i--;
        }
        return new FileTextEdit(main.Path, new TextChange(new TextSpan(attached, 0), line + eol));
    }

    private static string BlockIndentation(BoundDirective header)
    {
        // Follow the block's existing indentation, else the file's first indented Match body, else four spaces.
        var block = header.Syntax.Parent as MatchBlockSyntax;
        var sample = block?.Directives.FirstOrDefault()
            ?? header.File.Tree.Root.Members.OfType<MatchBlockSyntax>().SelectMany(b => b.Directives).FirstOrDefault();
        if (sample is null) return "    ";
        var ws = sample.Keyword.LeadingTrivia.LastOrDefault();
        return ws.Kind == SyntaxKind.WhitespaceTrivia && header.File.Tree.Text.GetLinePosition(ws.Span.End).Character == ws.Span.Length ? ws.Text : "";
    }
}
