// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2063: ssh-agent forwarding is allowed (catalog C-67). The default is <c>yes</c>; turning it off breaks hopping
/// on with the user's keys and only binds users without a shell, so the rule is off by default and on under strict.
/// <c>DisableForwarding yes</c> satisfies it.
/// </summary>
public sealed class AgentForwardingEnabledRule : ForwardingSwitchRule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2063", "agent-forwarding", "Agent forwarding allowed",
        "AllowAgentForwarding {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    protected override string Keyword => "AllowAgentForwarding";

    protected override string? Allows(RuleContext context, SettingOccurrence occurrence) =>
        occurrence.Flag() == true ? "clients to forward their ssh-agent into sessions" : null;
}
