// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text.RegularExpressions;

namespace SshdLint.TestSupport;

/// <summary>A place in a configuration file named by an sshd message. <see cref="Line"/> is one-based, as sshd prints it.</summary>
/// <param name="File">The file as sshd names it (the path given with <c>-f</c>, or an included file's path).</param>
/// <param name="Line">One-based line number.</param>
public sealed record SshdLocation(string File, int Line);

/// <summary>Reads the shapes of sshd's diagnostic lines (semantics.md §7).</summary>
public static partial class SshdMessages
{
    // Two location shapes exist: "<file>: line <n>: Bad configuration option: X" (colon after the file,
    // only for unknown keywords) and "<file> line <n>: <message>" (everything else). The file part is
    // matched lazily so a path containing spaces still works.
    [GeneratedRegex(@"^(?<file>.+?):? line (?<line>[0-9]+): (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocatedLine();

    /// <summary>
    /// Prefixes of lines that sshd prints without refusing the configuration (exit status stays 0):
    /// ignored keywords and host keys or certificates it cannot load.
    /// </summary>
    private static readonly string[] WarningMarkers =
    [
        "Deprecated option ",
        "Unsupported option ",
        "Unable to load host key",
        "Could not load host certificate",
        "Certificate file is not a certificate",
    ];

    /// <summary>Splits stderr text into lines, dropping the <c>\r</c> that sshd's log functions put before each <c>\n</c>.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    /// <summary>True for a line sshd prints as a warning (the run can still succeed).</summary>
    public static bool IsWarning(string line) =>
        WarningMarkers.Any(m => line.Contains(m, StringComparison.Ordinal));

    /// <summary>Parses a <c>file line N:</c> or <c>file: line N:</c> prefix.</summary>
    /// <param name="line">One stderr line without its line terminator.</param>
    /// <param name="location">The file and one-based line, when the message names one.</param>
    /// <param name="message">The text after the location (the whole line when there is none).</param>
    public static bool TryParseLocation(string line, out SshdLocation? location, out string message)
    {
        var m = LocatedLine().Match(line);
        if (!m.Success || !int.TryParse(m.Groups["line"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            location = null;
            message = line;
            return false;
        }
        location = new SshdLocation(m.Groups["file"].Value, n);
        message = m.Groups["message"].Value;
        return true;
    }

    /// <summary>
    /// The line with its file path removed, as the corpus MANIFEST's <c>sshd_9.2_t</c> column records it:
    /// <c>line N: message</c> for located lines, the line unchanged otherwise.
    /// </summary>
    public static string WithoutPath(string line) =>
        TryParseLocation(line, out var loc, out var message)
            ? string.Create(CultureInfo.InvariantCulture, $"line {loc!.Line}: {message}")
            : line;
}
