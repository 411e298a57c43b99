// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Tests.Oracle;

/// <summary>A scratch directory for configuration files written by a test; deleted on dispose.</summary>
internal sealed class TempConfig : IDisposable
{
    private readonly DirectoryInfo _dir = System.IO.Directory.CreateTempSubdirectory("sshdlint-test-");

    public string Directory => _dir.FullName;

    /// <summary>Writes <paramref name="text"/> (LF line ends as given) to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}
