// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Syntax;

/// <summary>A node of the immutable syntax tree.</summary>
/// <remarks>
/// sshd_config is line-oriented and files are small, so the tree is a single immutable layer with absolute
/// positions rather than Roslyn's green/red pair: every edit reparses the file (microseconds per thousand
/// lines), so there is no incremental reuse for a green layer to enable. Parents are set once at build time.
/// </remarks>
public abstract class SyntaxNode
{
    private protected SyntaxNode(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    public SyntaxNode? Parent { get; internal set; }

    /// <summary>The tree this node belongs to (set on the root).</summary>
    public SyntaxTree? Tree => (this as ConfigFileSyntax)?.OwnerTree ?? Parent?.Tree;

    /// <summary>Children in text order: nodes and tokens.</summary>
    public abstract IEnumerable<object> ChildNodesAndTokens();

    /// <summary>Every token below this node, in text order.</summary>
    /// <remarks>
    /// The tree has a fixed shape (file → Match blocks → directives → tokens), so one flat iterator walks it; nested
    /// iterators per level cost an allocation per node and showed up on every keystroke in the language server.
    /// </remarks>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        switch (this)
        {
            case DirectiveSyntax directive:
                yield return directive.Keyword;
                foreach (var token in directive.Tokens) yield return token;
                break;
            case MatchBlockSyntax block:
                yield return block.Header.Keyword;
                foreach (var token in block.Header.Tokens) yield return token;
                foreach (var directive in block.Directives)
                {
                    yield return directive.Keyword;
                    foreach (var token in directive.Tokens) yield return token;
                }
                break;
            case ConfigFileSyntax file:
                foreach (var member in file.Members)
                {
                    var (header, body) = member is MatchBlockSyntax b ? (b.Header, b.Directives) : ((DirectiveSyntax)member, []);
                    yield return header.Keyword;
                    foreach (var token in header.Tokens) yield return token;
                    foreach (var directive in body)
                    {
                        yield return directive.Keyword;
                        foreach (var token in directive.Tokens) yield return token;
                    }
                }
                yield return file.EndOfFile;
                break;
            default:
                foreach (var child in ChildNodesAndTokens())
                {
                    if (child is SyntaxToken token) yield return token;
                    else foreach (var t in ((SyntaxNode)child).DescendantTokens()) yield return t;
                }
                break;
        }
    }

    /// <summary>The first token (every node has at least one).</summary>
    public virtual SyntaxToken FirstToken => DescendantTokens().First();

    /// <summary>The last token.</summary>
    public virtual SyntaxToken LastToken => DescendantTokens().Last();

    /// <summary>Span including the trivia of the first and last tokens.</summary>
    public TextSpan FullSpan => TextSpan.FromBounds(FirstToken.FullSpan.Start, LastToken.FullSpan.End);

    /// <summary>Span from the first token's text to the last token's text, without outer trivia.</summary>
    public TextSpan Span => TextSpan.FromBounds(FirstToken.Span.Start, LastToken.Span.End);

    /// <summary>The exact text of this node, trivia included.</summary>
    public string ToFullString()
    {
        var sb = new StringBuilder();
        foreach (var token in DescendantTokens()) token.WriteTo(sb);
        return sb.ToString();
    }

    public override string ToString() => ToFullString();
}

/// <summary>The root: a file's directives and Match blocks, then the end-of-file token.</summary>
public sealed class ConfigFileSyntax : SyntaxNode
{
    internal ConfigFileSyntax(ImmutableArray<SyntaxNode> members, SyntaxToken endOfFile) : base(SyntaxKind.ConfigFile)
    {
        Members = members;
        EndOfFile = endOfFile;
        foreach (var m in members) m.Parent = this;
        endOfFile.Parent = this;
    }

    internal SyntaxTree? OwnerTree { get; set; }

    /// <summary>Top-level directives (global scope) and Match blocks, in order.</summary>
    public ImmutableArray<SyntaxNode> Members { get; }

    public SyntaxToken EndOfFile { get; }

    /// <inheritdoc />
    public override SyntaxToken FirstToken => Members.IsEmpty ? EndOfFile : Members[0].FirstToken;

    /// <inheritdoc />
    public override SyntaxToken LastToken => EndOfFile;

    /// <summary>Every directive in the file in order, including Match headers and lines inside Match blocks.</summary>
    public IEnumerable<DirectiveSyntax> AllDirectives()
    {
        foreach (var m in Members)
        {
            if (m is DirectiveSyntax d) yield return d;
            else if (m is MatchBlockSyntax b)
            {
                yield return b.Header;
                foreach (var inner in b.Directives) yield return inner;
            }
        }
    }

