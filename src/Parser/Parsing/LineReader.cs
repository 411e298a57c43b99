// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Parsing;

/// <summary>
/// servconf.c <c>load_server_config</c>: turns the file into the logical lines sshd parses.
/// </summary>
internal static class LineReader
{
    /// <remarks>
    /// The same <see cref="LogicalLine"/> instance is returned for every line, reset each time: the parser consumes a
    /// line before asking for the next, and one object per line was a large share of a parse's allocations.
    /// </remarks>
    public static IEnumerable<LogicalLine> Read(SourceText source, ParseOptions options, List<Diagnostic> diagnostics)
    {
        string text = source.Text;
        int pos = 0;
        int length = text.Length;
        int physicalLine = 0; // counted as '\n's are passed, instead of a binary search per line
        var line = new LogicalLine();
        while (pos < length)
        {
            line.Reset(pos, physicalLine);
            while (true)
            {
                int physicalStart = pos;
                int nl = text.IndexOf('\n', pos);
                int contentEnd = nl < 0 ? length : nl;

                if (options.HasLineLengthLimit && Utf8ByteCount(text, physicalStart, (nl < 0 ? length : nl + 1) - physicalStart) >= 4095)
                {
                    var loc = Location.Create(options.Path, source, TextSpan.FromBounds(physicalStart, contentEnd));
                    diagnostics.Add(Diagnostic.Create(StructuralDescriptors.LineTooLong, loc, options.Target.Version) with { Fatal = true });
                }

                // Leading spaces, tabs and CRs are dropped by the loader (strspn " \t\r").
                int k = pos;
                while (k < contentEnd && text[k] is ' ' or '\t' or '\r') k++;

                int nul = text.IndexOf('\0', physicalStart, contentEnd - physicalStart);
                int hash = options.LoaderStripsComments ? text.IndexOf('#', physicalStart, (nul >= 0 ? nul : contentEnd) - physicalStart) : -1;

                if (hash >= 0)
                {
                    // Up to 8.6 the loader replaced the first '#' by "\n": the rest is a comment and the line ends there.
                    line.AddSegment(text, k, Math.Max(0, hash - k));
                    line.LoaderComment = TextSpan.FromBounds(Math.Max(hash, k), contentEnd);
                    if (nul >= 0) line.AddSkipped(TextSpan.FromBounds(nul, contentEnd));
                    FinishLine(line, text, nl, length, out pos);
                    if (nl >= 0) physicalLine++;
                    break;
                }
                if (nul >= 0)
                {
                    // strlen stops at the NUL: the rest of the physical line, newline included, never reaches the parser,
                    // and the next physical line is appended to this one.
                    line.AddSegment(text, k, nul - k);
                    int skippedEnd = nl < 0 ? length : nl + 1;
                    line.AddSkipped(TextSpan.FromBounds(nul, skippedEnd));
                    var loc = Location.Create(options.Path, source, TextSpan.FromBounds(nul, nul + 1));
                    diagnostics.Add(Diagnostic.Create(StructuralDescriptors.NulByte, loc));
                    if (nl >= 0) physicalLine++;
                    pos = skippedEnd;
                    if (pos >= length)
                    {
                        line.SourceEnd = length;
                        break;
                    }
                    continue;
                }
                line.AddSegment(text, k, contentEnd - k);
                FinishLine(line, text, nl, length, out pos);
                if (nl >= 0) physicalLine++;
                break;
            }
            line.Seal();
            yield return line;
        }
    }

    private static void FinishLine(LogicalLine line, string text, int nl, int length, out int pos)
    {
        if (nl >= 0)
        {
            // Keep "\r\n" together as one line break when the CR would otherwise be stripped whitespace.
            int start = nl > 0 && text[nl - 1] == '\r' && nl - 1 >= line.SourceStart ? nl - 1 : nl;
            line.LineBreak = TextSpan.FromBounds(start, nl + 1);
            pos = nl + 1;
        }
        else
        {
            pos = length;
        }
        line.SourceEnd = pos;
    }

    private static int Utf8ByteCount(string text, int start, int count)
    {
        // Escaped invalid bytes (U+DC80..U+DCFF) are one byte each.
        int bytes = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (c is >= (char)0xDC80 and <= (char)0xDCFF) bytes++;
            else if (char.IsHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }
}
