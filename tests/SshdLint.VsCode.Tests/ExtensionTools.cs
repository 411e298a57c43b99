// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.VsCode.Tests;

/// <summary>
/// Where the extension's tests find their tools: Node and the extension's npm packages (<c>npm ci</c> in
/// <c>vscode-extension/</c>), code-server and Chromium. <c>vscode-extension/scripts/install-e2e-deps.sh</c> installs
/// them all, in the places looked at here.
/// </summary>
internal static class ExtensionTools
{
    /// <summary>The code-server release the end-to-end test runs (the newest that accepts Node 20).</summary>
    public const string CodeServerVersion = "4.100.3";

    public static string ExtensionDir => Path.Combine(RepoPaths.Root, "vscode-extension");

    /// <summary><c>node</c> from PATH, or null.</summary>
    public static string? Node => FindOnPath("node");

    /// <summary>The extension's node_modules/.bin, where tsc, vsce and vscode-tmgrammar-test are.</summary>
    public static string NodeBin => Path.Combine(ExtensionDir, "node_modules", ".bin");

    public static bool NodeModulesInstalled =>
        File.Exists(Path.Combine(NodeBin, "tsc")) && File.Exists(Path.Combine(NodeBin, "vsce"))
        && File.Exists(Path.Combine(NodeBin, "vscode-tmgrammar-test"))
        && Directory.Exists(Path.Combine(ExtensionDir, "node_modules", "playwright-core"));

    /// <summary><c>SSHDLINT_CODE_SERVER</c>, else where install-e2e-deps.sh puts it.</summary>
    public static string CodeServer =>
        Environment.GetEnvironmentVariable("SSHDLINT_CODE_SERVER") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                Environment.GetEnvironmentVariable("SSHDLINT_CODE_SERVER_DIR") is { Length: > 0 } dir
                    ? dir
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sshdlint", "code-server-" + CodeServerVersion),
                "node_modules", ".bin", "code-server");

    /// <summary><c>SSHDLINT_CHROMIUM</c>, else Debian's chromium.</summary>
    public static string Chromium =>
        Environment.GetEnvironmentVariable("SSHDLINT_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    private const string Install = "run vscode-extension/scripts/install-e2e-deps.sh";

    /// <summary>What is missing for the extension's own tests (type check, unit, grammar), or null.</summary>
    public static string? MissingForUnitTests()
    {
        if (Node is null) return $"node is not on PATH ({Install} on a machine with Node 20)";
        if (!NodeModulesInstalled) return $"the extension's npm packages are not installed ({Install}, or npm ci in vscode-extension/)";
        return null;
    }

    /// <summary>What is missing for the end-to-end test, or null.</summary>
    public static string? MissingForEndToEnd()
    {
        if (MissingForUnitTests() is { } missing) return missing;
        if (!File.Exists(CodeServer)) return $"code-server {CodeServerVersion} is not at {CodeServer} ({Install}, or set SSHDLINT_CODE_SERVER)";
        if (!File.Exists(Chromium)) return $"Chromium is not at {Chromium} (apt-get install chromium, or set SSHDLINT_CHROMIUM)";
        return null;
    }

    /// <summary>Fails the running test (in CI, where it is not skipped) when a tool is missing.</summary>
    public static void Require(string? missing)
    {
        if (missing is not null) throw new TestInputUnavailableException(missing);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0 || !Path.IsPathRooted(dir)) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs Node and the extension's npm packages: skipped when they are missing, except in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExtensionFactAttribute : FactAttribute
{
    public ExtensionFactAttribute() => Skip = Requirements.IsCi ? null : ExtensionTools.MissingForUnitTests();
}

/// <summary>A fact that also needs code-server and Chromium: skipped when they are missing, except in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EndToEndFactAttribute : FactAttribute
{
    public EndToEndFactAttribute() => Skip = Requirements.IsCi ? null : ExtensionTools.MissingForEndToEnd();
}
