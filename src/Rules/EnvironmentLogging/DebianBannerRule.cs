// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2090: Debian's package revision in the protocol banner (catalog C-81). DebianBanner exists only in Debian's
/// build (debian-banner patch), where it defaults to yes; the catalog has no printable default for it (sshd -T does
/// not print it), so an absent line is treated as yes here. Off by default, on under <c>strict</c>. Global only.
/// </summary>
public sealed class DebianBannerRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2090", "debian-banner", "Debian revision in the protocol banner",
        "DebianBanner {0} adds the Debian package revision to the banner every client sees", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows("DebianBanner")) return;
        var occurrence = context.Global("DebianBanner");
        const string title = "Set DebianBanner to no";
        var fix = FixBuilder.SetGlobal(context, "DebianBanner", "no", title, FixApplicability.Unsafe);
        if (occurrence.Line is null)
        {
            context.Report(context.DefaultLocation(), ["yes"], [fix], null, " (DebianBanner is not set; Debian's default is yes)");
            return;
        }
        if (occurrence.Word == "yes") context.Report(occurrence, [occurrence.Word], [fix]);
    }
}
