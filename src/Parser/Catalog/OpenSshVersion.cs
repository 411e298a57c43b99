// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SshdLint.Parser.Catalog;

/// <summary>
/// An OpenSSH release, as <c>major.minor</c> plus the portable patch level (<c>9.9p2</c>).
/// </summary>
/// <remarks>
/// The patch level matters only where a p2 release changed parsing (9.9p2 restored
/// <c>criterion=value</c> in Match). Comparisons order by major, minor, then portable level.
/// </remarks>
public readonly record struct OpenSshVersion(int Major, int Minor, int Portable = 1) : IComparable<OpenSshVersion>
{
    /// <summary>The oldest release the catalog covers.</summary>
    public static readonly OpenSshVersion Oldest = new(7, 0);

    /// <summary>The newest release the catalog covers; the default target.</summary>
    public static readonly OpenSshVersion Newest = new(10, 5);

    /// <summary>Every release line the catalog covers, oldest first (7.0 … 10.5).</summary>
    public static IReadOnlyList<OpenSshVersion> Known { get; } = BuildKnown();

    /// <summary>Orders by major, minor, then portable level.</summary>
    public int CompareTo(OpenSshVersion other)
    {
        int c = Major.CompareTo(other.Major);
        if (c != 0) return c;
        c = Minor.CompareTo(other.Minor);
        return c != 0 ? c : Portable.CompareTo(other.Portable);
    }

    /// <summary>True when <paramref name="a"/> is an earlier release than <paramref name="b"/>.</summary>
    public static bool operator <(OpenSshVersion a, OpenSshVersion b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> is a later release than <paramref name="b"/>.</summary>
    public static bool operator >(OpenSshVersion a, OpenSshVersion b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or earlier.</summary>
    public static bool operator <=(OpenSshVersion a, OpenSshVersion b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or later.</summary>
    public static bool operator >=(OpenSshVersion a, OpenSshVersion b) => a.CompareTo(b) >= 0;

    /// <summary>True when this release is at least <paramref name="major"/>.<paramref name="minor"/> (any portable level).</summary>
    public bool AtLeast(int major, int minor) => Major > major || (Major == major && Minor >= minor);

    /// <summary>Parses <c>9.2</c>, <c>9.2p1</c>, <c>OpenSSH_9.2p1</c>; null when the text is not a version.</summary>
    public static bool TryParse(string? text, out OpenSshVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.StartsWith("OpenSSH_", StringComparison.OrdinalIgnoreCase)) s = s[8..];
        int portable = 1;
        int p = s.IndexOfAny(['p', 'P']);
        if (p >= 0)
        {
            if (!int.TryParse(s.AsSpan(p + 1), NumberStyles.None, CultureInfo.InvariantCulture, out portable)) return false;
            s = s[..p];
        }
        var parts = s.Split('.');
        if (parts.Length != 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int major)) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int minor)) return false;
        version = new OpenSshVersion(major, minor, portable);
        return true;
    }

    /// <summary>Parses a version or throws <see cref="FormatException"/>.</summary>
    public static OpenSshVersion Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"not an OpenSSH version: '{text}'");

    /// <summary>True when the catalog covers this release line.</summary>
    public bool IsCovered => this >= Oldest && new OpenSshVersion(Major, Minor) <= Newest;

    /// <summary><c>9.2</c> for portable level 1, else <c>9.9p2</c>.</summary>
    public override string ToString() => Portable == 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}")
        : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}p{Portable}");

    private static List<OpenSshVersion> BuildKnown()
    {
        var list = new List<OpenSshVersion>();
        for (int minor = 0; minor <= 9; minor++) list.Add(new(7, minor));
        for (int minor = 0; minor <= 9; minor++) list.Add(new(8, minor));
        for (int minor = 0; minor <= 9; minor++) list.Add(new(9, minor));
        for (int minor = 0; minor <= 5; minor++) list.Add(new(10, minor));
        return list;
    }
}

/// <summary>Whose build of OpenSSH is targeted. Debian's 9.2p1 patches change keywords and defaults.</summary>
public enum Vendor
{
    /// <summary>OpenSSH portable as released (the catalog assumes a PAM + Kerberos/GSSAPI build).</summary>
    Upstream,

    /// <summary>Debian's openssh-server package (extra GSSAPI key-exchange keywords, DebianBanner, other defaults).</summary>
    Debian,
}

/// <summary>The sshd a configuration is read for: a release and a vendor build.</summary>
public sealed record Target(OpenSshVersion Version, Vendor Vendor = Vendor.Upstream)
{
    /// <summary>The default target: the newest upstream release.</summary>
    public static Target Default { get; } = new(OpenSshVersion.Newest);

    /// <summary>Debian 12's openssh-server, the local oracle.</summary>
    public static Target Debian92 { get; } = new(new OpenSshVersion(9, 2), Vendor.Debian);

    /// <summary><c>9.2</c> or <c>9.2 (debian)</c>.</summary>
    public override string ToString() => Vendor == Vendor.Upstream ? Version.ToString() : $"{Version} ({Vendor.ToString().ToLowerInvariant()})";
}
