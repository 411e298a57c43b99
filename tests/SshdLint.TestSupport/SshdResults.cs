// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>The result of <c>sshd -t -f FILE</c>.</summary>
/// <param name="ExitCode">0 accepted (warnings allowed); 255 a fatal configuration error; 1 missing file, bad <c>-C</c> or no host key.</param>
/// <param name="Stderr">Every stderr line in order, without line terminators (sshd ends them with <c>\r\n</c>).</param>
/// <param name="UsedThrowawayHostKey">True when the run needed <c>-h</c> with the harness's throwaway key (see <see cref="SshdOracle"/>).</param>
public sealed record SshdTestResult(int ExitCode, IReadOnlyList<string> Stderr, bool UsedThrowawayHostKey)
{
    /// <summary>True when sshd accepts the configuration (exit status 0).</summary>
    public bool Accepted => ExitCode == 0;

    /// <summary>Lines sshd prints without failing: deprecated or unsupported keywords, unloadable keys.</summary>
    public IReadOnlyList<string> Warnings => Stderr.Where(SshdMessages.IsWarning).ToList();

    /// <summary>The first stderr line that is not a warning; null when there is none.</summary>
    public string? FirstError => Stderr.FirstOrDefault(l => !SshdMessages.IsWarning(l));

    /// <summary>
    /// Where the error is: the location of the first non-warning line that names one. Some errors come as a
    /// pair, an unlocated reason and then the located line (<c>Unsupported Match attribute X</c> followed by
    /// <c>file line N: Bad Match condition</c>), so later lines are searched too.
    /// </summary>
    public SshdLocation? ErrorLocation
    {
        get
        {
            foreach (var line in Stderr)
            {
                if (SshdMessages.IsWarning(line)) continue;
                if (SshdMessages.TryParseLocation(line, out var loc, out _)) return loc;
            }
            return null;
        }
    }

    /// <summary>
    /// The result in the corpus MANIFEST's <c>sshd_9.2_t</c> form: <c>ok</c> when accepted, else the first
    /// non-warning line with its file path removed.
    /// </summary>
    public string ManifestForm => Accepted ? "ok" : FirstError is { } e ? SshdMessages.WithoutPath(e) : $"exit {ExitCode}";
}

/// <summary>One line of <c>sshd -T</c> output, split at the first space.</summary>
/// <param name="Key">The key as printed (lowercase on Debian 9.2).</param>
/// <param name="Value">Everything after the first space; empty when the line has none.</param>
public readonly record struct SshdDumpLine(string Key, string Value)
{
    /// <summary>The line as sshd printed it.</summary>
    public override string ToString() => Value.Length == 0 ? Key : $"{Key} {Value}";
}

/// <summary>The result of <c>sshd -T -f FILE [-C SPEC]</c>.</summary>
/// <param name="ExitCode">0 when the configuration was accepted and dumped.</param>
/// <param name="Lines">The dump in sshd's order (empty when sshd failed), normalised as <see cref="SshdOracle"/> describes.</param>
/// <param name="Stderr">Every stderr line, without terminators.</param>
/// <param name="UsedThrowawayHostKey">True when the run needed <c>-h</c> with the throwaway key.</param>
public sealed record SshdDumpResult(int ExitCode, IReadOnlyList<SshdDumpLine> Lines, IReadOnlyList<string> Stderr, bool UsedThrowawayHostKey)
{
    /// <summary>True when sshd accepted the configuration and printed it.</summary>
    public bool Accepted => ExitCode == 0;

    /// <summary>The dump as text, one line per setting, each ending with <c>\n</c> as sshd prints it.</summary>
    public string Text => string.Concat(Lines.Select(l => l + "\n"));

    /// <summary>The keys in print order, one entry per line (repeated for multi-line keys).</summary>
    public IReadOnlyList<string> Keys => Lines.Select(l => l.Key).ToList();

    /// <summary>The values printed for <paramref name="key"/> (compared case-insensitively), in order.</summary>
    public IReadOnlyList<string> Values(string key) =>
        Lines.Where(l => string.Equals(l.Key, key, StringComparison.OrdinalIgnoreCase)).Select(l => l.Value).ToList();

    /// <summary>The single value printed for <paramref name="key"/>, or null when the key is absent.</summary>
    public string? Value(string key) => Values(key) is [var only, ..] ? only : null;
}
