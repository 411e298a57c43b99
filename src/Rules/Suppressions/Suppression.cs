// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.Rules.Suppressions;

/// <summary>
/// An inline suppression comment: <c># sshdlint-disable-next-line SSHD2001,permit-root-login -- reason</c> silences
/// the next directive line; <c># sshdlint-disable-file SSHD2001 -- reason</c> the whole file.
/// </summary>
/// <remarks>
/// Full-line comments only: sshd before 8.7 cuts every line at its first <c>#</c> but after 8.7 only accepts a
/// comment at the start of a token, and full-line comments are read the same way by every version.
/// </remarks>
public sealed record Suppression(string Path, TextSpan Span, bool FileWide, IReadOnlyList<string> Codes, string? Reason, int TargetLine)
{
    private static readonly Regex Pattern = new(
        @"^#\s*sshdlint-disable(?<kind>-next-line|-file)\s+(?<codes>[A-Za-z0-9,\- ]+?)\s*(?:--\s*(?<reason>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>True when this suppression covers the diagnostic.</summary>
    public bool Covers(Diagnostic d) =>
        d.Location.Path == Path
        && (FileWide || d.Location.LineSpan.Start.Line == TargetLine)
        && Codes.Any(c => c.Equals(d.Id, StringComparison.OrdinalIgnoreCase) || c.Equals(d.Descriptor.Name, StringComparison.OrdinalIgnoreCase)
            || c.Equals("all", StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the suppression comments of one file.</summary>
    public static IReadOnlyList<Suppression> Find(ConfigFile file)
    {
        var result = new List<Suppression>();
        var tree = file.Tree;
        var directiveLines = tree.Root.AllDirectives().Select(d => d.Line).ToArray();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind != SyntaxKind.CommentTrivia) continue;
                var match = Pattern.Match(trivia.Text.TrimEnd());
                if (!match.Success) continue;
                bool fileWide = match.Groups["kind"].Value == "-file";
                var codes = match.Groups["codes"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
                string? reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
                int commentLine = tree.Text.GetLineNumber(trivia.Span.Start);
                int target = fileWide ? -1 : directiveLines.FirstOrDefault(l => l > commentLine, -1);
                result.Add(new Suppression(file.Path, trivia.Span, fileWide, codes, reason, target));
            }
        }
        return result;
    }
}
