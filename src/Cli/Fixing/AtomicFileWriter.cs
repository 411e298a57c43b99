// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Security.Cryptography;
using SshdLint.Parser.Includes;

namespace SshdLint.Cli.Fixing;

/// <summary>A write that was refused or failed; the file is left as it was.</summary>
internal sealed class WriteRefusedException(string message) : Exception(message);

/// <summary>
/// Replaces a file's contents atomically: a temporary file in the same directory is written, flushed to disk, given
/// the original's mode and owner, and renamed over the target, so readers (and sshd) see the old or the new file,
/// never half of one. A symlink is followed and its target replaced; the link stays a link.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> if the file still holds <paramref name="expected"/>.</summary>
    /// <exception cref="WriteRefusedException">The file changed since it was read, or the write failed.</exception>
    public static void Replace(string path, byte[] expected, byte[] contents)
    {
        string target = ResolveFinalTarget(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        byte[] current;
        try
        {
            current = File.ReadAllBytes(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WriteRefusedException($"{path}: cannot read it back before writing: {e.Message}");
        }
        if (!SHA256.HashData(current).AsSpan().SequenceEqual(SHA256.HashData(expected)))
            throw new WriteRefusedException($"{path}: changed since it was read; not written (run again)");

        string temp = Path.Combine(directory, $".{Path.GetFileName(target)}.sshdlint-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                if (UnixFileType.Owner(target) is { } owner && UnixFileType.Owner(temp) is { } mine && owner != mine)
                    UnixFileType.SetOwner(temp, owner.Uid, owner.Gid);
            }
            // Last check just before the rename narrows the window in which another writer could be overwritten.
            if (!SHA256.HashData(File.ReadAllBytes(target)).AsSpan().SequenceEqual(SHA256.HashData(expected)))
                throw new WriteRefusedException($"{path}: changed while fixing; not written (run again)");
            File.Move(temp, target, overwrite: true); // rename(2): atomic within one file system
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WriteRefusedException($"{path}: cannot write: {e.Message}");
        }
        finally
        {
            try { if (File.Exists(temp)) File.Delete(temp); } catch (IOException) { }
        }
    }

    /// <summary>The file a path finally names, through any chain of symlinks.</summary>
    public static string ResolveFinalTarget(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return path;
        var final = info.ResolveLinkTarget(returnFinalTarget: true);
        return final?.FullName ?? path;
    }
}
