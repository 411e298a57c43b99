// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>Well-known places in the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest directory above <see cref="AppContext.BaseDirectory"/> holding <c>SshdLint.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">No ancestor holds the solution file.</exception>
    public static string Root => LazyRoot.Value;

    /// <summary><c>tests/</c> under the root.</summary>
    public static string Tests => Path.Combine(Root, "tests");

    /// <summary><c>samples/</c> under the root (the configurations the README runs).</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The shared directory that sits beside the repository (<c>../shared</c>), as in CI's clean clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The fixture directory of a test project: <c>tests/&lt;testProject&gt;/Fixtures[/&lt;parts&gt;]</c>.</summary>
    /// <param name="testProject">Project directory name, e.g. <c>SshdLint.Parser.Tests</c>.</param>
    /// <param name="parts">Optional sub-path below <c>Fixtures</c>.</param>
    public static string Fixtures(string testProject, params string[] parts) =>
        Path.Combine([Tests, testProject, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SshdLint.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no SshdLint.sln above {AppContext.BaseDirectory}");
    }
}
