// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Cli.Output;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), one per finding.</summary>
internal static class GithubReport
{
    /// <param name="writer">Where the commands go.</param>
    /// <param name="diagnostics">The findings.</param>
    /// <param name="sourceRoot">The workspace: paths under it are written relative to it.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string sourceRoot)
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
                $"::{command} file={Property(RepositoryPath(loc.Path, sourceRoot))},line={loc.Line},col={loc.Column},endLine={loc.LineSpan.End.Line + 1},endColumn={loc.LineSpan.End.Character + 1},title={Property($"{d.Id} {d.Descriptor.Name}")}::{Data(d.Message)}");
        }
    }

    /// <summary>
    /// GitHub places an annotation by its path relative to the repository: a file under the source root is written
    /// relative to it (an Include under <c>--sysroot .</c> resolves to <c>./etc/…</c>, which GitHub would not match),
    /// anything else as given.
    /// </summary>
    private static string RepositoryPath(string path, string sourceRoot)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(sourceRoot), Path.GetFullPath(path));
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    // Escaping rules of @actions/core (toCommandValue / escapeData / escapeProperty).
    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
