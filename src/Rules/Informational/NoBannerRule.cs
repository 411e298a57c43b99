// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Informational;

/// <summary>
/// SSHD4005: no pre-login banner (Banner none, the default). CIS 5.1.5/5.1.8 and STIG RHEL-09-255025 require a
/// legal notice before authentication; others do not (catalog C-80), so the rule is off by default.
/// </summary>
public sealed class NoBannerRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD4005", "no-banner", "No pre-login banner",
        "Banner {0}: no warning text is shown before login", DiagnosticSeverity.Info,
        DiagnosticTags.None, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "cis" or "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("Banner"))
        {
            if (occurrence.Word != "none") continue;
            context.Report(occurrence, [occurrence.Arguments.FirstOrDefault() ?? "none"]);
        }
    }
}
