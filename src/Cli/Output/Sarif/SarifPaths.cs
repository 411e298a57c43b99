// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using Microsoft.CodeAnalysis.Sarif;

namespace SshdLint.Cli.Output.Sarif;

/// <summary>
/// Maps file paths to SARIF artifact locations: relative URIs against the <c>%SRCROOT%</c> base for files under the
/// source root (what GitHub code scanning needs to place an alert in the repository), absolute <c>file:</c> URIs for
/// anything outside it.
/// </summary>
internal sealed class SarifPaths
{
    /// <summary>The uriBaseId of every relative location; <c>run.originalUriBaseIds</c> says where it points.</summary>
    public const string SourceRootId = "%SRCROOT%";

    private readonly string _root;

    /// <param name="sourceRoot">The directory paths are made relative to; made absolute here.</param>
    public SarifPaths(string sourceRoot)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot));
    }

    /// <summary>The absolute <c>file:</c> URI of the source root, ending with a slash as SARIF §3.14.14 requires.</summary>
    public Uri RootUri => new(FileUri(_root) + (_root.EndsWith('/') ? "" : "/"), UriKind.Absolute);

    /// <summary>The artifact location of <paramref name="path"/> (as given, or as an Include resolved it).</summary>
    public ArtifactLocation Locate(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(_root, full);
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
            return new ArtifactLocation { Uri = new Uri(FileUri(full), UriKind.Absolute) };
        return new ArtifactLocation { Uri = new Uri(Escape(relative), UriKind.Relative), UriBaseId = SourceRootId };
    }

    /// <summary>The log's name for a path: its URI text (relative where possible), used by fingerprints.</summary>
    public string Key(string path)
    {
        var location = Locate(path);
        return location.Uri.OriginalString;
    }

    private static string FileUri(string absolutePath) => "file://" + Escape(absolutePath);

    /// <summary>
    /// Percent-encodes each path segment (RFC 3986 unreserved characters stay) and keeps the slashes, so a file
    /// named <c>50 cloud#init.conf</c> stays one valid URI and decodes back to the same name.
    /// </summary>
    private static string Escape(string path)
    {
        var sb = new StringBuilder(path.Length + 8);
        foreach (byte b in Encoding.UTF8.GetBytes(path))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
                sb.Append((char)b);
            else
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
