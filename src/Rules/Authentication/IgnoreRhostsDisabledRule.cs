// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2009: users' <c>.rhosts</c>/<c>.shosts</c> files are honoured (catalog C-29; CIS Ubuntu 5.1.11, RHEL 9 5.1.13,
/// STIG RHEL-09-255145). Before 8.3 IgnoreRhosts is a yes/no flag; 8.3 added <c>shosts-only</c>, which still honours
/// users' <c>.shosts</c>, and allowed the keyword in Match blocks. Reported whether or not host-based authentication
/// is on, as the benchmarks do: the files take effect the moment someone enables it.
/// </summary>
public sealed class IgnoreRhostsDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2009", "ignore-rhosts-disabled", "Users' .rhosts and .shosts files honoured",
        "IgnoreRhosts {0} lets users grant access through their own {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "IgnoreRhosts", ["no", "shosts-only"], "yes", FixApplicability.Unsafe,
            o => [o.Word, o.Word == "no" ? "~/.rhosts and ~/.shosts files" : "~/.shosts file"]);
}
