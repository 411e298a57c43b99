// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Deprecated;

/// <summary>
/// SSHD3008: <c>UsePrivilegeSeparation no</c> on a target that still honours it (7.0–7.4; 7.5 made privilege
/// separation mandatory and deprecated the keyword). Catalog C-02.
/// </summary>
public sealed class PrivilegeSeparationDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD3008", "privilege-separation-disabled", "Privilege separation disabled",
        "UsePrivilegeSeparation {0} runs the network-facing code as root", DiagnosticSeverity.Error,
        DiagnosticTags.Security | DiagnosticTags.Deprecated, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (context.Target.Version.AtLeast(7, 5) || !context.Knows("UsePrivilegeSeparation")) return;
        var occurrence = context.Global("UsePrivilegeSeparation");
        if (occurrence.Line is null || occurrence.Word != "no") return;
        // The compiled-in default: "yes" up to 7.1, "sandbox" (privsep plus a seccomp/pledge sandbox) from 7.2.
        string safe = context.Target.Version.AtLeast(7, 2) ? "sandbox" : "yes";
        var fix = FixBuilder.SetGlobal(context, "UsePrivilegeSeparation", safe, $"Set UsePrivilegeSeparation to {safe}", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Arguments.FirstOrDefault() ?? "no"], [fix]);
    }
}
