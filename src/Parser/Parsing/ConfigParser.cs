// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Parsing;

/// <summary>
/// Builds a lossless <see cref="SyntaxTree"/> from text, splitting lines exactly as the target sshd does
/// (servconf.c <c>load_server_config</c> and <c>process_server_config_line</c>). Never throws on any input.
/// </summary>
internal sealed class ConfigParser
{
    private static readonly HashSet<string> RestOfLineKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        // servconf.c copies the raw remainder of the line for these instead of reading tokens.
        "ForceCommand", "AuthorizedKeysCommand", "AuthorizedPrincipalsCommand", "VersionAddendum",
    };

    private static readonly HashSet<string> MatchCriteriaWithoutArgument = new(StringComparer.OrdinalIgnoreCase) { "all", "invalid-user" };

    private readonly SourceText _text;
    private readonly ParseOptions _options;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<SyntaxTrivia> _pendingLeading = [];

    // Scratch lists reused for every line: a 100,000-line file would otherwise allocate half a million lists.
    private readonly List<(SyntaxKind Kind, RawToken Token)> _raw = [];
    private readonly List<RawToken> _argv = [];
    private readonly List<SyntaxTrivia> _leading = [];
    private readonly List<SyntaxTrivia> _trailing = [];
    private readonly List<(SyntaxKind Kind, int Start, int End, string? Value, int LogicalStart, int LogicalEnd)> _all = [];

    private ConfigParser(SourceText text, ParseOptions options)
    {
        _text = text;
        _options = options;
    }

    public static SyntaxTree Parse(SourceText text, ParseOptions options)
    {
        var parser = new ConfigParser(text, options);
        var root = parser.ParseFile();
        return new SyntaxTree(text, options, root, parser._diagnostics.ToImmutableArray());
    }

    private ConfigFileSyntax ParseFile()
    {
        var members = ImmutableArray.CreateBuilder<SyntaxNode>();
        DirectiveSyntax? matchHeader = null;
        var body = ImmutableArray.CreateBuilder<DirectiveSyntax>();
        int sshdLine = 0;

        foreach (var line in LineReader.Read(_text, _options, _diagnostics))
        {
            sshdLine++;
            var directive = ParseLine(line, sshdLine);
            if (directive is null) continue;
            if (directive.Kind == SyntaxKind.MatchDirective)
            {
                if (matchHeader is not null) members.Add(new MatchBlockSyntax(matchHeader, body.ToImmutable()));
                matchHeader = directive;
                body.Clear();
            }
            else if (matchHeader is not null) body.Add(directive);
            else members.Add(directive);
        }
        if (matchHeader is not null) members.Add(new MatchBlockSyntax(matchHeader, body.ToImmutable()));

        var eof = new SyntaxToken(SyntaxKind.EndOfFileToken, _text, new TextSpan(_text.Length, 0), [.. _pendingLeading], [], null);
        _pendingLeading.Clear();
        return new ConfigFileSyntax(members.ToImmutable(), eof);
    }

    private DirectiveSyntax? ParseLine(LogicalLine line, int sshdLine)
    {
        string s = line.Content;

        // Trailing whitespace (and, since 7.5, form feeds) is stripped, but never the first character.
        int n = s.Length;
        if (n > 0)
        {
            for (int i = n - 1; i > 0; i--)
            {
                char c = s[i];
                if (c is ' ' or '\t' or '\r' or '\n' || (c == '\f' && _options.FormFeedIsTrailingWhitespace)) n = i;
                else break;
            }
        }

        var raw = _raw;
        raw.Clear();
        int commentStart = -1;

        // Keyword: strdelim, retried once when the line starts with a separator ("=Port 22").
        var keyword = Tokenizers.StrDelim(s, n, 0, out int rest, out int equalsAt);
        if (keyword is { Value.Length: 0 } && rest >= 0)
        {
            keyword = Tokenizers.StrDelim(s, n, rest, out rest, out equalsAt);
        }
        if (keyword is null)
        {
            // strdelim returned NULL: an unmatched quote in the keyword. sshd silently ignores the line.
            if (n > 0) Report(StructuralDescriptors.IgnoredLine, line, 0, n, "the keyword has an unmatched quote");
            AddLineAsTrivia(line, n, s.Length > 0 && s[0] == '#' ? SyntaxKind.CommentTrivia : SyntaxKind.SkippedTextTrivia);
            return null;
        }
        if (keyword.Value.Value!.Length == 0 || keyword.Value.Value[0] == '#')
        {
            // Blank line, comment line, or a keyword that starts with '#' after quote removal.
            bool comment = n > 0 && (keyword.Value.Value.StartsWith('#') || s.TrimStart('"').StartsWith('#'));
            AddLineAsTrivia(line, n, comment ? SyntaxKind.CommentTrivia : SyntaxKind.SkippedTextTrivia);
            return null;
        }
        // A '=' before the keyword ("=Port 22") is skipped by strdelim; it stays in the keyword's leading trivia.
        var kw = keyword.Value;
        string keywordValue = kw.Value!; // strdelim always gives a value
        bool isMatch = keywordValue.Equals("Match", StringComparison.OrdinalIgnoreCase);
        bool isInclude = _options.KnowsInclude && keywordValue.Equals("Include", StringComparison.OrdinalIgnoreCase);
        bool restOfLine = RestOfLineKeywords.Contains(keywordValue);
        if (equalsAt >= 0) raw.Add((SyntaxKind.EqualsToken, new RawToken(equalsAt, equalsAt + 1, "=")));

        bool hasArguments = rest >= 0 && rest < n;
        if (!hasArguments && _options.UsesArgvSplit)
        {
            Report(StructuralDescriptors.MissingArgument, line, kw.Start, kw.End, $"no argument after keyword \"{keywordValue}\"", fatal: true);
        }
        else if (hasArguments)
        {
            bool quotesOk = true;
            var argv = _argv;
            argv.Clear();
            if (_options.UsesArgvSplit)
            {
                // 8.7+ runs argv_split over every line first, whatever the keyword; quote errors are counted.
                quotesOk = Tokenizers.ArgvSplit(s, rest, n, argv, out commentStart);
                if (!quotesOk)
                {
                    Report(StructuralDescriptors.InvalidQuotes, line, rest, n, "invalid quotes", fatal: true);
                }
            }

            if (restOfLine)
            {
                int start = rest;
                while (start < n && (s[start] is ' ' or '\t' or '\r' or '\n')) start++;
                if (start < n) raw.Add((SyntaxKind.RestOfLineToken, new RawToken(start, n, s[start..n])));
                commentStart = -1;
            }
            else if (!quotesOk)
            {
                // Keep the text lossless: what argv_split managed to read, then the rest as one argument.
                foreach (var t in argv) raw.Add((SyntaxKind.ArgumentToken, t));
                commentStart = -1;
            }
            else if (_options.UsesArgvSplit && !(isMatch && !_options.MatchUsesArgvSplit))
            {
                foreach (var t in argv) raw.Add((SyntaxKind.ArgumentToken, t));
            }
            else
            {
                commentStart = -1;
                // servconf.c reads SetEnv with strdelimw (no '=' splitting): NAME=VALUE stays one argument.
                bool splitEquals = !keywordValue.Equals("SetEnv", StringComparison.OrdinalIgnoreCase);
                ReadWithStrDelim(line, s, n, rest, isMatch, raw, out commentStart, splitEquals);
            }
        }

        // Build tokens with trivia.
        raw.Sort((a, b) => a.Token.Start.CompareTo(b.Token.Start));
        var commentSpan = commentStart >= 0 ? TextSpan.FromBounds(line.ToSource(commentStart), line.ToSourceEnd(n)) : (TextSpan?)null;
        if (line.LoaderComment is { } lc) commentSpan = lc;

        int kwSrcStart = line.ToSource(kw.Start);
        var leading = _leading;
        leading.Clear();
        leading.AddRange(_pendingLeading);
        _pendingLeading.Clear();
        AddTrivia(leading, line.SourceStart, kwSrcStart, line, commentSpan);

        var all = _all;
        all.Clear();
        all.Add((SyntaxKind.KeywordToken, kwSrcStart, line.ToSourceEnd(kw.End), kw.Value, kw.Start, kw.End));
        foreach (var (kind, t) in raw)
        {
            int a = line.ToSource(t.Start), b = line.ToSourceEnd(t.End);
            if (t.End <= t.Start) b = a;
            all.Add((kind, a, b, t.Value, t.Start, t.End));
        }
        all.Sort((x, y) => x.Start.CompareTo(y.Start));

        SyntaxToken keywordToken = null!;
        var argumentTokens = all.Count == 1 ? [] : new SyntaxToken[all.Count - 1];
        for (int i = 0; i < all.Count; i++)
        {
            var (kind, start, end, value, logicalStart, logicalEnd) = all[i];
            int triviaEnd = i + 1 < all.Count ? all[i + 1].Start : line.SourceEnd;
            var trailing = _trailing;
            trailing.Clear();
            AddTrivia(trailing, end, triviaEnd, line, commentSpan);
            // A null value means "the logical text of the token" (no quotes or escapes): a substring is made only
            // when that differs from the source text, which only a line glued at a NUL byte can cause.
            var logical = value is null ? s.AsSpan(logicalStart, logicalEnd - logicalStart) : value.AsSpan();
            bool same = _text.Text.AsSpan(start, end - start).SequenceEqual(logical);
            // When a value string exists and equals the raw text, it doubles as the token's cached text.
            var token = new SyntaxToken(kind, _text, TextSpan.FromBounds(start, end),
                i == 0 ? [.. leading] : [], [.. trailing], same ? null : value ?? logical.ToString(), same ? value : null);
            if (i == 0) keywordToken = token;
            else argumentTokens[i - 1] = token;
        }

        var directiveKind = isMatch ? SyntaxKind.MatchDirective : isInclude ? SyntaxKind.IncludeDirective : SyntaxKind.Directive;
        return new DirectiveSyntax(directiveKind, keywordToken, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(argumentTokens), line.PhysicalLine, sshdLine);
    }

    /// <summary>Pre-8.7 arguments, and Match criteria before 9.9: repeated strdelim (whitespace or one <c>=</c>; double quotes).</summary>
    private void ReadWithStrDelim(LogicalLine line, string s, int n, int rest, bool isMatch, List<(SyntaxKind, RawToken)> raw, out int commentStart, bool splitEquals = true)
    {
        commentStart = -1;
        int pos = rest;
        bool expectAttribute = true;
        while (pos >= 0 && pos < n)
        {
            var tok = Tokenizers.StrDelim(s, n, pos, out int next, out int eq, splitEquals);
            if (tok is null)
            {
                // Unmatched double quote: sshd's strdelim gives up here; keep the rest as one argument.
                raw.Add((SyntaxKind.ArgumentToken, new RawToken(pos, n, s[pos..n])));
                Report(StructuralDescriptors.InvalidQuotes, line, pos, n, "unmatched quote", fatal: true);
                return;
            }
            var t = tok.Value;
            if (isMatch && expectAttribute && t.Value!.StartsWith('#') && _options.UsesArgvSplit)
            {
                // match_cfg_line (8.7+) stops at an attribute that starts with '#'.
                commentStart = t.Start;
                return;
            }
            raw.Add((SyntaxKind.ArgumentToken, t));
            if (eq >= 0) raw.Add((SyntaxKind.EqualsToken, new RawToken(eq, eq + 1, "=")));
            if (isMatch)
            {
                // After an attribute comes its argument, except for the attributes that take none.
                expectAttribute = !expectAttribute || MatchCriteriaWithoutArgument.Contains(t.Value!);
            }
            pos = next;
        }
    }

    private void AddLineAsTrivia(LogicalLine line, int n, SyntaxKind contentKind)
    {
        TextSpan? comment = null;
        if (contentKind == SyntaxKind.CommentTrivia && n > 0)
            comment = TextSpan.FromBounds(line.ToSource(0), line.ToSourceEnd(n));
        if (line.LoaderComment is { } lc) comment = comment is null ? lc : TextSpan.FromBounds(comment.Value.Start, lc.End);
        var list = new List<SyntaxTrivia>();
        AddTrivia(list, line.SourceStart, line.SourceEnd, line, comment, contentKind);
        _pendingLeading.AddRange(list);
    }

    /// <summary>
    /// Splits the source range <c>[from, to)</c> of a line into trivia: skipped text after NUL bytes, the comment,
    /// the line break, and whitespace. Anything else (which only a line sshd ignores can contain) is skipped text.
    /// </summary>
    private void AddTrivia(List<SyntaxTrivia> list, int from, int to, LogicalLine line, TextSpan? comment, SyntaxKind otherKind = SyntaxKind.SkippedTextTrivia)
    {
        int i = from;
        while (i < to)
        {
            SyntaxKind kind;
            int end;
            var skipped = default(TextSpan);
            foreach (var sp in line.Skipped) if (sp.Contains(i)) { skipped = sp; break; }
            if (!skipped.IsEmpty)
            {
                kind = SyntaxKind.SkippedTextTrivia;
                end = Math.Min(skipped.End, to);
            }
            else if (comment is { } c && c.Contains(i))
            {
                kind = SyntaxKind.CommentTrivia;
                end = Math.Min(c.End, to);
                // A comment never swallows the line break.
                if (line.LineBreak is { } lb && lb.Start < end && lb.Start >= i) end = lb.Start;
                if (end == i) { kind = SyntaxKind.EndOfLineTrivia; end = Math.Min(line.LineBreak!.Value.End, to); }
            }
            else if (line.LineBreak is { } lb && lb.Contains(i))
            {
                kind = SyntaxKind.EndOfLineTrivia;
                end = Math.Min(lb.End, to);
            }
            else if (IsTriviaWhitespace(_text[i]))
            {
                kind = SyntaxKind.WhitespaceTrivia;
                end = i + 1;
                while (end < to && IsTriviaWhitespace(_text[end]) && !(line.LineBreak is { } lb2 && lb2.Contains(end)) && !InSkipped(line, end) && !(comment is { } c2 && c2.Contains(end))) end++;
            }
            else
            {
                kind = otherKind;
                end = i + 1;
                while (end < to && !(line.LineBreak is { } lb3 && lb3.Contains(end)) && !InSkipped(line, end) && !(comment is { } c3 && c3.Contains(end)) && (otherKind != SyntaxKind.SkippedTextTrivia || !IsTriviaWhitespace(_text[end]))) end++;
            }
            if (end <= i) end = i + 1;
            list.Add(new SyntaxTrivia(kind, _text, TextSpan.FromBounds(i, end)));
            i = end;
        }
    }

    private static bool InSkipped(LogicalLine line, int pos)
    {
        foreach (var sp in line.Skipped) if (sp.Contains(pos)) return true;
        return false;
    }

    private static bool IsTriviaWhitespace(char c) => c is ' ' or '\t' or '\r' or '\f' or '\v';

    private void Report(DiagnosticDescriptor descriptor, LogicalLine line, int logicalStart, int logicalEnd, string message, bool fatal = false)
    {
        int a = line.ToSource(logicalStart);
        int b = logicalEnd > logicalStart ? line.ToSourceEnd(logicalEnd) : a;
        var location = Location.Create(_options.Path, _text, TextSpan.FromBounds(a, Math.Max(a, b)));
        _diagnostics.Add(Diagnostic.Create(descriptor, location, message) with { Fatal = fatal });
    }
}
