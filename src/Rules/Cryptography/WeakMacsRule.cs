// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2021: the effective MACs list enables MD5 or RIPEMD-160 MACs, truncated 96-bit MACs, SHA-1 MACs the
/// configuration names, and, under strict options, SHA-1 MACs from the default list, 64-bit UMAC tags and
/// encrypt-and-MAC (non-etm) modes. Catalog C-43.
/// </summary>
/// <remarks>
/// hmac-sha1 and hmac-sha1-etm@openssh.com are in every OpenSSH default (7.0–10.5, semantics.md §9.3) and HMAC-SHA1 is
/// not broken, so the recommended profile leaves the default alone and only reports SHA-1 MACs a line adds. ssh-audit
/// fails them, hence <c>flag-defaults</c> under strict.
/// </remarks>
public sealed class WeakMacsRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2021", "weak-macs", "Weak MAC enabled",
        "{0} enables {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["flag-defaults"] = false,
        ["flag-umac-64"] = false,
        ["require-etm"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object>
        {
            ["flag-defaults"] = true, ["flag-umac-64"] = true, ["require-etm"] = true,
        }),
        // CIS (Ubuntu 5.1.15, RHEL 9 5.1.6) lists umac-64 among the weak MACs but keeps hmac-sha1.
        "cis" => new RuleSetting(true, null, new Dictionary<string, object> { ["flag-umac-64"] = true }),
        _ => null,
    };

    private static readonly Weakness BrokenHash = new("MD5/RIPEMD-160 MAC", "MD5/RIPEMD-160 MACs", DiagnosticSeverity.Warning, false, 0);
    private static readonly Weakness Truncated = new("truncated 96-bit MAC", "truncated 96-bit MACs", DiagnosticSeverity.Warning, false, 1);
    private static readonly Weakness Sha1 = new("SHA-1 MAC", "SHA-1 MACs", DiagnosticSeverity.Warning, true, 2);
    private static readonly Weakness ShortTag = new("64-bit-tag MAC", "64-bit-tag MACs", DiagnosticSeverity.Info, false, 3);
    private static readonly Weakness NotEtm = new("encrypt-and-MAC (non-etm) MAC", "encrypt-and-MAC (non-etm) MACs", DiagnosticSeverity.Info, false, 4);

    internal static Weakness? Classify(string name, bool umac64, bool etm)
    {
        if (name.StartsWith("hmac-md5", StringComparison.Ordinal) || name.StartsWith("hmac-ripemd160", StringComparison.Ordinal)) return BrokenHash;
        if (name.Contains("-96", StringComparison.Ordinal)) return Truncated;
        if (name.StartsWith("hmac-sha1", StringComparison.Ordinal)) return Sha1;
        if (name.StartsWith("umac-64", StringComparison.Ordinal)) return umac64 ? ShortTag : null;
        if (!name.Contains("-etm@", StringComparison.Ordinal)) return etm ? NotEtm : null;
        return null;
    }

    public override void Analyze(RuleContext context)
    {
        bool flagDefaults = context.Options.GetBool("flag-defaults", false);
        bool umac64 = context.Options.GetBool("flag-umac-64", false);
        bool etm = context.Options.GetBool("require-etm", false);
        foreach (var setting in AlgorithmLists.Settings(context, "MACs"))
        {
            var flagged = AlgorithmLists.Flag(setting, n => Classify(n, umac64, etm), flagDefaults);
            if (flagged.Count == 0) continue;
            var names = flagged.Select(f => f.Name).ToList();
            var fix = AlgorithmLists.RemovalFix(context, setting, names, AlgorithmLists.RemoveTitle(names, "MACs"), FixApplicability.Dangerous);
            context.Report(setting.Occurrence, [setting.KeywordText, AlgorithmLists.Describe(flagged)], fix is null ? null : [fix],
                context.GradedSeverity(AlgorithmLists.MaxSeverity(flagged)), AlgorithmLists.DefaultNote(context));
        }
    }
}
