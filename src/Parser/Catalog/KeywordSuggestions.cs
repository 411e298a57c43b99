// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>"Did you mean" for unknown keywords: edit distance plus prefix matches, case-insensitive.</summary>
internal static class KeywordSuggestions
{
    /// <summary>At most this many suggestions are returned.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// Picks up to <see cref="MaxSuggestions"/> of <paramref name="candidates"/> that <paramref name="typed"/>
    /// was probably meant to be, best first.
    /// </summary>
    /// <remarks>
    /// Two kinds of near miss are common in sshd_config: typos (a dropped, doubled or swapped letter:
    /// <c>PermitRootLogn</c>) and abbreviations (<c>PasswordAuth</c>). Typos are ranked by the optimal
    /// string alignment distance (Damerau–Levenshtein with adjacent swaps), allowed to grow with the
    /// length of the word so that short words do not match everything. Abbreviations are candidates the
    /// typed word starts (at least four letters), or — for longer words — contains; they rank after typos.
    /// </remarks>
    public static IReadOnlyList<string> Suggest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var word = AsciiCaseInsensitiveComparer.ToLower(typed.Trim());
        if (word.Length == 0) return [];

        int limit = word.Length <= 4 ? 1 : word.Length <= 8 ? 2 : 3;
        var scored = new List<(string Name, int Rank, int Score)>();
        foreach (var name in candidates)
        {
            var lower = AsciiCaseInsensitiveComparer.ToLower(name);
            if (lower == word) continue;
            int distance = Distance(word, lower, limit);
            if (distance <= limit)
                scored.Add((name, 0, distance));
            else if (word.Length >= 4 && lower.StartsWith(word, StringComparison.Ordinal))
                scored.Add((name, 1, lower.Length - word.Length));
            else if (word.Length >= 6 && lower.Contains(word, StringComparison.Ordinal))
                scored.Add((name, 2, lower.Length - word.Length));
        }
        return scored
            .OrderBy(s => s.Rank)
            .ThenBy(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(s => s.Name)
            .ToList();
    }

    /// <summary>
    /// Optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>; any value
    /// above <paramref name="limit"/> is reported as <c>limit + 1</c>.
    /// </summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int rowMin = int.MaxValue;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
        }
        return Math.Min(d[a.Length, b.Length], limit + 1);
    }
}
