// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using System.Reflection;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>The built <c>sshdlint</c> command (src/Cli), run as <c>dotnet sshdlint.dll …</c>.</summary>
internal static class ServerProcess
{
    /// <summary>The command's assembly, built before this test project (see the project file).</summary>
    public static string CliDll
    {
        get
        {
            string? path = typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "SshdLintCliDll")?.Value;
            if (path is null || !File.Exists(path)) throw new FileNotFoundException($"the sshdlint command is not built at {path}; build src/Cli first");
            return Path.GetFullPath(path);
        }
    }

    /// <summary>The <c>dotnet</c> host running these tests, so the command runs on the same runtime.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Starts <c>sshdlint ARGS</c> with redirected standard streams.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }
}
