// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Text;

namespace SshdLint.Rules.Tests.Infrastructure;

/// <summary>An expected diagnostic from markup: id (null for <c>[|…|]</c>, meaning "the rule under test") and span.</summary>
public sealed record ExpectedSpan(string? Id, TextSpan Span);

/// <summary>
/// Roslyn-style test markup: <c>{|SSHD2001:PermitRootLogin yes|}</c> marks a span where SSHD2001 is expected,
/// <c>[|…|]</c> a span for the rule under test, <c>$$</c> a caret position.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<ExpectedSpan> Spans, int? Caret) Parse(string markup)
    {
        var sb = new StringBuilder(markup.Length);
        var spans = new List<ExpectedSpan>();
        var open = new Stack<(string? Id, int Start)>();
        int? caret = null;
        for (int i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '$' && i + 1 < markup.Length && markup[i + 1] == '$')
            {
                caret = sb.Length;
                i++;
            }
            else if (markup[i] == '[' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                open.Push((null, sb.Length));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException("markup {| without ':'");
                open.Push((markup[(i + 2)..colon], sb.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && (markup[i + 1] == ']' || markup[i + 1] == '}'))
            {
                if (open.Count == 0) throw new FormatException($"unbalanced markup at {i}");
                var (id, start) = open.Pop();
                spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, sb.Length)));
                i++;
            }
            else
            {
                sb.Append(markup[i]);
            }
        }
        if (open.Count > 0) throw new FormatException("unclosed markup span");
        return (sb.ToString(), spans.OrderBy(s => s.Span.Start).ToList(), caret);
    }
}
