// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Text;

/// <summary>
/// The immutable text of one configuration file, with line bookkeeping.
/// </summary>
/// <remarks>
/// Lines end at <c>\n</c> (the terminator belongs to the line it ends; <c>\r\n</c> counts as one break).
/// A lone <c>\r</c> is not a line break: sshd splits on <c>\n</c> only, and line numbers must agree
/// with the ones sshd prints. All offsets are UTF-16 code units, zero-based.
/// </remarks>
public sealed class SourceText
{
    private int[]? _lineStarts;
    private string? _preferredLineEnding;

    private SourceText(string text) => Text = text;

    /// <summary>The full text. Invalid UTF-8 bytes appear as escapes (see <see cref="Utf8Escaping"/>).</summary>
    public string Text { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Decodes raw file bytes losslessly; <see cref="ToBytes"/> gives them back unchanged.</summary>
    public static SourceText From(ReadOnlySpan<byte> bytes) => new(Utf8Escaping.Decode(bytes));

    /// <summary>The exact bytes this text was decoded from.</summary>
    public byte[] ToBytes() => Utf8Escaping.Encode(Text);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    /// <summary>Offsets at which each line starts; always has at least one entry (0).</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public int LineCount => LineStarts.Count;

    /// <summary>Zero-based line containing <paramref name="position"/> (the end of the text belongs to the last line).</summary>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Length);
        var starts = (int[])LineStarts;
        int index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineNumber(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offset of a line position; a character past the line's end clamps to the end of its content.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= LineCount) return Length;
        int start = LineStarts[position.Line];
        int contentEnd = GetLineSpan(position.Line, includeLineBreak: false).End;
        return Math.Min(start + Math.Max(0, position.Character), contentEnd);
    }

    /// <summary>The span of a line, with or without its terminator.</summary>
    public TextSpan GetLineSpan(int line, bool includeLineBreak = false)
    {
        int start = LineStarts[line];
        int end = line + 1 < LineCount ? LineStarts[line + 1] : Length;
        if (!includeLineBreak && end > start && Text[end - 1] == '\n')
        {
            end--;
            if (end > start && Text[end - 1] == '\r') end--;
        }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The whole lines that <paramref name="span"/> touches, from the start of its first line to the end of its last line's break.</summary>
    public TextSpan GetFullLinesSpan(TextSpan span)
    {
        int first = GetLineNumber(span.Start);
        int last = GetLineNumber(Math.Max(span.Start, span.End - 1));
        return TextSpan.FromBounds(GetLineSpan(first, includeLineBreak: true).Start, GetLineSpan(last, includeLineBreak: true).End);
    }

    /// <summary>Applies non-overlapping changes (spans in this text) and returns the new text.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var ordered = changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ToList();
        if (ordered.Count == 0) return this;
        var sb = new System.Text.StringBuilder(Length);
        int pos = 0;
        foreach (var change in ordered)
        {
            if (change.Span.Start < pos) throw new ArgumentException("changes overlap", nameof(changes));
            if (change.Span.End > Length) throw new ArgumentOutOfRangeException(nameof(changes), "change beyond end of text");
            sb.Append(Text, pos, change.Span.Start - pos).Append(change.NewText);
            pos = change.Span.End;
        }
        sb.Append(Text, pos, Length - pos);
        return new SourceText(sb.ToString());
    }

    /// <summary>The dominant line ending of the text (<c>\r\n</c> when most lines use it), for edits that add lines.</summary>
    /// <remarks>Computed once: fixes ask for it for every finding, and a scan per call made large files quadratic.</remarks>
    public string PreferredLineEnding => _preferredLineEnding ??= ComputePreferredLineEnding(Text);

    private static string ComputePreferredLineEnding(string text)
    {
        int crlf = 0, lf = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            if (i > 0 && text[i - 1] == '\r') crlf++; else lf++;
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        int i = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', i);
            if (nl < 0) break;
            starts.Add(nl + 1);
            i = nl + 1;
        }
        return starts.ToArray();
    }
}
