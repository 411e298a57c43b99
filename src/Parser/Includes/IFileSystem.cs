// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Includes;

/// <summary>The outcome of reading a file: its bytes, or an error in the words sshd would print (<c>No such file or directory</c>).</summary>
public sealed record FileReadResult(byte[]? Bytes, string? Error)
{
    public static FileReadResult Ok(byte[] bytes) => new(bytes, null);
    public static FileReadResult Fail(string error) => new(null, error);
    public bool Succeeded => Bytes is not null;
}

/// <summary>
/// The only way the engine touches files, so tests, the language server (unsaved buffers) and the CLI share code.
/// </summary>
public interface IFileSystem
{
    /// <summary>Reads a regular file. Never blocks on FIFOs or devices: those fail with an error.</summary>
    FileReadResult ReadFile(string path);

    /// <summary>True when a directory exists at <paramref name="path"/>.</summary>
    bool DirectoryExists(string path);

    /// <summary>True when something that is not a directory exists at <paramref name="path"/> (glob(3) reports it).</summary>
    bool FileExists(string path);

    /// <summary>Names (not paths) of the entries of a directory; empty when it cannot be listed.</summary>
    IEnumerable<string> ListDirectory(string path);
}

/// <summary>The real file system, with safeguards against special files and huge inputs.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>Larger files are refused: sshd 10.1+ caps the whole configuration at about 4 MiB anyway.</summary>
    public const long MaxFileSize = 256L * 1024 * 1024;

    public static PhysicalFileSystem Instance { get; } = new();

    public FileReadResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return FileReadResult.Fail("Is a directory");
            if (!info.Exists) return FileReadResult.Fail("No such file or directory");
            // FileInfo follows symlinks for Length but reports the link's own attributes; resolve to the target
            // so a link to a FIFO or device is refused like the thing itself.
            var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info : info;
            if (!target.Exists) return FileReadResult.Fail("No such file or directory");
            if (!IsRegularFile(target.FullName)) return FileReadResult.Fail("not a regular file");
            if (target.Length > MaxFileSize) return FileReadResult.Fail($"file too large ({target.Length} bytes)");
            return FileReadResult.Ok(File.ReadAllBytes(target.FullName));
        }
        catch (UnauthorizedAccessException)
        {
            return FileReadResult.Fail("Permission denied");
        }
        catch (IOException e)
        {
            return FileReadResult.Fail(e.Message);
        }
    }

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public bool FileExists(string path) => File.Exists(path) || (new FileInfo(path).LinkTarget is not null);

    public IEnumerable<string> ListDirectory(string path)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(path).Select(p => Path.GetFileName(p)).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static bool IsRegularFile(string path) => UnixFileType.Of(path) is UnixFileType.Kind.Regular or UnixFileType.Kind.Unknown;
}

/// <summary>An in-memory file system for tests and unsaved editor buffers.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public InMemoryFileSystem Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    public InMemoryFileSystem Add(string path, byte[] bytes)
    {
        _files[Normalize(path)] = bytes;
        return this;
    }

    public FileReadResult ReadFile(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? FileReadResult.Ok(bytes)
        : DirectoryExists(path) ? FileReadResult.Fail("Is a directory")
        : FileReadResult.Fail("No such file or directory");

    public bool DirectoryExists(string path)
    {
        string prefix = Normalize(path).TrimEnd('/') + "/";
        return prefix == "/" || _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public IEnumerable<string> ListDirectory(string path)
    {
        string prefix = Normalize(path).TrimEnd('/') + "/";
        return _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..].Split('/')[0])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
