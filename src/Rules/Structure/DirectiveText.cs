// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;

namespace SshdLint.Rules.Structure;

/// <summary>How findings quote lines: their value as written, and where another line is.</summary>
internal static class DirectiveText
{
    /// <summary>The arguments exactly as written (quotes and escapes kept), or an empty string.</summary>
    public static string RawArguments(BoundDirective line)
    {
        var args = line.Syntax.Arguments.ToList();
        if (args.Count == 0) return "";
        return line.File.Tree.Text.ToString(Parser.Text.TextSpan.FromBounds(args[0].Span.Start, args[^1].Span.End));
    }

    /// <summary>The line as it reads, keyword and arguments: <c>PasswordAuthentication no</c>.</summary>
    public static string Display(BoundDirective line)
    {
        string args = RawArguments(line);
        return args.Length == 0 ? line.Syntax.KeywordText : line.Syntax.KeywordText + " " + args;
    }

    /// <summary>
    /// Where <paramref name="line"/> is, seen from a finding in <paramref name="from"/>: <c>line 12</c> in the same
    /// read of the same file, else <c>/etc/ssh/sshd_config.d/50-cloud-init.conf:1</c> (one-based, editor lines).
    /// </summary>
    public static string Reference(BoundDirective line, ConfigFile from) =>
        ReferenceEquals(line.File, from) ? $"line {line.Location.Line}" : $"{line.File.Path}:{line.Location.Line}";

    /// <summary>The Include lines that pull <paramref name="file"/> in, innermost first, up to (not including) <paramref name="stopAt"/>.</summary>
    public static IEnumerable<BoundDirective> IncludeChain(ConfigFile file, ConfigFile? stopAt = null)
    {
        var include = file.IncludedBy;
        int guard = 0;
        while (include is not null && guard++ < Binder.MaxIncludeDepth + 1)
        {
            yield return include;
            if (stopAt is not null && ReferenceEquals(include.File, stopAt)) yield break;
            include = include.File.IncludedBy;
        }
    }
}
