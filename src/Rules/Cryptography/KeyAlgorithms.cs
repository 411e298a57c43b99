// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// Grading shared by the signature-algorithm lists: HostKeyAlgorithms (SSHD2024) and PubkeyAcceptedAlgorithms,
/// HostbasedAcceptedAlgorithms, CASignatureAlgorithms (SSHD2025). Catalog C-45, C-46.
/// </summary>
internal static class KeyAlgorithms
{
    // DSA keys are fixed at 1024 bits and sign with SHA-1; never in a 7.0+ default, disabled at build time in 9.8,
    // removed in 10.0 (semantics.md §9.4).
    private static readonly Weakness Dsa = new("DSA algorithm", "DSA algorithms", DiagnosticSeverity.Error, false, 0);

    // ssh-rsa signs with SHA-1 (chosen-prefix collisions, "SHA-1 is a Shambles", 2020); dropped from the defaults in
    // 8.8 (8.2 for CASignatureAlgorithms).
    private static readonly Weakness RsaSha1 = new("RSA/SHA-1 signature algorithm", "RSA/SHA-1 signature algorithms", DiagnosticSeverity.Warning, true, 1);

    // NIST curves: ssh-audit fails them (doubts about the curve constants); everyone else accepts them. Strict only.
    private static readonly Weakness Ecdsa = new("ECDSA (NIST curve) algorithm", "ECDSA (NIST curve) algorithms", DiagnosticSeverity.Info, false, 2);

    internal static Weakness? Classify(string name, bool flagEcdsa)
    {
        if (name.StartsWith("ssh-dss", StringComparison.Ordinal)) return Dsa;
        if (name is "ssh-rsa" or "ssh-rsa-cert-v01@openssh.com") return RsaSha1;
        if (flagEcdsa && (name.StartsWith("ecdsa-", StringComparison.Ordinal) || name.StartsWith("sk-ecdsa-", StringComparison.Ordinal)
            || name.StartsWith("webauthn-sk-ecdsa-", StringComparison.Ordinal)))
        {
            return Ecdsa;
        }
        return null;
    }

    /// <summary>The release that dropped RSA/SHA-1 from the keyword's default list.</summary>
    private static OpenSshVersion RsaSha1DroppedIn(AlgorithmListKind kind) =>
        kind == AlgorithmListKind.CASignatureAlgorithms ? new OpenSshVersion(8, 2) : new OpenSshVersion(8, 8);

    /// <summary>Grades one list and reports it (message format <c>{0} {1}</c>: keyword, then what it does).</summary>
    public static void Check(RuleContext context, AlgorithmListSetting setting, bool flagDefaults, bool flagEcdsa)
    {
        var flagged = AlgorithmLists.Flag(setting, n => Classify(n, flagEcdsa), flagDefaults);
        if (flagged.Count == 0) return;

        // "+ssh-rsa" (or "^ssh-rsa") on a target whose default no longer has it: say so, it is the usual way people
        // undo the 8.8 change for an old client, and it re-enables SHA-1 for everyone.
        var value = setting.Value;
        var dropped = RsaSha1DroppedIn(value.Kind);
        var reEnabled = new List<string>();
        if (value.Operation is AlgorithmListOperation.Append or AlgorithmListOperation.Prepend && context.Target.Version >= dropped)
        {
            var defaults = AlgorithmCatalog.Defaults(value.Kind, context.Target);
            foreach (var (name, w) in flagged)
            {
                if (w.ToleratedInDefault && !defaults.Contains(name)) reEnabled.Add(name);
            }
        }

        string predicate;
        if (reEnabled.Count > 0)
        {
            char prefix = value.Operation == AlgorithmListOperation.Append ? '+' : '^';
            predicate = $"{prefix}{string.Join(',', reEnabled)} re-enables RSA/SHA-1 signatures that OpenSSH {dropped} disabled";
            var others = flagged.Where(f => !reEnabled.Contains(f.Name)).ToList();
            if (others.Count > 0) predicate += " and enables " + AlgorithmLists.Describe(others);
        }
        else
        {
            predicate = "enables " + AlgorithmLists.Describe(flagged);
        }

        var names = flagged.Select(f => f.Name).ToList();
        string keyword = setting.Occurrence.Line?.Syntax.KeywordText ?? setting.Occurrence.Keyword;
        var fix = AlgorithmLists.RemovalFix(context, setting, names, AlgorithmLists.RemoveTitle(names, keyword), FixApplicability.Dangerous);
        context.Report(setting.Occurrence, [setting.KeywordText, predicate], fix is null ? null : [fix],
            context.GradedSeverity(AlgorithmLists.MaxSeverity(flagged)), AlgorithmLists.DefaultNote(context));
    }
}
