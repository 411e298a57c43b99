// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Syntax;

/// <summary>Text sshd does not interpret as tokens: whitespace, comments, line ends, skipped text.</summary>
[DebuggerDisplay("{Kind} {DebuggerText,nq}")]
public readonly struct SyntaxTrivia
{
    private readonly SourceText _text;

    internal SyntaxTrivia(SyntaxKind kind, SourceText text, TextSpan span)
    {
        Debug.Assert(kind.IsTrivia());
        Kind = kind;
        _text = text;
        Span = span;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Zero-based, half-open span in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The trivia's exact text.</summary>
    public string Text => _text.ToString(Span);

    private string DebuggerText => Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public override string ToString() => Text;
}
