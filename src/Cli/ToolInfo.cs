// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Reflection;

namespace SshdLint.Cli;

internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
