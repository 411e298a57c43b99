// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>SSHD2084: ownership and mode checks on users' files switched off (catalog C-84; STIG RHEL-09-255160). Global only.</summary>
public sealed class StrictModesDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2084", "strict-modes-disabled", "StrictModes disabled",
        "StrictModes {0} accepts authorized_keys files and home directories that other users can modify", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "StrictModes", ["no"], "yes", FixApplicability.Unsafe, o => [o.Word]);
}
