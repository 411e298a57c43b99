// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using System.Diagnostics;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. Immutable; <see cref="Parent"/> is set once when the tree is built.
/// </summary>
/// <remarks>
/// Invariant: <c>FullSpan</c> = leading trivia + <c>Span</c> + trailing trivia, contiguous. Trailing trivia runs up
/// to and including the line end; blank lines, comment lines and indentation are leading trivia of the next token.
/// </remarks>
[DebuggerDisplay("{Kind} {Text,nq}")]
public sealed class SyntaxToken
{
    private readonly string? _valueText;

    internal SyntaxToken(SyntaxKind kind, SourceText source, TextSpan span, ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing, string? valueText, string? text = null)
    {
        Debug.Assert(text is null || text == source.ToString(span));
        _text = text;
        Debug.Assert(kind.IsToken());
        Kind = kind;
        Source = source;
        Span = span;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
        _valueText = valueText;
    }

    public SyntaxKind Kind { get; }

    internal SourceText Source { get; }

    /// <summary>The token's own text, without trivia.</summary>
    public TextSpan Span { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>The node that owns this token.</summary>
    public SyntaxNode? Parent { get; internal set; }

    /// <summary>Span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => TextSpan.FromBounds(
        LeadingTrivia.IsEmpty ? Span.Start : LeadingTrivia[0].Span.Start,
        TrailingTrivia.IsEmpty ? Span.End : TrailingTrivia[^1].Span.End);

    private string? _text;

    /// <summary>The raw text as written (quotes and escapes included).</summary>
    /// <remarks>Computed once: keywords are read many times per lint (lookups, comparisons, messages).</remarks>
    public string Text => _text ??= Source.ToString(Span);

    /// <summary>What sshd sees after removing quotes and escapes (equal to <see cref="Text"/> for bare tokens).</summary>
    public string ValueText => _valueText ?? Text;

    /// <summary>True when the raw text differs from what sshd sees (quotes, escapes, skipped bytes).</summary>
    public bool HasQuotesOrEscapes => _valueText is not null && _valueText != Text;

    public bool IsMissing => Span.IsEmpty && Kind != SyntaxKind.EndOfFileToken;

    /// <summary>Leading trivia, text and trailing trivia, concatenated exactly.</summary>
    public string ToFullString()
    {
        var sb = new System.Text.StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }

    internal void WriteTo(System.Text.StringBuilder sb)
    {
        foreach (var t in LeadingTrivia) sb.Append(Source.Text, t.Span.Start, t.Span.Length);
        sb.Append(Source.Text, Span.Start, Span.Length);
        foreach (var t in TrailingTrivia) sb.Append(Source.Text, t.Span.Start, t.Span.Length);
    }

    public override string ToString() => Text;
}
