// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>LogLevel values in increasing verbosity (log.c); DEBUG and DEBUG1 are the same level.</summary>
internal static class LogLevels
{
    private static readonly string[] Order = ["quiet", "fatal", "error", "info", "verbose", "debug1", "debug2", "debug3"];

    /// <summary>Rank of a level (lowercase or not); -1 when unknown.</summary>
    public static int Rank(string level)
    {
        string l = level.ToLowerInvariant();
        if (l == "debug") l = "debug1";
        return Array.IndexOf(Order, l);
    }

    /// <summary>True for DEBUG, DEBUG1, DEBUG2 and DEBUG3.</summary>
    public static bool IsDebug(string level) => Rank(level) >= Rank("debug1");
}
