// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>The rules of the environment, logging, files and SFTP category; register each new rule here.</summary>
internal static class EnvironmentLoggingRules
{
    public static IEnumerable<Rule> All() =>
    [
    ];
}
