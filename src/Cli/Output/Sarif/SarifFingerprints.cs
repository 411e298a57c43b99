// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SshdLint.Cli.Output.Sarif;

/// <summary>
/// <c>partialFingerprints</c> that identify a finding across commits: GitHub code scanning (and other SARIF
/// consumers) match results by them, so an alert stays the same alert when unrelated lines move it.
/// </summary>
/// <remarks>
/// <para>The fingerprint hashes what the finding is about, never where it is: the rule, the file (relative to
/// <c>%SRCROOT%</c>), the flagged text and its whole line with runs of blanks collapsed (so re-indenting does
/// not matter either). Line numbers and messages are left out on purpose: messages quote line numbers ("already set
/// on line 12"), so both change when a line is inserted above.</para>
/// <para>Identical findings on identical lines of one file (two <c>PermitRootLogin yes</c> lines, say) are told
/// apart by an occurrence number in file order, the same scheme as GitHub's own <c>primaryLocationLineHash</c>.</para>
/// <para>The key is versioned (SARIF §3.27.17): change the recipe, change the key.</para>
/// </remarks>
internal sealed class SarifFingerprints
{
    /// <summary>The property name in <c>partialFingerprints</c>.</summary>
    public const string Key = "sshdlintFingerprint/v1";

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The fingerprint of the next finding; call in file order so occurrence numbers are stable.
    /// </summary>
    /// <param name="ruleId">The rule id (<c>SSHD2001</c>).</param>
    /// <param name="uri">The file as written in the log (relative to <c>%SRCROOT%</c> where possible).</param>
    /// <param name="lineText">The full text of the finding's first line, without its line break.</param>
    /// <param name="flaggedText">The text of the finding's span.</param>
    public string Next(string ruleId, string uri, string lineText, string flaggedText)
    {
        string identity = string.Join('\0', ruleId, uri, Normalize(lineText), Normalize(flaggedText));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        string digest = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        int occurrence = _seen.TryGetValue(digest, out int n) ? n + 1 : 1;
        _seen[digest] = occurrence;
        return string.Create(CultureInfo.InvariantCulture, $"{digest}:{occurrence}");
    }

    /// <summary>Trims and collapses blanks (sshd splits on spaces and tabs, so they carry no meaning).</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool blank = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
            {
                blank = true;
                continue;
            }
            if (blank && sb.Length > 0) sb.Append(' ');
            blank = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
