// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2025: the signature algorithms sshd accepts from users, client hosts and certificate authorities
/// (PubkeyAcceptedAlgorithms, called PubkeyAcceptedKeyTypes before 8.5; HostbasedAcceptedAlgorithms /
/// HostbasedAcceptedKeyTypes; CASignatureAlgorithms, 7.9+) include DSA or RSA/SHA-1; under strict, ECDSA too.
/// Catalog C-46.
/// </summary>
/// <remarks>
/// The user and host-based lists only matter where the method is enabled: a list is skipped when PubkeyAuthentication
/// (or HostbasedAuthentication) is off for every connection it applies to. ssh-rsa left the user/host defaults in 8.8 and
/// the CA default in 8.2.
/// </remarks>
public sealed class WeakPubkeyAlgorithmsRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2025", "weak-pubkey-algorithms", "Weak user or CA signature algorithm accepted",
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
        Check(context, AlgorithmLists.KnownKeyword(context, "PubkeyAcceptedAlgorithms", "PubkeyAcceptedKeyTypes"), "PubkeyAuthentication", flagDefaults, flagEcdsa);
        Check(context, AlgorithmLists.KnownKeyword(context, "HostbasedAcceptedAlgorithms", "HostbasedAcceptedKeyTypes"), "HostbasedAuthentication", flagDefaults, flagEcdsa);
        // CA signatures also verify cert-authority lines in authorized_keys, which the configuration cannot show: always checked.
        Check(context, AlgorithmLists.KnownKeyword(context, "CASignatureAlgorithms"), null, flagDefaults, flagEcdsa);
    }

    private static void Check(RuleContext context, string? keyword, string? method, bool flagDefaults, bool flagEcdsa)
    {
        if (keyword is null) return;
        // The method's value globally and in each Match block that sets it, gathered once (files can be huge).
        bool globalOn = method is null || context.Global(method).Word == "yes";
        var inBlocks = method is null ? [] : context.InMatchBlocks(method).ToDictionary(o => o.Scope!, o => o.Word == "yes");
        foreach (var setting in AlgorithmLists.Settings(context, keyword))
        {
            if (method is not null && !MethodEnabled(setting.Occurrence.Scope, globalOn, inBlocks)) continue;
            KeyAlgorithms.Check(context, setting, flagDefaults, flagEcdsa);
        }
    }

    /// <summary>
    /// True when the authentication method can be used with this list: in the Match block itself (its own value, else
    /// the global one), or, for the global list, globally or in some Match block.
    /// </summary>
    private static bool MethodEnabled(MatchScope? scope, bool globalOn, Dictionary<MatchScope, bool> inBlocks)
    {
        if (scope is not null) return inBlocks.TryGetValue(scope, out bool on) ? on : globalOn;
        return globalOn || inBlocks.ContainsValue(true);
    }
}
