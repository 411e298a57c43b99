// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Parsing;

/// <summary>
/// One line as sshd's loader hands it to the line parser, mapped back to the physical text.
/// </summary>
/// <remarks>
/// sshd's <c>load_server_config</c> strips leading spaces, tabs and CRs from each physical line and appends it
/// to a buffer with <c>strlen</c>: a NUL byte therefore drops the rest of that physical line, newline included,
/// and the next physical line is glued onto this one (verified with Debian 9.2p1: <c>PasswordAuthentication
/// no\0x</c> followed by <c>Port 2222</c> gives <c>unsupported option "noPort"</c>). Up to 8.6 the loader also cut
/// each line at its first <c>#</c>, even inside quotes. <see cref="Content"/> is that logical string; offsets into it
/// map back to the file through <see cref="ToSource"/>.
/// </remarks>
internal sealed class LogicalLine
{
    // Almost every line is one segment (only a NUL byte glues lines): keep the first inline, the rest in a list.
    private (int LogicalStart, int SourceStart, int Length) _first;
    private List<(int LogicalStart, int SourceStart, int Length)>? _more;
    private int _segmentCount;

    private static readonly List<TextSpan> NoSpans = [];
    private List<TextSpan>? _skipped;

    /// <summary>Source ranges sshd never reads (after a NUL byte); usually empty (shared, do not add to it directly).</summary>
    public List<TextSpan> Skipped => _skipped ?? NoSpans;

    /// <summary>Records a range sshd never reads.</summary>
    public void AddSkipped(TextSpan span) => (_skipped ??= []).Add(span);

    /// <summary>Comment cut off by the pre-8.7 loader (from the first <c>#</c>), if any.</summary>
    public TextSpan? LoaderComment { get; set; }

    /// <summary>The logical text sshd parses (before trailing-whitespace stripping).</summary>
    public string Content { get; private set; } = "";

    /// <summary>Source offset where the line starts (its first byte).</summary>
    public int SourceStart { get; private set; }

    /// <summary>Source offset just past the line, including its terminator.</summary>
    public int SourceEnd { get; set; }

    /// <summary>Span of the line terminator (<c>\n</c>, or <c>\r\n</c> when the CR is not otherwise content), if any.</summary>
    public TextSpan? LineBreak { get; set; }

    /// <summary>True when a NUL byte made sshd glue physical lines together.</summary>
    public bool HasNul => _skipped is { Count: > 0 };

    /// <summary>Zero-based physical line of <see cref="SourceStart"/>.</summary>
    public int PhysicalLine { get; private set; }

    /// <summary>Makes this instance the next line, starting at <paramref name="sourceStart"/>.</summary>
    public void Reset(int sourceStart, int physicalLine)
    {
        SourceStart = sourceStart;
        PhysicalLine = physicalLine;
        SourceEnd = 0;
        LineBreak = null;
        LoaderComment = null;
        Content = "";
        _skipped = null;
        _more = null;
        _segmentCount = 0;
        _first = default;
        _length = 0;
        _source = null;
    }

    private string? _source;
    private int _length;

    public void AddSegment(string source, int start, int length)
    {
        if (length <= 0) return;
        _source = source;
        if (_segmentCount == 0) _first = (_length, start, length);
        else (_more ??= []).Add((_length, start, length));
        _segmentCount++;
        _length += length;
    }

    private (int LogicalStart, int SourceStart, int Length) Segment(int i) => i == 0 ? _first : _more![i - 1];

    /// <summary>Builds <see cref="Content"/>; a single segment (every line without a NUL byte) is one substring.</summary>
    public void Seal()
    {
        if (_segmentCount == 0) Content = "";
        else if (_segmentCount == 1) Content = _source!.Substring(_first.SourceStart, _first.Length);
        else
        {
            var sb = new StringBuilder(_length);
            for (int i = 0; i < _segmentCount; i++)
            {
                var (_, start, length) = Segment(i);
                sb.Append(_source, start, length);
            }
            Content = sb.ToString();
        }
    }

    /// <summary>Maps a logical offset to the source offset of the same character (or the end of the content).</summary>
    public int ToSource(int logical)
    {
        // Offsets at a segment boundary map to the start of the next segment: a token that begins there
        // starts at that segment's first byte, and a token that ends there is mapped with ToSourceEnd.
        if (_segmentCount == 1 && logical < _length) return _first.SourceStart + logical;
        for (int i = 0; i < _segmentCount; i++)
        {
            var (ls, ss, len) = Segment(i);
            if (logical < ls + len) return ss + (logical - ls);
        }
        if (_segmentCount == 0) return SourceStart;
        var last = Segment(_segmentCount - 1);
        return last.SourceStart + last.Length;
    }

    /// <summary>Maps an exclusive logical end offset to the exclusive source end.</summary>
    public int ToSourceEnd(int logicalEnd)
    {
        if (logicalEnd == 0) return _segmentCount == 0 ? SourceStart : _first.SourceStart;
        return ToSource(logicalEnd - 1) + 1;
    }
}
