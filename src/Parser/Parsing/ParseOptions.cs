// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Parsing;

/// <summary>How to read a file: the target sshd (its tokenizer differs by version) and the path used in messages.</summary>
public sealed record ParseOptions(Target Target, string Path = "sshd_config")
{
    public static ParseOptions Default { get; } = new(Target.Default);

    /// <summary>8.7+ splits arguments with argv_split (quotes, escapes, comments at token start).</summary>
    internal bool UsesArgvSplit => Target.Version.AtLeast(8, 7);

    /// <summary>Until 8.6 the loader cut every line at its first <c>#</c>.</summary>
    internal bool LoaderStripsComments => !Target.Version.AtLeast(8, 7);

    /// <summary>Match criteria are read with argv_split from 9.9, with strdelim before.</summary>
    internal bool MatchUsesArgvSplit => Target.Version.AtLeast(9, 9);

    /// <summary>A form feed at the end of a line is trailing whitespace since 7.5.</summary>
    internal bool FormFeedIsTrailingWhitespace => Target.Version.AtLeast(7, 5);

    /// <summary>7.0–7.7 read lines into a 4096-byte buffer; a line that fills it is fatal.</summary>
    internal bool HasLineLengthLimit => !Target.Version.AtLeast(7, 8);

    /// <summary>Include exists from 8.2.</summary>
    internal bool KnowsInclude => Target.Version.AtLeast(8, 2);
}
