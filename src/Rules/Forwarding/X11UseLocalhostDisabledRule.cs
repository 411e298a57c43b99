// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2061: the X11 forwarding proxy listens on every interface (<c>X11UseLocalhost no</c>; catalog C-65, STIG
/// RHEL-09-255175). It only matters where X11 forwarding is on, so a <c>no</c> line is reported when some connection
/// it applies to may forward X11: the global line when the global section or a Match block that does not set
/// X11UseLocalhost itself allows X11 forwarding; a block's line when that block does.
/// </summary>
public sealed class X11UseLocalhostDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2061", "x11-use-localhost-disabled", "X11 proxy display reachable from the network",
        "X11UseLocalhost {0} makes the forwarded X11 display listen on every network interface", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var localhost = ScopedSetting.Read(context, "X11UseLocalhost");
        var x11 = ScopedSetting.Read(context, "X11Forwarding");
        var disable = ScopedSetting.Read(context, "DisableForwarding");
        bool X11On(MatchScope? scope) => x11.For(scope).Flag() == true && !disable.For(scope).IsYes();

        if (localhost.Global.Flag() == false)
        {
            bool applies = X11On(null)
                || ScopedSetting.Scopes(x11, disable).Any(s => s is not null && !localhost.IsSetIn(s) && X11On(s));
            if (applies) Report(context, null, localhost.Global);
        }
        foreach (var block in localhost.Blocks)
        {
            if (block.Flag() == false && X11On(block.Scope)) Report(context, block.Scope, block);
        }
    }

    private static void Report(RuleContext context, MatchScope? scope, SettingOccurrence occurrence)
    {
        var fix = ScopedFix.Set(context, scope, occurrence, "X11UseLocalhost", "yes", "Set X11UseLocalhost to yes", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text()], [fix]);
    }
}
