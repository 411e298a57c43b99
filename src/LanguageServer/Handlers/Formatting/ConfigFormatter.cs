// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Handlers.Formatting;

/// <summary>
/// Formats a configuration without changing what sshd reads: one space between keyword and value (for
/// <c>Keyword=value</c>, <c>Keyword = value</c> and runs of blanks) and between arguments, Match block bodies indented by one level and
/// everything else flush left, comment lines indented like the line they introduce, no trailing blanks.
/// </summary>
/// <remarks>
/// Meaning is checked, not assumed: each reformatted line is parsed on its own with the target's tokenizer and must
/// give the same keyword, arguments (as sshd sees them) and parse problems as the original line, or the line is left
/// as it is. A line can be checked alone because sshd tokenizes line by line; indentation never changes which Match
/// block a line belongs to (blocks end only at the next Match line). Line endings, arguments and comments' text are
/// never touched.
/// </remarks>
internal static class ConfigFormatter
{
    /// <summary>Edits that format the lines from <paramref name="firstLine"/> to <paramref name="lastLine"/> (zero-based, inclusive).</summary>
    public static List<TextEdit> Format(SyntaxTree tree, FormattingOptions options, int firstLine = 0, int lastLine = int.MaxValue)
    {
        var text = tree.Text;
        string indentUnit = options.InsertSpaces ? new string(' ', Math.Clamp(options.TabSize, 1, 16)) : "\t";
        var directives = tree.Root.AllDirectives().ToList();
        var byLine = new Dictionary<int, DirectiveSyntax>();
        foreach (var d in directives) byLine.TryAdd(d.Line, d);
        var edits = new List<TextEdit>();
        int next = 0; // index of the first directive at or after the current line
        for (int line = Math.Max(0, firstLine); line < text.LineCount && line <= lastLine; line++)
        {
            while (next < directives.Count && directives[next].Line < line) next++;
            var span = text.GetLineSpan(line);
            string original = text.ToString(span);
            if (original.Contains('\0')) continue; // sshd stops reading a line at a NUL byte; leave such lines alone
            string? formatted;
            if (byLine.TryGetValue(line, out var directive))
            {
                formatted = FormatDirective(text, directive, span, indentUnit);
                if (formatted is not null && !SameMeaning(original, formatted, tree.Options)) formatted = null;
            }
            else
            {
                string trimmed = original.Trim(' ', '\t');
                if (trimmed.Length == 0) formatted = "";
                else if (trimmed[0] == '#')
                {
                    // A comment describes the line below it: indent it like that line.
                    string indent = next < directives.Count && IsInBody(directives[next]) ? indentUnit : "";
                    formatted = indent + trimmed;
                }
                else formatted = null; // text sshd skips: leave it
            }
            if (formatted is not null && formatted != original)
                edits.Add(new TextEdit { Range = ProtocolConversions.ToRange(text, span), NewText = formatted });
        }
        return edits;
    }

    private static bool IsInBody(DirectiveSyntax directive) => directive.EnclosingMatch is not null;

    /// <summary>The directive's line with normalized indentation and separator; null when it is not a plain one-line directive.</summary>
    private static string? FormatDirective(SourceText text, DirectiveSyntax directive, TextSpan line, string indentUnit)
    {
        if (directive.Keyword.IsMissing || directive.Keyword.Span.Start < line.Start || directive.Span.End > line.End) return null;
        string indentation = text.ToString(TextSpan.FromBounds(line.Start, directive.Keyword.Span.Start));
        if (indentation.Any(c => c is not (' ' or '\t'))) return null;
        var sb = new System.Text.StringBuilder(directive.Keyword.Text);
        var tokens = directive.Tokens.Where(t => !t.IsMissing).ToList();
        int previousEnd = directive.Keyword.Span.End;
        bool first = true;
        foreach (var token in tokens)
        {
            string gap = text.ToString(TextSpan.FromBounds(previousEnd, token.Span.Start));
            if (token.Kind == SyntaxKind.EqualsToken && first)
            {
                // "Keyword=value", "Keyword = value": the separator '=' goes, one space stays.
                if (gap.Any(c => c is not (' ' or '\t'))) return null;
                previousEnd = token.Span.End;
                continue;
            }
            // Blanks between words are only separators (sshd splits at runs of them); anything else is kept as written.
            bool blanks = gap.Length > 0 && gap.All(c => c is ' ' or '\t') || gap.Length == 0 && first && previousEnd != directive.Keyword.Span.End;
            sb.Append(blanks ? " " : gap).Append(text.ToString(token.Span));
            previousEnd = token.Span.End;
            first = false;
        }
        if (first && tokens.Count > 0) return null; // "Keyword =" with nothing after it: leave as written
        sb.Append(text.ToString(TextSpan.FromBounds(previousEnd, line.End)).TrimEnd(' ', '\t'));
        return (IsInBody(directive) ? indentUnit : "") + sb;
    }

    /// <summary>True when sshd reads both lines alike: same keyword, same arguments, same parse problems.</summary>
    internal static bool SameMeaning(string original, string formatted, ParseOptions options)
    {
        var before = SyntaxTree.Parse(original, options);
        var after = SyntaxTree.Parse(formatted, options);
        var a = before.Root.AllDirectives().ToList();
        var b = after.Root.AllDirectives().ToList();
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Kind != b[i].Kind || a[i].KeywordText != b[i].KeywordText) return false;
            if (!a[i].ArgumentValues.SequenceEqual(b[i].ArgumentValues, StringComparer.Ordinal)) return false;
        }
        return before.Diagnostics.Select(d => d.Id).SequenceEqual(after.Diagnostics.Select(d => d.Id), StringComparer.Ordinal);
    }
}
