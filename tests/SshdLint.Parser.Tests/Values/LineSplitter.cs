// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;

namespace SshdLint.Parser.Tests.Values;

/// <summary>
/// A small stand-in for the real tokenizer (8.7+ rules, semantics.md §2): keyword split at blanks or one
/// <c>=</c>, arguments by <c>argv_split</c> (quotes, backslash escapes, <c>#</c> at a token start ends the line),
/// or the raw rest of the line for rest-of-line keywords.
/// </summary>
internal static class LineSplitter
{
    public static (string Keyword, IReadOnlyList<string> Args) Split(string line, bool restOfLine)
    {
        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        int start = i;
        while (i < line.Length && line[i] is not (' ' or '\t' or '=')) i++;
        string keyword = line[start..i];
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        if (i < line.Length && line[i] == '=') i++;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        string rest = line[i..];
        if (restOfLine) return (keyword, rest.Length == 0 ? [] : [rest]);
        return (keyword, ArgvSplit(rest));
    }

    private static List<string> ArgvSplit(string s)
    {
        var args = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && s[i] is ' ' or '\t') i++;
            if (i >= s.Length || s[i] == '#') break;
            var sb = new StringBuilder();
            char quote = '\0';
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (quote == '\0' && c is ' ' or '\t') break;
                if (c == '\\' && i + 1 < s.Length && (s[i + 1] is '\\' or '"' or '\'' || (quote == '\0' && s[i + 1] == ' ')))
                {
                    sb.Append(s[++i]);
                    continue;
                }
                if (quote != '\0' && c == quote)
                {
                    quote = '\0';
                    continue;
                }
                if (quote == '\0' && c is '"' or '\'')
                {
                    quote = c;
                    continue;
                }
                sb.Append(c);
            }
            args.Add(sb.ToString());
        }
        return args;
    }
}
