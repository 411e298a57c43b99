// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;

namespace SshdLint.Cli.Output;

/// <summary>
/// Human output: <c>file:line:col: severity: message [ID]</c>, the source line with a caret underline, and a
/// summary line.
/// </summary>
internal static class TextReport
{
    public static void Write(TextWriter writer, IReadOnlyList<LintResult> results, bool color)
    {
        int errors = 0, warnings = 0, infos = 0, hints = 0;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var f in result.Model.Files) files.Add(f.Path);
            foreach (var d in result.Diagnostics)
            {
                switch (d.Severity)
                {
                    case DiagnosticSeverity.Error: errors++; break;
                    case DiagnosticSeverity.Warning: warnings++; break;
                    case DiagnosticSeverity.Info: infos++; break;
                    default: hints++; break;
                }
                WriteDiagnostic(writer, result, d, color);
            }
        }
        int total = errors + warnings + infos + hints;
        string fileCount = files.Count == 1 ? "1 file" : $"{files.Count} files";
        if (total == 0)
        {
            writer.WriteLine($"No problems found in {fileCount}.");
            return;
        }
        var parts = new List<string>();
        if (errors > 0) parts.Add(Plural(errors, "error"));
        if (warnings > 0) parts.Add(Plural(warnings, "warning"));
        if (infos > 0) parts.Add(Plural(infos, "info"));
        if (hints > 0) parts.Add(Plural(hints, "hint"));
        writer.WriteLine($"Found {Plural(total, "problem")} ({string.Join(", ", parts)}) in {fileCount}.");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : word == "info" ? $"{n} infos" : $"{n} {word}s";

    private static void WriteDiagnostic(TextWriter writer, LintResult result, Diagnostic d, bool color)
    {
        var loc = d.Location;
        string severity = d.Severity.ToString().ToLowerInvariant();
        string sev = color ? Colorize(severity, d.Severity) : severity;
        string fatal = d.Fatal ? " (sshd refuses to start)" : "";
        writer.WriteLine($"{loc.Path}:{loc.Line}:{loc.Column}: {sev}: {OneLine(d.Message)}{fatal} [{d.Id}]");

        var file = result.Model.Files.FirstOrDefault(f => f.Path == loc.Path);
        if (file is null) return;
        var text = file.Tree.Text;
        int lineIndex = loc.LineSpan.Start.Line;
        if (lineIndex >= text.LineCount) return;
        var lineSpan = text.GetLineSpan(lineIndex);
        string line = text.ToString(lineSpan);
        const int MaxShown = 200;
        if (line.Length > MaxShown) line = line[..MaxShown] + "…";
        string number = (lineIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        writer.WriteLine($" {number} | {Sanitize(line)}");
        int start = Math.Min(loc.LineSpan.Start.Character, line.Length);
        int end = loc.LineSpan.End.Line == lineIndex ? loc.LineSpan.End.Character : lineSpan.Length;
        int width = Math.Max(1, Math.Min(end, line.Length) - start);
        string caret = new string(' ', start) + new string('^', width);
        writer.WriteLine($" {gutter} | {(color ? Colorize(caret, d.Severity) : caret)}");
    }

    private static string OneLine(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Keeps the caret aligned and the terminal safe: control characters become spaces or '?'.</summary>
    private static string Sanitize(string line)
    {
        var chars = line.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\t' || chars[i] == '\f' || chars[i] == '\r') chars[i] = ' ';
            else if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i])) chars[i] = '?';
        }
        return new string(chars);
    }

    private static string Colorize(string text, DiagnosticSeverity severity)
    {
        string code = severity switch
        {
            DiagnosticSeverity.Error => "31;1",
            DiagnosticSeverity.Warning => "33;1",
            DiagnosticSeverity.Info => "36;1",
            _ => "2",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
