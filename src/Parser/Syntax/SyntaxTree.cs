// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Syntax;

/// <summary>
/// The parsed form of one file. <c>Root.ToFullString()</c> equals the source text exactly, for every input.
/// </summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, ParseOptions options, ConfigFileSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Options = options;
        Root = root;
        Diagnostics = diagnostics;
        root.OwnerTree = this;
    }

    public SourceText Text { get; }

    public ParseOptions Options { get; }

    /// <summary>The path used in diagnostics.</summary>
    public string Path => Options.Path;

    public ConfigFileSyntax Root { get; }

    /// <summary>Problems found while splitting lines (quotes, missing arguments, NUL bytes, …).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Parses text for a target; never throws.</summary>
    public static SyntaxTree Parse(SourceText text, ParseOptions? options = null) => ConfigParser.Parse(text, options ?? ParseOptions.Default);

    public static SyntaxTree Parse(string text, ParseOptions? options = null) => Parse(SourceText.From(text), options);

    /// <summary>The exact original text.</summary>
    public string ToFullString() => Root.ToFullString();

    public Location GetLocation(TextSpan span) => Location.Create(Path, Text, span);
}
