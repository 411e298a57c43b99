// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Includes;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// The disk as the editor sees it: open documents shadow the files at their paths, so an unsaved drop-in changes
/// the diagnostics of the file that includes it (DESIGN.md: "the language server (unsaved buffers)").
/// </summary>
/// <remarks>Reads one immutable <see cref="ServerSnapshot"/>, so an analysis sees a consistent set of buffers.</remarks>
internal sealed class OverlayFileSystem(ServerSnapshot snapshot, IFileSystem disk) : IFileSystem
{
    public FileReadResult ReadFile(string path) =>
        snapshot.DocumentAtPath(path) is { } open ? FileReadResult.Ok(open.Text.ToBytes()) : disk.ReadFile(path);

    public bool DirectoryExists(string path)
    {
        if (disk.DirectoryExists(path)) return true;
        string prefix = PathUtilities.Normalize(path).TrimEnd('/') + "/";
        return snapshot.DocumentsByPath.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public bool FileExists(string path) => snapshot.DocumentAtPath(path) is not null || disk.FileExists(path);

    public IEnumerable<string> ListDirectory(string path)
    {
        // A buffer the user has not saved yet still matches an Include glob, as it will once saved.
        string prefix = PathUtilities.Normalize(path).TrimEnd('/') + "/";
        var open = snapshot.DocumentsByPath.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf('/', prefix.Length) < 0)
            .Select(k => k[prefix.Length..]);
        var onDisk = disk.ListDirectory(path);
        return open.Any() ? onDisk.Concat(open).Distinct(StringComparer.Ordinal).ToArray() : onDisk;
    }
}
