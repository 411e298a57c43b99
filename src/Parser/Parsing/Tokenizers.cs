// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;

namespace SshdLint.Parser.Parsing;

/// <summary>A token found in a logical line: raw range <c>[Start, End)</c> and the value sshd sees.</summary>
/// <param name="Value">The value; null from <see cref="Tokenizers.ArgvSplit"/> when it is the raw text itself (no quotes or escapes), to spare a substring.</param>
internal readonly record struct RawToken(int Start, int End, string? Value);

/// <summary>
/// Ports of sshd's two argument splitters, working on logical offsets so tokens can be mapped back to the file.
/// </summary>
internal static class Tokenizers
{
    [ThreadStatic]
    private static StringBuilder? Scratch;

    /// <summary>misc.c WHITESPACE: space, tab, CR, LF.</summary>
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>
    /// misc.c <c>strdelim_internal(s, split_equals=1)</c>: returns the next token starting at <paramref name="pos"/>,
    /// or null when sshd's strdelim returns NULL (pos already null, or an unmatched quote).
    /// <paramref name="rest"/> receives the new <c>*s</c> (-1 for NULL) and <paramref name="equalsAt"/> the offset of
    /// a skipped <c>=</c> separator, if any. With <paramref name="splitEquals"/> false it is <c>strdelimw</c>, which
    /// splits at whitespace only (servconf.c reads SetEnv's NAME=VALUE arguments with it before 8.7).
    /// </summary>
    public static RawToken? StrDelim(string s, int end, int pos, out int rest, out int equalsAt, bool splitEquals = true)
    {
        equalsAt = -1;
        rest = -1;
        if (pos < 0) return null;
        int old = pos;
        int p = pos;
        while (p < end && !IsWhitespace(s[p]) && s[p] != '"' && (s[p] != '=' || !splitEquals)) p++;
        if (p >= end)
        {
            // strpbrk found nothing: the rest is the token and *s becomes NULL.
            rest = -1;
            return new RawToken(old, end, s[old..end]);
        }
        if (s[p] == '"')
        {
            // The opening quote is removed and the token runs to the next quote; only whitespace is skipped after it.
            int close = s.IndexOf('"', p + 1, end - (p + 1));
            if (close < 0) return null; // no matching quote
            string value = string.Concat(s.AsSpan(old, p - old), s.AsSpan(p + 1, close - (p + 1)));
            int q = close + 1;
            while (q < end && IsWhitespace(s[q])) q++;
            rest = q;
            return new RawToken(old, close + 1, value);
        }
        bool wspace = s[p] == '=';
        if (wspace) equalsAt = p;
        int tokenEnd = p;
        int r = p + 1;
        while (r < end && IsWhitespace(s[r])) r++;
        if (r < end && s[r] == '=' && !wspace && splitEquals)
        {
            equalsAt = r;
            r++;
            while (r < end && IsWhitespace(s[r])) r++;
        }
        rest = r;
        return new RawToken(old, tokenEnd, s[old..tokenEnd]);
    }

    /// <summary>
    /// misc.c <c>argv_split(s, …, terminate_on_comment=1)</c> (OpenSSH 8.7+). Splits on spaces and tabs only;
    /// single and double quotes group; <c>\\</c>, <c>\"</c>, <c>\'</c> and (outside quotes) <c>\ </c> are escapes;
    /// a <c>#</c> at the start of a token ends the line. Returns false on an unmatched quote.
    /// </summary>
    /// <param name="commentStart">Offset of the terminating <c>#</c>, or -1.</param>
    public static bool ArgvSplit(string s, int start, int end, List<RawToken> tokens, out int commentStart)
    {
        commentStart = -1;
        var arg = Scratch ??= new StringBuilder();
        int i = start;
        for (; i < end; i++)
        {
            if (s[i] == ' ' || s[i] == '\t') continue;
            if (s[i] == '#') { commentStart = i; break; }
            int tokenStart = i;
            char quote = '\0';
            arg.Clear();
            for (; i < end; i++)
            {
                char c = s[i];
                if (c == '\\')
                {
                    if (i + 1 < end && (s[i + 1] == '\'' || s[i + 1] == '"' || s[i + 1] == '\\' || (quote == '\0' && s[i + 1] == ' ')))
                    {
                        i++;
                        arg.Append(s[i]);
                    }
                    else
                    {
                        arg.Append(c); // unrecognised escape: kept literally
                    }
                }
                else if (quote == '\0' && (c == ' ' || c == '\t')) break;
                else if (quote == '\0' && (c == '"' || c == '\'')) quote = c;
                else if (quote != '\0' && c == quote) quote = '\0';
                else arg.Append(c);
            }
            if (i >= end && quote != '\0')
            {
                tokens.Add(new RawToken(tokenStart, end, arg.ToString()));
                return false;
            }
            int tokenEnd = Math.Min(i, end);
            // Most tokens have no quotes or escapes: their value is the raw text (null here; the parser reads it from the text).
            tokens.Add(new RawToken(tokenStart, tokenEnd, arg.Length == tokenEnd - tokenStart ? null : arg.ToString()));
        }
        return true;
    }
}
