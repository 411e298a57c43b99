// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Catalog;

/// <summary>
/// Compares strings the way sshd compares keywords: <c>strcasecmp</c> in the C locale, which folds only
/// the ASCII letters A–Z.
/// </summary>
/// <remarks>
/// <see cref="StringComparer.OrdinalIgnoreCase"/> is close but not equal: it folds non-ASCII letters too,
/// so it would accept <c>PermıtRootLogin</c> (dotless ı, which upper-cases to I) that sshd rejects as a
/// "Bad configuration option".
/// </remarks>
internal sealed class AsciiCaseInsensitiveComparer : IEqualityComparer<string>, IComparer<string>
{
    public static readonly AsciiCaseInsensitiveComparer Instance = new();

    private AsciiCaseInsensitiveComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
            if (Fold(x[i]) != Fold(y[i])) return false;
        return true;
    }

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        foreach (char c in obj) hash.Add(Fold(c));
        return hash.ToHashCode();
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            int c = Fold(x[i]).CompareTo(Fold(y[i]));
            if (c != 0) return c;
        }
        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Lower-cases ASCII A–Z only, like C's <c>tolower</c> in the C locale.</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;

    /// <summary>Lower-cases the ASCII letters of <paramref name="s"/>.</summary>
    public static string ToLower(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (int i = 0; i < src.Length; i++) span[i] = Fold(src[i]);
    });
}
