// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Syntax;

/// <summary>Kinds of tokens, trivia and nodes in an sshd_config syntax tree.</summary>
public enum SyntaxKind
{
    None = 0,

    // Tokens
    /// <summary>The first word of a directive, possibly quoted (<c>"PasswordAuthentication"</c>).</summary>
    KeywordToken,
    /// <summary>The one optional <c>=</c> between keyword and value (and, in older tokenizers, between arguments).</summary>
    EqualsToken,
    /// <summary>An argument: bare, quoted or escaped; <see cref="SyntaxToken.ValueText"/> holds what sshd sees.</summary>
    ArgumentToken,
    /// <summary>The raw rest of the line for ForceCommand, AuthorizedKeysCommand, … (quotes and comments kept).</summary>
    RestOfLineToken,
    /// <summary>Zero-width token that owns the trivia at the end of the file.</summary>
    EndOfFileToken,

    // Trivia
    WhitespaceTrivia,
    CommentTrivia,
    EndOfLineTrivia,
    /// <summary>Text sshd never reads: after a NUL byte, or a line sshd drops (unbalanced quote in the keyword).</summary>
    SkippedTextTrivia,

    // Nodes
    ConfigFile,
    /// <summary>An ordinary <c>Keyword arguments…</c> line.</summary>
    Directive,
    /// <summary>An <c>Include</c> line (8.2+).</summary>
    IncludeDirective,
    /// <summary>A <c>Match</c> line, the header of a <see cref="MatchBlock"/>.</summary>
    MatchDirective,
    /// <summary>A Match header and the directives up to the next Match or the end of the file.</summary>
    MatchBlock,
}

/// <summary>Helpers on <see cref="SyntaxKind"/>.</summary>
public static class SyntaxKindFacts
{
    public static bool IsTrivia(this SyntaxKind kind) => kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.CommentTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SkippedTextTrivia;

    public static bool IsToken(this SyntaxKind kind) => kind is SyntaxKind.KeywordToken or SyntaxKind.EqualsToken or SyntaxKind.ArgumentToken or SyntaxKind.RestOfLineToken or SyntaxKind.EndOfFileToken;

    public static bool IsDirective(this SyntaxKind kind) => kind is SyntaxKind.Directive or SyntaxKind.IncludeDirective or SyntaxKind.MatchDirective;
}
