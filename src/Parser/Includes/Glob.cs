// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Includes;

/// <summary>
/// glob(3) as sshd calls it for Include (flags 0): <c>*</c>, <c>?</c>, <c>[…]</c> with <c>!</c>/<c>^</c> and ranges,
/// backslash escapes, a leading dot only matched explicitly, results sorted, no tilde expansion.
/// </summary>
public static class Glob
{
    /// <summary>More matches than this are cut off (an enormous glob must not stall the linter).</summary>
    public const int MaxMatches = 10_000;

    /// <summary>True when the pattern contains glob magic characters.</summary>
    public static bool HasMagic(string pattern) => pattern.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Expands an absolute or relative pattern against a file system; sorted ordinally like glob(3) in the C locale.</summary>
    /// <param name="truncated">True when more than <see cref="MaxMatches"/> paths matched.</param>
    public static IReadOnlyList<string> Expand(IFileSystem fs, string pattern, out bool truncated)
    {
        truncated = false;
        bool absolute = pattern.StartsWith('/');
        var parts = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string> { absolute ? "/" : "" };
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            bool last = i == parts.Length - 1;
            var next = new List<string>();
            foreach (var dir in current)
            {
                if (!HasMagic(part))
                {
                    next.Add(Join(dir, Unescape(part)));
                    continue;
                }
                string listPath = dir.Length == 0 ? "." : dir;
                if (!fs.DirectoryExists(listPath)) continue;
                foreach (var name in fs.ListDirectory(listPath).OrderBy(n => n, StringComparer.Ordinal))
                {
                    if (!Matches(part, name)) continue;
                    string path = Join(dir, name);
                    if (!last && !fs.DirectoryExists(path)) continue;
                    next.Add(path);
                    if (next.Count > MaxMatches) { truncated = true; break; }
                }
                if (truncated) break;
            }
            current = next;
            if (current.Count == 0) break;
        }
        // Literal components were not checked while walking; glob(3) only returns paths that exist.
        var result = current.Where(p => p.Length > 0 && (fs.FileExists(p) || fs.DirectoryExists(p)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Take(MaxMatches)
            .ToList();
        return result;
    }

    private static string Join(string dir, string name) => dir.Length == 0 ? name : dir.EndsWith('/') ? dir + name : dir + "/" + name;

    private static string Unescape(string part)
    {
        if (part.IndexOf('\\') < 0) return part;
        var sb = new System.Text.StringBuilder(part.Length);
        for (int i = 0; i < part.Length; i++)
        {
            if (part[i] == '\\' && i + 1 < part.Length) i++;
            sb.Append(part[i]);
        }
        return sb.ToString();
    }

    /// <summary>fnmatch(3) with FNM_PERIOD for one path component.</summary>
    public static bool Matches(string pattern, string name)
    {
        if (name.StartsWith('.') && !pattern.StartsWith('.') && !pattern.StartsWith("\\.", StringComparison.Ordinal)) return false;
        return Match(pattern, 0, name, 0);
    }

    private static bool Match(string p, int pi, string s, int si)
    {
        // Iterative with single backtrack point for '*', like most fnmatch implementations.
        int starP = -1, starS = -1;
        while (true)
        {
            if (pi < p.Length)
            {
                char c = p[pi];
                if (c == '*')
                {
                    starP = ++pi;
                    starS = si;
                    continue;
                }
                if (si < s.Length)
                {
                    if (c == '?') { pi++; si++; continue; }
                    if (c == '[')
                    {
                        int end = MatchBracket(p, pi, s[si], out bool matched);
                        if (end > 0)
                        {
                            if (matched) { pi = end; si++; continue; }
                        }
                        else if (s[si] == '[') { pi++; si++; continue; } // unterminated '[' is literal
                    }
                    else
                    {
                        char literal = c;
                        int advance = 1;
                        if (c == '\\' && pi + 1 < p.Length) { literal = p[pi + 1]; advance = 2; }
                        if (literal == s[si]) { pi += advance; si++; continue; }
                    }
                }
            }
            else if (si == s.Length)
            {
                return true;
            }
            if (starP >= 0 && starS < s.Length)
            {
                pi = starP;
                si = ++starS;
                continue;
            }
            return false;
        }
    }

    /// <summary>Evaluates a bracket expression at p[start]=='['; returns the index after ']' or -1 when unterminated.</summary>
    private static int MatchBracket(string p, int start, char ch, out bool matched)
    {
        matched = false;
        int i = start + 1;
        bool negate = false;
        if (i < p.Length && (p[i] == '!' || p[i] == '^')) { negate = true; i++; }
        bool first = true;
        bool any = false;
        while (i < p.Length && (first || p[i] != ']'))
        {
            first = false;
            char lo = p[i];
            if (lo == '\\' && i + 1 < p.Length) { i++; lo = p[i]; }
            i++;
            char hi = lo;
            if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
            {
                hi = p[i + 1];
                if (hi == '\\' && i + 2 < p.Length) { hi = p[i + 2]; i++; }
                i += 2;
            }
            if (ch >= lo && ch <= hi) any = true;
        }
        if (i >= p.Length) return -1;
        matched = any != negate;
        return i + 1;
    }
}
