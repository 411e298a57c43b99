// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2023: the effective KexAlgorithms list has no post-quantum hybrid (sntrup761x25519-sha512, 8.5+;
/// mlkem768x25519-sha256, 9.9+) although the target supports one. Catalog C-44 ("post-quantum hybrid first").
/// </summary>
/// <remarks>
/// Off by default: widely used hardened lists (Mozilla modern, older dev-sec and ssh-audit guides) predate the hybrids
/// and name only curve25519, and the recommended profile must keep those clean. The stock defaults contain a hybrid
/// from 8.9 (9.0 puts it first); on 8.5–8.8 the default lacks one, which is reported only with <c>flag-defaults</c>
/// (strict). OpenSSH 10.1 clients warn on every connection that does not use a post-quantum key exchange.
/// </remarks>
public sealed class NoPostQuantumKexRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2023", "no-post-quantum-kex", "No post-quantum key exchange",
        "{0} offers no post-quantum key exchange although OpenSSH {1} supports {2}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["flag-defaults"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["flag-defaults"] = true }),
        _ => null,
    };

    /// <summary>Hybrid post-quantum key exchanges (including the experimental 8.0–8.4 one, which counts as present).</summary>
    internal static bool IsPostQuantum(string name) =>
        name.StartsWith("sntrup", StringComparison.Ordinal) || name.StartsWith("mlkem", StringComparison.Ordinal);

    /// <summary>The hybrids worth adding on the target, best first (the 10.0 default order).</summary>
    internal static List<string> Recommended(Target target)
    {
        var result = new List<string>();
        foreach (var name in new[] { "mlkem768x25519-sha256", "sntrup761x25519-sha512@openssh.com" })
        {
            if (AlgorithmCatalog.IsSupported(AlgorithmListKind.KexAlgorithms, name, target)) result.Add(name);
        }
        return result;
    }

    public override void Analyze(RuleContext context)
    {
        var available = Recommended(context.Target);
        if (available.Count == 0) return; // before 8.5 there is no stable hybrid to ask for
        bool flagDefaults = context.Options.GetBool("flag-defaults", false);
        foreach (var setting in AlgorithmLists.Settings(context, "KexAlgorithms"))
        {
            if (setting.Value.Effective.Any(IsPostQuantum)) continue;
            if (setting.Occurrence.IsDefault && !flagDefaults) continue;
            var fix = BuildFix(context, setting, available);
            context.Report(setting.Occurrence, [setting.KeywordText, context.Target.Version, string.Join(" and ", available)],
                fix is null ? null : [fix], defaultNote: $"the OpenSSH {context.Target.Version} default list has no hybrid");
        }
    }

    /// <summary>
    /// Adds the hybrids. Adding a key exchange cannot make negotiation fail (the client picks the first name both sides
    /// offer), so unlike other list changes this is UNSAFE, not DANGEROUS.
    /// </summary>
    private static CodeFix? BuildFix(RuleContext context, AlgorithmListSetting setting, List<string> add)
    {
        var value = setting.Value;
        var target = context.Target;
        string title = "Add " + string.Join(" and ", add) + " to KexAlgorithms";
        var items = value.Items.Where(i => i.Length > 0 && !add.Contains(i)).ToList();
        string candidate = setting.Occurrence.IsDefault
            ? "^" + string.Join(',', add)
            : value.Operation switch
            {
                AlgorithmListOperation.Replace => string.Join(',', add.Concat(items)),
                AlgorithmListOperation.Append => "+" + string.Join(',', items.Concat(add)),
                AlgorithmListOperation.Prepend => "^" + string.Join(',', add.Concat(items)),
                _ => string.Join(',', add.Concat(value.Effective.Where(n => !add.Contains(n)))),
            };
        var assembly = AlgorithmAssembler.Assemble(AlgorithmListKind.KexAlgorithms, candidate, target);
        if (assembly.Failed || !assembly.Effective.Any(IsPostQuantum)) return null;
        if (setting.Occurrence.Line is { } line) return FixBuilder.ReplaceValue(line, candidate, title, FixApplicability.Unsafe);
        return FixBuilder.SetGlobal(context, "KexAlgorithms", candidate, title, FixApplicability.Unsafe);
    }
}
