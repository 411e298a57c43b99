// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2024: the effective HostKeyAlgorithms list enables DSA (ssh-dss) or RSA/SHA-1 (ssh-rsa, its certificate form)
/// host key signatures; under strict, ECDSA too. Catalog C-45.
/// </summary>
/// <remarks>
/// ssh-rsa was in the default until 8.7: on those targets the default is reported only with <c>flag-defaults</c>
/// (strict), while <c>+ssh-rsa</c> on 8.8+ is reported by the recommended profile with a message that says it undoes
/// the 8.8 change.
/// </remarks>
public sealed class WeakHostKeyAlgorithmsRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2024", "weak-host-key-algorithms", "Weak host key signature algorithm enabled",
        "{0} {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["flag-defaults"] = false,
        ["flag-ecdsa"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["flag-defaults"] = true, ["flag-ecdsa"] = true }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        bool flagDefaults = context.Options.GetBool("flag-defaults", false);
        bool flagEcdsa = context.Options.GetBool("flag-ecdsa", false);
        foreach (var setting in AlgorithmLists.Settings(context, "HostKeyAlgorithms"))
            KeyAlgorithms.Check(context, setting, flagDefaults, flagEcdsa);
    }
}
