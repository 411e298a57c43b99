// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2064: Unix-domain socket forwarding is allowed (catalog C-68). The default is <c>yes</c>; only sshdcc checks it,
/// so the rule is off by default and on under strict. <c>local</c> and <c>remote</c> are reported unless the option
/// <c>allow-partial</c> is set. <c>DisableForwarding yes</c> satisfies it.
/// </summary>
public sealed class StreamLocalForwardingEnabledRule : ForwardingSwitchRule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2064", "stream-local-forwarding", "Unix-socket forwarding allowed",
        "AllowStreamLocalForwarding {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["allow-partial"] = false,
    };

    protected override string Keyword => "AllowStreamLocalForwarding";

    protected override string? Allows(RuleContext context, SettingOccurrence occurrence)
    {
        bool allowPartial = context.Options.GetBool("allow-partial", false);
        return occurrence.EnumWord() switch
        {
            "yes" => "local and remote Unix-socket forwarding",
            "local" when !allowPartial => "local Unix-socket forwarding (ssh -L with a socket path)",
            "remote" when !allowPartial => "remote Unix-socket forwarding (ssh -R with a socket path)",
            _ => null,
        };
    }
}
