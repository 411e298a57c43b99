// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2067: forwarding is not switched off as a whole (<c>DisableForwarding yes</c>, 7.4+; catalog C-63, CIS 5.1.8
/// Ubuntu, 5.1.10 RHEL 9). It breaks jump hosts and tunnels, so the rule is off by default and on under CIS and strict.
/// The global value is reported when it is not <c>yes</c>; a Match block that sets <c>no</c> under a global <c>yes</c>
/// gets its own finding, since it turns forwarding back on for the connections it matches.
/// </summary>
public sealed class DisableForwardingNotSetRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2067", "disable-forwarding-not-set", "Forwarding not disabled as a whole",
        "DisableForwarding {0} leaves TCP, Unix-socket, X11 and agent forwarding to their individual switches", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override Profiles.RuleSetting? ForProfile(string profile) => profile switch
    {
        "cis" => new Profiles.RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows("DisableForwarding")) return;
        var setting = ScopedSetting.Read(context, "DisableForwarding");
        if (!setting.Global.IsYes())
        {
            var fix = ScopedFix.Set(context, null, setting.Global, "DisableForwarding", "yes", "Set DisableForwarding to yes", FixApplicability.Unsafe);
            context.Report(setting.Global, [setting.Global.Text()], [fix]);
            return; // blocks that also say "no" change nothing
        }
        foreach (var block in setting.Blocks)
        {
            if (block.Flag() != false) continue;
            var fix = ScopedFix.Set(context, block.Scope, block, "DisableForwarding", "yes", "Set DisableForwarding to yes", FixApplicability.Unsafe);
            context.Report(block, [block.Text()], [fix]);
        }
    }
}
