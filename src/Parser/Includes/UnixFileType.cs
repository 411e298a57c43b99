// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Runtime.InteropServices;

namespace SshdLint.Parser.Includes;

/// <summary>
/// The type of a file (regular, FIFO, device, …) from <c>stat(2)</c>, without opening it.
/// </summary>
/// <remarks>
/// .NET exposes no file-type API, and opening a FIFO for reading blocks until a writer appears, so a linter
/// that followed <c>Include /tmp/fifo</c> by opening it would hang. glibc 2.33+ exports <c>stat</c> directly;
/// <c>st_mode</c> sits at offset 24 on x86-64 and 16 on arm64. Elsewhere the type is reported Unknown and the
/// caller falls back to reading the file.
/// </remarks>
public static partial class UnixFileType
{
    public enum Kind { Unknown, Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Symlink }

    private const uint S_IFMT = 0xF000;

    /// <summary>Owner and group of a file (following links); null where stat(2) is not available.</summary>
    public static (uint Uid, uint Gid)? Owner(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        // struct stat: x86-64 has st_nlink as 8 bytes (uid at 28, gid at 32); arm64 as 4 (uid at 24, gid at 28).
        (int uid, int gid) = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => (28, 32),
            Architecture.Arm64 => (24, 28),
            _ => (-1, -1),
        };
        if (uid < 0) return null;
        try
        {
            Span<byte> buffer = stackalloc byte[256];
            buffer.Clear();
            if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
            return (BitConverter.ToUInt32(buffer.Slice(uid, 4)), BitConverter.ToUInt32(buffer.Slice(gid, 4)));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Sets a file's owner and group (chown(2)); false when it fails or is not available.</summary>
    public static bool SetOwner(string path, uint uid, uint gid)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Chown(path, uid, gid) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Chown(string path, uint owner, uint group);

    public static Kind Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return Kind.Unknown;
        int modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (modeOffset < 0) return Kind.Unknown;
        try
        {
            Span<byte> buffer = stackalloc byte[256];
            buffer.Clear();
            if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0) return Kind.Unknown;
            uint mode = BitConverter.ToUInt32(buffer.Slice(modeOffset, 4));
            return (mode & S_IFMT) switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0x1000 => Kind.Fifo,
                0x2000 => Kind.CharacterDevice,
                0x6000 => Kind.BlockDevice,
                0xC000 => Kind.Socket,
                0xA000 => Kind.Symlink,
                _ => Kind.Unknown,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Kind.Unknown;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte buffer);
}
