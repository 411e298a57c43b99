// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>Parses a directive's argument tokens into a typed <see cref="SettingValue"/> per the keyword's grammar.</summary>
public static class ArgumentParser
{
    /// <summary>
    /// Parses <paramref name="arguments"/> (unquoted token values, or for rest-of-line keywords a single raw string)
    /// for <paramref name="keyword"/> as the <paramref name="target"/> sshd would.
    /// </summary>
    public static ArgumentParseResult Parse(KeywordDefinition keyword, IReadOnlyList<string> arguments, Target target)
        => ArgumentParseResult.Fail("not implemented"); // STUB
}
