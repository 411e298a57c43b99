// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2027: RequiredRSASize (9.1+) accepts RSA user and host keys shorter than <c>min-bits</c> (3072, the ssh-audit
/// hardening guides' value; NIST SP 800-57 puts 2048-bit RSA at 112-bit strength). The default is 1024. Catalog C-47.
/// </summary>
/// <remarks>Off by default: raising it rejects users' existing 2048-bit keys, which are still widely considered fine.</remarks>
public sealed class RequiredRsaSizeRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2027", "required-rsa-size", "Short RSA keys accepted",
        "RequiredRSASize {0} accepts RSA keys shorter than {1} bits", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["min-bits"] = 3072,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows("RequiredRSASize")) return; // 9.1+
        int min = context.Options.GetInt("min-bits", 3072);
        string wanted = min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var occurrence in context.Occurrences("RequiredRSASize"))
        {
            if (occurrence.Value is not IntegerValue { Value: var bits } || bits >= min) continue;
            string title = $"Set RequiredRSASize to {wanted}";
            // DANGEROUS (catalog C-47): users and hosts with shorter RSA keys can no longer authenticate.
            var fix = occurrence.Scope is { } scope
                ? FixBuilder.SetInBlock(scope, occurrence.Line, "RequiredRSASize", wanted, title, FixApplicability.Dangerous)
                : FixBuilder.SetGlobal(context, "RequiredRSASize", wanted, title, FixApplicability.Dangerous);
            context.Report(occurrence, [bits, wanted], [fix]);
        }
    }
}
