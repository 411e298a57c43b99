// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2020: the effective Ciphers list enables a CBC-mode cipher, RC4 (arcfour*), or a 64-bit-block cipher
/// (3des-cbc, blowfish-cbc, cast128-cbc). None of these is in any OpenSSH 7.0+ server default (semantics.md §9.3),
/// so every finding comes from a line. Catalog C-42.
/// </summary>
public sealed class WeakCiphersRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2020", "weak-ciphers", "Weak cipher enabled",
        "{0} enables {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    // RC4 has biased keystreams (RFC 7465 bans it in TLS); 3DES, Blowfish and CAST-128 have 64-bit blocks (Sweet32).
    // ssh-audit fails these; they were removed from OpenSSH 7.6 except 3des-cbc.
    private static readonly Weakness Rc4 = new("RC4 cipher", "RC4 ciphers", DiagnosticSeverity.Error, false, 0);
    private static readonly Weakness SmallBlock = new("64-bit-block cipher", "64-bit-block ciphers", DiagnosticSeverity.Error, false, 1);

    // CBC with SSH's implicit IV allows plaintext recovery (CVE-2008-5161); ssh-audit warns, every baseline removes it.
    private static readonly Weakness Cbc = new("CBC-mode cipher", "CBC-mode ciphers", DiagnosticSeverity.Warning, false, 2);

    internal static Weakness? Classify(string name) => name switch
    {
        "arcfour" or "arcfour128" or "arcfour256" => Rc4,
        "3des-cbc" or "blowfish-cbc" or "cast128-cbc" => SmallBlock,
        "aes128-cbc" or "aes192-cbc" or "aes256-cbc" or "rijndael-cbc@lysator.liu.se" => Cbc,
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var setting in AlgorithmLists.Settings(context, "Ciphers"))
        {
            var flagged = AlgorithmLists.Flag(setting, Classify, flagDefaults: true);
            if (flagged.Count == 0) continue;
            var names = flagged.Select(f => f.Name).ToList();
            var fix = AlgorithmLists.RemovalFix(context, setting, names, AlgorithmLists.RemoveTitle(names, "Ciphers"), FixApplicability.Dangerous);
            context.Report(setting.Occurrence, [setting.KeywordText, AlgorithmLists.Describe(flagged)], fix is null ? null : [fix],
                context.GradedSeverity(AlgorithmLists.MaxSeverity(flagged)), AlgorithmLists.DefaultNote(context));
        }
    }
}
