// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Tests.TestSupport;

/// <summary>Where the repository, the shared reference and a real sshd are, and whether we run in CI.</summary>
/// <remarks>
/// Tests that need the shared reference or the Debian sshd skip with a message when it is missing on a
/// developer machine, and fail in CI (<c>CI=true</c>), where a silent skip would hide a broken setup.
/// </remarks>
internal static class TestEnvironment
{
    /// <summary>True when the environment variable <c>CI</c> is <c>true</c> (GitHub Actions and most CI systems set it).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root: the nearest ancestor of the test binaries holding SshdLint.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared directory: <c>$SSHDLINT_SHARED</c>, else <c>&lt;repo root&gt;/../shared</c>.</summary>
    public static string SharedDir { get; } =
        Environment.GetEnvironmentVariable("SSHDLINT_SHARED") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The OpenSSH reference directory inside <see cref="SharedDir"/>.</summary>
    public static string ReferenceDir => Path.Combine(SharedDir, "reference", "openssh");

    /// <summary>True when keywords.json and semantics.md are present.</summary>
    public static bool ReferenceAvailable =>
        File.Exists(Path.Combine(ReferenceDir, "keywords.json")) && File.Exists(Path.Combine(ReferenceDir, "semantics.md"));

    /// <summary>Skip reason for reference tests, or null when they should run.</summary>
    public static string? ReferenceSkipReason =>
        ReferenceAvailable || IsCi
            ? null
            : $"shared reference not found in {ReferenceDir}; set SSHDLINT_SHARED to the shared directory (in CI, CI=true, this test fails instead of skipping)";

    /// <summary>Path of a reference file; fails the test (CI) when it is missing.</summary>
    public static string ReferenceFile(string name)
    {
        var path = Path.Combine(ReferenceDir, name);
        if (!File.Exists(path))
            Assert.Fail($"shared reference file missing: {path}. Set SSHDLINT_SHARED to the shared directory.");
        return path;
    }

    /// <summary>The sshd binary: <c>$SSHDLINT_SSHD</c>, else <c>/usr/sbin/sshd</c>.</summary>
    public static string SshdPath =>
        Environment.GetEnvironmentVariable("SSHDLINT_SSHD") is { Length: > 0 } p ? p : "/usr/sbin/sshd";

    /// <summary>Skip reason for sshd tests, or null when they should run.</summary>
    public static string? SshdSkipReason =>
        File.Exists(SshdPath) || IsCi
            ? null
            : $"sshd not found at {SshdPath}; install openssh-server (Debian 12) or set SSHDLINT_SSHD (in CI, CI=true, this test fails instead of skipping)";

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SshdLint.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no SshdLint.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that needs the shared OpenSSH reference (skipped locally when absent, fails in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresReferenceFactAttribute : FactAttribute
{
    public RequiresReferenceFactAttribute()
    {
        if (TestEnvironment.ReferenceSkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A fact that needs the Debian sshd (skipped locally when absent, fails in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresSshdFactAttribute : FactAttribute
{
    public RequiresSshdFactAttribute()
    {
        if (TestEnvironment.SshdSkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs the Debian sshd (skipped locally when absent, fails in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresSshdTheoryAttribute : TheoryAttribute
{
    public RequiresSshdTheoryAttribute()
    {
        if (TestEnvironment.SshdSkipReason is { } reason) Skip = reason;
    }
}
