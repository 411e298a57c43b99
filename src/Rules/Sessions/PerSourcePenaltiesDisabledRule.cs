// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2043: <c>PerSourcePenalties no</c> turns off the per-source penalty box that OpenSSH 9.8 added and enables by
/// default (catalog C-40). The effective value follows servconf.c: every key:value component is first-wins on its
/// own and any component switches penalties on, so <c>no</c> only wins when no line sets a component and the first
/// yes/no is <c>no</c>.
/// </summary>
public sealed class PerSourcePenaltiesDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2043", "per-source-penalties-disabled", "Per-source penalties turned off",
        "PerSourcePenalties {0} stops sshd from blocking sources that repeatedly fail or crash it", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        // 9.8+ only; the keyword is global only.
        if (!context.Knows("PerSourcePenalties")) return;
        var setting = context.Startup.Get("PerSourcePenalties");
        if (setting.IsDefault) return; // enabled by default
        var merged = PerSourcePenaltiesValue.Merge(setting.Values);
        if (merged is null || merged.Enabled) return;
        // The line whose "no" decides: the first one that carries a yes/no switch.
        var decisive = setting.Sources.FirstOrDefault(s => s.Value is PerSourcePenaltiesValue { Switch: not null });
        if (decisive is null) return;
        var occurrence = new SettingOccurrence(setting.Name, null, decisive, decisive.Value, false) { Arguments = decisive.Syntax.ArgumentValues };
        // "yes" must stand alone on the line, so the whole argument list is replaced.
        var fix = FixBuilder.ReplaceValue(decisive, "yes", "Set PerSourcePenalties to yes", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text()], [fix]);
    }
}
