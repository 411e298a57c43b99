// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2062: TCP port forwarding is allowed (catalog C-66). The default is <c>yes</c>, jump hosts and tunnels depend
/// on it, and users with a shell can forward with their own tools anyway (sshd_config(5)), so the rule is off by
/// default and on under strict. <c>local</c> and <c>remote</c> are reported as partial forwarding unless the option
/// <c>allow-partial</c> is set. <c>DisableForwarding yes</c> satisfies it. CIS v2 asks for DisableForwarding instead
/// (SSHD2067), so the cis profile leaves this rule off rather than report the same gap twice.
/// </summary>
public sealed class TcpForwardingEnabledRule : ForwardingSwitchRule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2062", "tcp-forwarding", "TCP port forwarding allowed",
        "AllowTcpForwarding {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["allow-partial"] = false,
    };

    protected override string Keyword => "AllowTcpForwarding";

    protected override string? Allows(RuleContext context, SettingOccurrence occurrence)
    {
        bool allowPartial = context.Options.GetBool("allow-partial", false);
        return occurrence.EnumWord() switch
        {
            "yes" => "local and remote TCP port forwarding (ssh -L and -R)",
            "local" when !allowPartial => "local TCP port forwarding (ssh -L)",
            "remote" when !allowPartial => "remote TCP port forwarding (ssh -R)",
            _ => null,
        };
    }
}
