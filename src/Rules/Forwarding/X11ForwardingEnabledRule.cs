// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2060: X11 forwarding is allowed (catalog C-64). Upstream's default is <c>no</c>, but the stock files of Debian,
/// Ubuntu, RHEL and Amazon Linux 2023 set <c>yes</c>; every baseline asks for <c>no</c> (CIS, STIG RHEL-09-255155,
/// dev-sec, Lynis), so the rule is on by default. <c>DisableForwarding yes</c> satisfies it.
/// </summary>
public sealed class X11ForwardingEnabledRule : ForwardingSwitchRule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2060", "x11-forwarding", "X11 forwarding allowed",
        "X11Forwarding {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    protected override string Keyword => "X11Forwarding";

    protected override string? Allows(RuleContext context, SettingOccurrence occurrence) =>
        occurrence.Flag() == true ? "clients to forward X11 displays through the server" : null;
}
