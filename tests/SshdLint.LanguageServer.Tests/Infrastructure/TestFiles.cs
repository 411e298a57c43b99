// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>A temporary directory laid out like a configuration kept in a repository (<c>etc/ssh/…</c>), deleted on dispose.</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "sshdlint-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "etc", "ssh", "sshd_config.d"));
    }

    /// <summary>The directory (the sysroot the server guesses for files under it).</summary>
    public string Root { get; }

    /// <summary><c>etc/ssh/sshd_config</c> under the root.</summary>
    public string MainPath => Path.Combine(Root, "etc", "ssh", "sshd_config");

    /// <summary>A drop-in path: <c>etc/ssh/sshd_config.d/NAME</c>.</summary>
    public string DropIn(string name) => Path.Combine(Root, "etc", "ssh", "sshd_config.d", name);

    /// <summary>Writes a file (creating directories) and returns its path.</summary>
    public string Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The <c>file:</c> URI of a path, as clients send it.</summary>
    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
