// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2010: users' known_hosts files feed host-based trust (catalog C-30; STIG RHEL-09-255150). The default is
/// <c>no</c> and the setting only matters for host-based authentication, so the rule is off by default and on under
/// <c>strict</c> and <c>stig</c>, where the absent keyword is reported too.
/// </summary>
public sealed class IgnoreUserKnownHostsDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2010", "ignore-user-known-hosts", "Users' known_hosts files trusted for host-based login",
        "IgnoreUserKnownHosts {0} lets users' ~/.ssh/known_hosts vouch for client hosts in host-based authentication", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context) =>
        AuthenticationFacts.ReportWords(context, "IgnoreUserKnownHosts", ["no"], "yes", FixApplicability.Unsafe, o => [o.Word]);
}
