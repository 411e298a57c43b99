// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>SSHD2004: accounts with an empty password may log in (catalog C-25; CIS 5.1.19, STIG RHEL-09-255040).</summary>
public sealed class PermitEmptyPasswordsRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2004", "permit-empty-passwords", "Empty passwords accepted",
        "PermitEmptyPasswords {0} lets accounts with an empty password log in", DiagnosticSeverity.Error,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "PermitEmptyPasswords", ["yes"], "no", FixApplicability.Unsafe, o => [o.Word]);
}