    public override IEnumerable<object> ChildNodesAndTokens()
    {
        foreach (var m in Members) yield return m;
        yield return EndOfFile;
    }
}

/// <summary>One configuration line: keyword, optional <c>=</c>, arguments.</summary>
[DebuggerDisplay("{Kind} {KeywordText,nq} (line {Line})")]
public sealed class DirectiveSyntax : SyntaxNode
{
    internal DirectiveSyntax(SyntaxKind kind, SyntaxToken keyword, ImmutableArray<SyntaxToken> tokens, int line, int sshdLineNumber) : base(kind)
    {
        Debug.Assert(kind.IsDirective());
        Keyword = keyword;
        Tokens = tokens;
        Line = line;
        SshdLineNumber = sshdLineNumber;
        keyword.Parent = this;
        foreach (var t in tokens) t.Parent = this;
    }

    public SyntaxToken Keyword { get; }

    /// <summary>The keyword as sshd sees it (quotes removed), in the user's casing.</summary>
    public string KeywordText => Keyword.ValueText;

    /// <summary>Tokens after the keyword: separators (<c>=</c>) and arguments, in order.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <inheritdoc />
    public override SyntaxToken FirstToken => Keyword;

    /// <inheritdoc />
    public override SyntaxToken LastToken => Tokens.IsEmpty ? Keyword : Tokens[^1];

    private SyntaxToken[]? _arguments;

    /// <summary>The argument tokens (separators left out).</summary>
    public IEnumerable<SyntaxToken> Arguments => ArgumentTokens;

    /// <summary>The argument tokens as a list, computed once.</summary>
    private SyntaxToken[] ArgumentTokens
    {
        get
        {
            if (_arguments is not null) return _arguments;
            int count = 0;
            foreach (var t in Tokens) if (t.Kind is SyntaxKind.ArgumentToken or SyntaxKind.RestOfLineToken) count++;
            var arguments = count == 0 ? [] : new SyntaxToken[count];
            int i = 0;
            foreach (var t in Tokens) if (t.Kind is SyntaxKind.ArgumentToken or SyntaxKind.RestOfLineToken) arguments[i++] = t;
            return _arguments = arguments;
        }
    }

    private string[]? _argumentValues;

    /// <summary>The argument values as sshd sees them.</summary>
    public IReadOnlyList<string> ArgumentValues
    {
        get
        {
            if (_argumentValues is not null) return _argumentValues;
            var arguments = ArgumentTokens;
            var values = arguments.Length == 0 ? [] : new string[arguments.Length];
            for (int i = 0; i < arguments.Length; i++) values[i] = arguments[i].ValueText;
            return _argumentValues = values;
        }
    }

    /// <summary>Zero-based line of the keyword in the file.</summary>
    public int Line { get; }

    /// <summary>The one-based line number sshd uses in messages for this directive.</summary>
    public int SshdLineNumber { get; }

    /// <summary>The Match block containing this line, when it is inside one (null for headers and global lines).</summary>
    public MatchBlockSyntax? EnclosingMatch => Parent as MatchBlockSyntax is { } block && block.Header != this ? block : null;

    public override IEnumerable<object> ChildNodesAndTokens()
    {
        yield return Keyword;
        foreach (var t in Tokens) yield return t;
    }
}

/// <summary>A <c>Match</c> header and the lines up to the next Match or the end of the file (there is no end keyword).</summary>
public sealed class MatchBlockSyntax : SyntaxNode
{
    internal MatchBlockSyntax(DirectiveSyntax header, ImmutableArray<DirectiveSyntax> directives) : base(SyntaxKind.MatchBlock)
    {
        Header = header;
        Directives = directives;
        header.Parent = this;
        foreach (var d in directives) d.Parent = this;
    }

    public DirectiveSyntax Header { get; }

    public ImmutableArray<DirectiveSyntax> Directives { get; }

    /// <inheritdoc />
    public override SyntaxToken FirstToken => Header.Keyword;

    /// <inheritdoc />
    public override SyntaxToken LastToken => Directives.IsEmpty ? Header.LastToken : Directives[^1].LastToken;

    public override IEnumerable<object> ChildNodesAndTokens()
    {
        yield return Header;
        foreach (var d in Directives) yield return d;
    }
}
