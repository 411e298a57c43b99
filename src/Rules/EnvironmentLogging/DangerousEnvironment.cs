// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// Environment variables that change which code runs before or instead of the user's intended program: the dynamic
/// loader's (<c>LD_*</c>, macOS <c>DYLD_*</c>), command lookup (<c>PATH</c>, <c>IFS</c>) and shell start-up files
/// (<c>BASH_ENV</c>, <c>ENV</c>). Catalog C-73/C-74. Patterns are tested against one representative name per family,
/// with sshd's own matching (match.c).
/// </summary>
internal static class DangerousEnvironment
{
    /// <summary>Representative names, in the order findings list them.</summary>
    private static readonly string[] Probes =
        ["LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "DYLD_INSERT_LIBRARIES", "DYLD_LIBRARY_PATH", "PATH", "IFS", "BASH_ENV", "ENV"];

    /// <summary>The dangerous names one AcceptEnv pattern (<c>match_pattern</c>, no lists, no negation) lets through.</summary>
    public static IReadOnlyList<string> MatchedBy(string pattern) =>
        Probes.Where(p => SshPatterns.MatchPattern(p, pattern)).ToList();

    /// <summary>The dangerous names a PermitUserEnvironment pattern list (<c>match_pattern_list</c>, with <c>!</c>) lets through.</summary>
    public static IReadOnlyList<string> MatchedByList(string patternList) =>
        Probes.Where(p => SshPatterns.MatchPatternList(p, patternList) == PatternMatch.Match).ToList();

    /// <summary>"LD_PRELOAD, PATH and IFS" style; past four names, "A, B, C, D and more".</summary>
    public static string Describe(IReadOnlyList<string> names)
    {
        if (names.Count > 4) return string.Join(", ", names.Take(4)) + " and more";
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
