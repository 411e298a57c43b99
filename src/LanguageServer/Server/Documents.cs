// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Server;

/// <summary>One document as the client has it: an immutable text at a version.</summary>
/// <param name="Uri">The URI exactly as the client sent it (clients compare URIs as strings).</param>
/// <param name="Path">The local path for <c>file:</c> URIs (normalised), else the URI itself.</param>
/// <param name="Version">The client's version; null for a file read from disk that is not open.</param>
/// <param name="Text">The text.</param>
/// <param name="OpenOrder">Increases with each didOpen: decides which open file analyses a drop-in that several include.</param>
internal sealed record Document(string Uri, string Path, int? Version, SourceText Text, long OpenOrder)
{
    /// <summary>True for a document the client opened (false for a file read from disk for one request).</summary>
    public bool IsOpen => Version is not null;
}

/// <summary>
/// The server's state at one moment: open documents, settings, and counters that invalidate analyses. Immutable;
/// the request queue replaces it as a whole when a mutating notification runs, and readers keep the one they
/// started with (the CLaSP model: mutations in order, reads concurrently on snapshots).
/// </summary>
internal sealed record ServerSnapshot
{
    /// <summary>The empty state before any document is open.</summary>
    public static ServerSnapshot Empty { get; } = new();

    /// <summary>Open documents by URI.</summary>
    public ImmutableDictionary<string, Document> Documents { get; init; } = ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Open documents by normalised path, for the overlay file system and for path → URI mapping.</summary>
    public ImmutableDictionary<string, Document> DocumentsByPath { get; init; } = ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Settings from the client (initializationOptions, didChangeConfiguration).</summary>
    public ServerSettings Settings { get; init; } = ServerSettings.Default;

    /// <summary>Increases whenever settings change; analyses made under another generation are stale.</summary>
    public int SettingsGeneration { get; init; }

    /// <summary>Increases whenever a watched file changes on disk; analyses made under another generation are stale.</summary>
    public int DiskGeneration { get; init; }

    /// <summary>Counter for <see cref="Document.OpenOrder"/>.</summary>
    public long OpenCounter { get; init; }

    /// <summary>The open document at a path (normalised with <see cref="PathUtilities.Normalize"/>), if any.</summary>
    public Document? DocumentAtPath(string path) => DocumentsByPath.GetValueOrDefault(PathUtilities.Normalize(path));

    /// <summary>Adds or replaces an open document.</summary>
    public ServerSnapshot WithDocument(Document document)
    {
        var documents = Documents;
        var byPath = DocumentsByPath;
        if (documents.TryGetValue(document.Uri, out var old)) byPath = byPath.Remove(old.Path);
        return this with
        {
            Documents = documents.SetItem(document.Uri, document),
            DocumentsByPath = byPath.SetItem(document.Path, document),
        };
    }

    /// <summary>Removes an open document.</summary>
    public ServerSnapshot WithoutDocument(string uri)
    {
        if (!Documents.TryGetValue(uri, out var old)) return this;
        return this with { Documents = Documents.Remove(uri), DocumentsByPath = DocumentsByPath.Remove(old.Path) };
    }

    /// <summary>The client's URI for a path: the open document's own URI when it is open, else a <c>file:</c> URI.</summary>
    public string UriForPath(string path) => DocumentAtPath(path)?.Uri ?? PathUtilities.ToUri(path);
}

/// <summary>Conversions between URIs and paths.</summary>
internal static class PathUtilities
{
    /// <summary>The local path of a <c>file:</c> URI; for other schemes (<c>untitled:</c>) the URI itself stands for the path.</summary>
    public static string ToPath(string uri)
    {
        if (uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            return Normalize(parsed.LocalPath);
        return uri;
    }

    /// <summary>A <c>file:</c> URI for an absolute path (percent-encoded as clients expect); other strings are returned unchanged.</summary>
    public static string ToUri(string path)
    {
        if (!System.IO.Path.IsPathRooted(path)) return path;
        return new System.Uri(path).AbsoluteUri;
    }

    /// <summary>An absolute path without <c>.</c>/<c>..</c> segments or doubled separators; non-paths are returned unchanged.</summary>
    public static string Normalize(string path)
    {
        if (!System.IO.Path.IsPathRooted(path)) return path;
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
