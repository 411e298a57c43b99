// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Cli.Output;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), one per finding.</summary>
internal static class GithubReport
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            string command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var loc = d.Location;
            writer.WriteLine(
                $"::{command} file={Property(loc.Path)},line={loc.Line},col={loc.Column},endLine={loc.LineSpan.End.Line + 1},endColumn={loc.LineSpan.End.Character + 1},title={Property($"{d.Id} {d.Descriptor.Name}")}::{Data(d.Message)}");
        }
    }

    // Escaping rules of @actions/core (toCommandValue / escapeData / escapeProperty).
    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
