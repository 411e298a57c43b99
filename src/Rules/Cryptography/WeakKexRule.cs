// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2022: the effective KexAlgorithms list enables SHA-1 or 1024-bit finite-field key exchange
/// (diffie-hellman-group1-sha1, diffie-hellman-group14-sha1, diffie-hellman-group-exchange-sha1); under strict options
/// also NIST-curve ECDH, 2048-bit groups and group exchange (whose strength depends on the moduli file). On Debian
/// builds with GSSAPIKeyExchange on, GSSAPIKexAlgorithms is graded the same way. Catalog C-44, C-48.
/// </summary>
/// <remarks>
/// diffie-hellman-group14-sha1 was in the server default until 8.1 (dropped in 8.2, semantics.md §9.4); on such
/// targets the default is OpenSSH's own choice and only strict reports it. OpenSSH 10.0 dropped every finite-field
/// group from the server default, so on 10.0+ those names can only come from a line.
/// </remarks>
public sealed class WeakKexRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2022", "weak-kex", "Weak key exchange enabled",
        "{0} enables {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["flag-defaults"] = false,
        // ssh-audit fails NIST curves; CIS, Mozilla, CaC and FIPS keep them: contested.
        ["flag-nist-ecdh"] = false,
        // ssh-audit warns on 2048-bit groups (diffie-hellman-group14-sha256).
        ["flag-2048-bit-dh"] = false,
        // Group exchange is only as strong as /etc/ssh/moduli (ssh-audit and Mozilla want >= 3071-bit groups, C-50).
        ["flag-group-exchange"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object>
        {
            ["flag-defaults"] = true, ["flag-nist-ecdh"] = true, ["flag-2048-bit-dh"] = true, ["flag-group-exchange"] = true,
        }),
        _ => null,
    };

    // 1024-bit Oakley group 2 and SHA-1: within reach of nation-state precomputation (Logjam).
    private static readonly Weakness Group1 = new("1024-bit SHA-1 key exchange", "1024-bit SHA-1 key exchanges", DiagnosticSeverity.Error, false, 0);
    private static readonly Weakness Sha1 = new("SHA-1 key exchange", "SHA-1 key exchanges", DiagnosticSeverity.Warning, true, 1);
    private static readonly Weakness Dh2048 = new("2048-bit key exchange", "2048-bit key exchanges", DiagnosticSeverity.Info, false, 2);
    private static readonly Weakness GroupExchange = new(
        "group-exchange key exchange (safe only with moduli of 3072 bits or more)",
        "group-exchange key exchanges (safe only with moduli of 3072 bits or more)", DiagnosticSeverity.Info, false, 3);
    private static readonly Weakness NistEcdh = new("NIST-curve key exchange", "NIST-curve key exchanges", DiagnosticSeverity.Info, false, 4);

    internal static Weakness? Classify(string name, bool nist, bool dh2048, bool gex) => name switch
    {
        "diffie-hellman-group1-sha1" or "gss-group1-sha1-" => Group1,
        "diffie-hellman-group14-sha1" or "diffie-hellman-group-exchange-sha1" or "gss-group14-sha1-" or "gss-gex-sha1-" => Sha1,
        "diffie-hellman-group14-sha256" or "gss-group14-sha256-" => dh2048 ? Dh2048 : null,
        "diffie-hellman-group-exchange-sha256" => gex ? GroupExchange : null,
        "ecdh-sha2-nistp256" or "ecdh-sha2-nistp384" or "ecdh-sha2-nistp521" or "gss-nistp256-sha256-" => nist ? NistEcdh : null,
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        bool flagDefaults = context.Options.GetBool("flag-defaults", false);
        bool nist = context.Options.GetBool("flag-nist-ecdh", false);
        bool dh2048 = context.Options.GetBool("flag-2048-bit-dh", false);
        bool gex = context.Options.GetBool("flag-group-exchange", false);
        Weakness? Classify(string n) => WeakKexRule.Classify(n, nist, dh2048, gex);

        foreach (var setting in AlgorithmLists.Settings(context, "KexAlgorithms"))
        {
            var flagged = AlgorithmLists.Flag(setting, Classify, flagDefaults);
            if (flagged.Count == 0) continue;
            var names = flagged.Select(f => f.Name).ToList();
            var fix = AlgorithmLists.RemovalFix(context, setting, names, AlgorithmLists.RemoveTitle(names, "KexAlgorithms"), FixApplicability.Dangerous);
            context.Report(setting.Occurrence, [setting.KeywordText, AlgorithmLists.Describe(flagged)], fix is null ? null : [fix],
                context.GradedSeverity(AlgorithmLists.MaxSeverity(flagged)), AlgorithmLists.DefaultNote(context));
        }

        AnalyzeGssapi(context, Classify, flagDefaults);
    }

    /// <summary>
    /// Debian's GSSAPI key-exchange patch: GSSAPIKexAlgorithms (gss-* prefixes, no +/-/^) matters only when
    /// GSSAPIKeyExchange is yes. Its default offers gss-group14-sha1- and gss-gex-sha1-.
    /// </summary>
    private static void AnalyzeGssapi(RuleContext context, Func<string, Weakness?> classify, bool flagDefaults)
    {
        if (!context.Knows("GSSAPIKexAlgorithms") || !context.Knows("GSSAPIKeyExchange")) return;
        if (context.Global("GSSAPIKeyExchange").Word != "yes") return;
        var occurrence = context.Global("GSSAPIKexAlgorithms");
        if (occurrence.Arguments.Count == 0) return;
        var list = occurrence.Arguments[0].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var flagged = new List<(string Name, Weakness Weakness)>();
        foreach (var name in list)
        {
            if (classify(name) is not { } w) continue;
            if (w.ToleratedInDefault && !flagDefaults && occurrence.IsDefault) continue;
            flagged.Add((name, w));
        }
        if (flagged.Count == 0) return;
        var names = flagged.Select(f => f.Name).ToList();
        var remaining = list.Where(n => !names.Contains(n)).ToList();
        CodeFix? fix = null;
        if (remaining.Count > 0)
        {
            string title = AlgorithmLists.RemoveTitle(names, "GSSAPIKexAlgorithms");
            // The catalog rates GSSAPIKexAlgorithms changes UNSAFE (C-48): only Kerberos clients using GSSAPI key
            // exchange are affected, and they fall back to the ordinary key exchange.
            fix = FixBuilder.SetGlobal(context, "GSSAPIKexAlgorithms", string.Join(',', remaining), title, FixApplicability.Unsafe);
        }
        string keyword = occurrence.Line?.Syntax.KeywordText ?? "GSSAPIKexAlgorithms";
        context.Report(occurrence, [keyword, AlgorithmLists.Describe(flagged)], fix is null ? null : [fix],
            context.GradedSeverity(AlgorithmLists.MaxSeverity(flagged)), AlgorithmLists.DefaultNote(context));
    }
}
