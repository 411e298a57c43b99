// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Packaging;

/// <summary>Packaging tests build with the real SDK, one at a time (each takes both cores for a minute or more).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection
{
    public const string Name = "Packaging";
}

/// <summary>Runs <c>dotnet</c> (and tools that run it, such as pre-commit) from inside a test.</summary>
internal static class Dotnet
{
    /// <summary>
    /// The environment for nested builds. <c>dotnet test</c> leaves MSBuild's own variables set, which would make a
    /// nested <c>dotnet pack</c> load the test run's MSBuild; and build servers (MSBuild nodes, the compiler server)
    /// outlive the command and keep its output pipes open, so reading the output would never end.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>
    {
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    public static ProcessResult Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        ProcessRunner.Run("dotnet", args, workingDirectory, timeout, Environment);

    /// <summary>A nuget.config whose only source is <paramref name="folder"/>: installing must not need a registry.</summary>
    public static string LocalOnlyConfig(string directory, string folder)
    {
        string path = Path.Combine(directory, "nuget.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{folder}" />
              </packageSources>
            </configuration>
            """);
        return path;
    }

    /// <summary>The output of a finished command, for assertion messages.</summary>
    public static string Describe(ProcessResult r) => $"exit {r.ExitCode}\n--- stdout\n{r.StandardOutput}\n--- stderr\n{r.StandardError}";
}
