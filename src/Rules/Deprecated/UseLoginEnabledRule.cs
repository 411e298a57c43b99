// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Deprecated;

/// <summary>
/// SSHD3009: <c>UseLogin yes</c> on a target that still honours it (7.0–7.3; 7.4 removed the feature and
/// deprecated the keyword). Catalog C-02.
/// </summary>
/// <remarks>
/// With UseLogin, sshd hands interactive sessions to login(1), outside its own handling of the environment and
/// of X11 forwarding. CVE-2015-8325 is the best-known consequence (with UseLogin and PAM reading
/// ~/.pam_environment, local users could give /bin/login a crafted environment; fixed in 7.2p2), and OpenSSH
/// 7.4 removed the option.
/// </remarks>
public sealed class UseLoginEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD3009", "use-login-enabled", "UseLogin enabled",
        "UseLogin {0} hands sessions to login(1), bypassing sshd's own checks", DiagnosticSeverity.Warning,
        DiagnosticTags.Security | DiagnosticTags.Deprecated, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (context.Target.Version.AtLeast(7, 4) || !context.Knows("UseLogin")) return;
        var occurrence = context.Global("UseLogin");
        if (occurrence.Line is null || occurrence.Word != "yes") return;
        var fix = FixBuilder.SetGlobal(context, "UseLogin", "no", "Set UseLogin to no", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Arguments.FirstOrDefault() ?? "yes"], [fix]);
    }
}
