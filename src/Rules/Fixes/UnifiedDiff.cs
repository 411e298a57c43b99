// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace SshdLint.Rules.Fixes;

/// <summary>A unified diff (<c>diff -u</c> shape, 3 lines of context) of two texts, line endings kept verbatim.</summary>
public static class UnifiedDiff
{
    public static string Create(string path, string before, string after, int context = 3)
    {
        var a = SplitKeepingEnds(before);
        var b = SplitKeepingEnds(after);
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, KeepEndsChunker.Instance);
        if (diff.DiffBlocks.Count == 0) return "";
        var sb = new StringBuilder();
        sb.Append("--- ").Append(path).Append('\n');
        sb.Append("+++ ").Append(path).Append('\n');
        // Group blocks whose context windows touch into one hunk.
        var blocks = diff.DiffBlocks.ToList();
        int i = 0;
        while (i < blocks.Count)
        {
            int j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * context) j++;
            int startA = Math.Max(0, blocks[i].DeleteStartA - context);
            int endA = Math.Min(a.Count, blocks[j].DeleteStartA + blocks[j].DeleteCountA + context);
            int startB = Math.Max(0, blocks[i].InsertStartB - (blocks[i].DeleteStartA - startA));
            int endB = Math.Min(b.Count, blocks[j].InsertStartB + blocks[j].InsertCountB + (endA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA)));
            sb.Append($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
            int pa = startA;
            for (int k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; pa < block.DeleteStartA; pa++) Line(sb, ' ', a[pa]);
                for (int d = 0; d < block.DeleteCountA; d++) Line(sb, '-', a[block.DeleteStartA + d]);
                for (int n = 0; n < block.InsertCountB; n++) Line(sb, '+', b[block.InsertStartB + n]);
                pa = block.DeleteStartA + block.DeleteCountA;
            }
            for (; pa < endA; pa++) Line(sb, ' ', a[pa]);
            i = j + 1;
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static void Line(StringBuilder sb, char marker, string line)
    {
        sb.Append(marker).Append(line);
        if (!line.EndsWith('\n')) sb.Append("\n\\ No newline at end of file\n");
    }

    /// <summary>The lines of a text, each with its terminator (the last one may have none).</summary>
    public static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    /// <summary>Feeds DiffPlex the lines with their terminators, so a CRLF→LF change shows up as a change.</summary>
    private sealed class KeepEndsChunker : IChunker
    {
        public static readonly KeepEndsChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => SplitKeepingEnds(text);
    }
}
