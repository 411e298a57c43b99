// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;

namespace SshdLint.Parser.Catalog;

/// <summary>The outcome of expanding an algorithm list the way sshd's <c>assemble_algorithms</c> does.</summary>
/// <param name="Effective">The list sshd uses and <c>sshd -T</c> prints; empty when <paramref name="Failed"/>.</param>
/// <param name="Failed">
/// True when the list passed parse-time validation but expanded to nothing: sshd exits with
/// <c>assemble_algorithms: &lt;field&gt;: invalid argument</c> (also for a <c>!</c> element outside a <c>-</c> list).
/// </param>
/// <param name="RemovedEverything">
/// True when a <c>-</c> list removed every default. sshd does not reject it: the empty result is assembled a
/// second time when the configuration is copied, which yields the default list again (obs 9.2: <c>Ciphers -*</c>
/// prints the default), so <paramref name="Effective"/> holds the defaults.
/// </param>
public sealed record AlgorithmAssembly(IReadOnlyList<string> Effective, bool Failed, bool RemovedEverything);

/// <summary>
/// A faithful port of the list functions sshd uses for algorithm keywords: <c>kex_assemble_names</c> and
/// <c>kex_names_cat</c> (kex.c), <c>match_filter_allowlist</c>/<c>match_filter_denylist</c>,
/// <c>match_pattern_list</c> and <c>match_pattern</c> (match.c).
/// </summary>
/// <remarks>
/// The quirks matter and are kept: <c>kex_names_cat</c> stops at the first empty element of the appended list
/// (<c>+a,,b</c> appends only <c>a</c>); duplicates are dropped by exact comparison; explicit and <c>+</c>/<c>^</c>
/// lists are expanded element by element against the supported list (so wildcards expand in sshd's internal
/// order) while <c>-</c> lists filter the default list in default order. Before 7.8 lists were not expanded:
/// an explicit list was used verbatim.
/// </remarks>
public static class AlgorithmAssembler
{
    /// <summary>Expands <paramref name="written"/> (prefix included, e.g. <c>+ssh-rsa</c>) for <paramref name="target"/>.</summary>
    public static AlgorithmAssembly Assemble(AlgorithmListKind kind, string written, Target target)
    {
        var table = AlgorithmCatalog.Table(kind, target);
        var v = target.Version;
        string all = string.Join(',', table.Supported);
        string def = string.Join(',', table.Defaults);
        // Since 8.2 the compiled-in defaults are filtered to what the build supports.
        if (v.AtLeast(8, 2)) def = FilterList(def, all, denylist: false);

        if (written.Length == 0) return new(Split(def), false, false);

        // 7.0 and 7.1 never assembled HostKeyAlgorithms (the "+" fix of 7.2): the string was used as written.
        if (kind == AlgorithmListKind.HostKeyAlgorithms && !v.AtLeast(7, 2)) return new(Split(written), false, false);

        char first = written[0];
        string list = written;
        if (first == '+' && AlgorithmCatalog.SupportsPrefix('+', target))
        {
            list = NamesCat(def, written[1..]);
        }
        else if (first == '-' && AlgorithmCatalog.SupportsPrefix('-', target))
        {
            string filtered = FilterList(def, written[1..], denylist: true);
            return filtered.Length == 0
                ? new(Split(def), false, true)
                : new(Split(filtered), false, false);
        }
        else if (first == '^' && AlgorithmCatalog.SupportsPrefix('^', target))
        {
            list = NamesCat(written[1..], def);
        }

        if (!v.AtLeast(7, 8))
        {
            // Before 7.8 kex_assemble_names only handled the prefixes; names were not expanded.
            return new(Split(list), false, false);
        }

        // Expand each element (pattern) against the supported list, appending without duplicates.
        string? ret = null;
        foreach (var cp in list.Split(','))
        {
            if (cp.Length > 0 && cp[0] == '!') return new([], true, false);
            string matching = FilterList(all, cp, denylist: false);
            ret = NamesCat(ret, matching);
        }
        if (string.IsNullOrEmpty(ret)) return new([], true, false);
        return new(Split(ret), false, false);
    }

    /// <summary>
    /// <c>match_pattern_list</c> (case-sensitive): 1 when <paramref name="value"/> matches a positive element of the
    /// comma-separated <paramref name="patterns"/>, -1 when it matches a negated (<c>!</c>) one, 0 otherwise.
    /// </summary>
    public static int MatchPatternList(string value, string patterns)
    {
        bool gotPositive = false;
        int i = 0, len = patterns.Length;
        while (i < len)
        {
            bool negated = false;
            if (patterns[i] == '!')
            {
                negated = true;
                i++;
            }
            int start = i;
            while (i < len && patterns[i] != ',') i++;
            // sshd copies each element into a 1024-byte buffer; a longer element never matches.
            if (i - start >= 1023) return 0;
            var sub = patterns.AsSpan(start, i - start);
            if (i < len && patterns[i] == ',') i++;
            if (MatchPattern(value.AsSpan(), sub))
            {
                if (negated) return -1;
                gotPositive = true;
            }
        }
        return gotPositive ? 1 : 0;
    }

    /// <summary><c>match_pattern</c>: shell-style <c>*</c> and <c>?</c> wildcards, case-sensitive, whole string.</summary>
    public static bool MatchPattern(ReadOnlySpan<char> s, ReadOnlySpan<char> pattern)
    {
        while (true)
        {
            if (pattern.IsEmpty) return s.IsEmpty;
            if (pattern[0] == '*')
            {
                while (!pattern.IsEmpty && pattern[0] == '*') pattern = pattern[1..];
                if (pattern.IsEmpty) return true;
                if (pattern[0] != '?' && pattern[0] != '*')
                {
                    for (; !s.IsEmpty; s = s[1..])
                    {
                        if (s[0] == pattern[0] && MatchPattern(s[1..], pattern[1..])) return true;
                    }
                    return false;
                }
                for (; !s.IsEmpty; s = s[1..])
                {
                    if (MatchPattern(s, pattern)) return true;
                }
                return false;
            }
            if (s.IsEmpty) return false;
            if (pattern[0] != '?' && pattern[0] != s[0]) return false;
            s = s[1..];
            pattern = pattern[1..];
        }
    }

    /// <summary><c>filter_list</c>: the elements of <paramref name="proposal"/> that match (or, for a denylist, do not match) <paramref name="filter"/>.</summary>
    internal static string FilterList(string proposal, string filter, bool denylist)
    {
        var sb = new StringBuilder(proposal.Length);
        foreach (var cp in proposal.Split(','))
        {
            int r = MatchPatternList(cp, filter);
            if ((denylist && r != 1) || (!denylist && r == 1))
            {
                if (sb.Length != 0) sb.Append(',');
                sb.Append(cp);
            }
        }
        return sb.ToString();
    }

    /// <summary><c>kex_names_cat</c>: <paramref name="a"/> followed by the names of <paramref name="b"/> not already present.</summary>
    internal static string NamesCat(string? a, string b)
    {
        if (string.IsNullOrEmpty(a)) return b;
        if (b.Length == 0) return a;
        var present = new HashSet<string>(a.Split(','), StringComparer.Ordinal);
        var sb = new StringBuilder(a, a.Length + b.Length + 1);
        foreach (var p in b.Split(','))
        {
            // The loop in kex.c is "for (p = strsep(..); p && *p != '\0'; ...)": it ends at the first empty name.
            if (p.Length == 0) break;
            if (!present.Add(p)) continue;
            sb.Append(',').Append(p);
        }
        return sb.ToString();
    }

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');
}
