// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;

namespace SshdLint.Parser.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a <see cref="SourceText"/>.</summary>
[DebuggerDisplay("[{Start}..{End})")]
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Zero-based offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Number of characters; may be zero.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies in <c>[Start, End)</c>.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="span"/> lies entirely within this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch, or one is empty and sits inside the other.</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A zero-based line and UTF-16 character offset within that line (LSP's position model).</summary>
[DebuggerDisplay("{Line}:{Character}")]
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>A range of <see cref="LinePosition"/>s, start inclusive, end exclusive.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);

/// <summary>A replacement of <see cref="Span"/> (in the original text) by <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
