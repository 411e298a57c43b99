// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1010: a second Subsystem line with a name already defined in the same scope. Since OpenSSH 9.5 sshd keeps
/// the first definition and ignores the repeat (logged at debug level only); before 9.5 the repeat is fatal and
/// the binder reports duplicate-subsystem (SSHD0008) instead. Catalog C-07.
/// </summary>
public sealed class DuplicateSubsystemIgnoredRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1010", "duplicate-subsystem-ignored", "Subsystem defined again and ignored",
        "{0} has no effect: {1} already defines subsystem {2} ({3})", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (!context.Target.Version.AtLeast(9, 5)) return;
        var table = context.Keywords;
        foreach (var s in EffectiveConfig.FindShadowedLines(context.Model))
        {
            if (ShadowAnalysis.PrecedenceOf(table, s.Line) != Precedence.AccumulatesByName) continue;
            string name = s.Line.Syntax.ArgumentValues.FirstOrDefault() ?? "";
            var related = new List<RelatedLocation> { new(s.WinningLine.Location, "sshd keeps this definition") };
            var fix = FixBuilder.DeleteLine(s.Line, "Remove the ignored Subsystem line");
            string suffix = s.Line.Scope is { } scope ? $" (in {scope})" : "";
            context.Report(s.Line.Location,
                [DirectiveText.Display(s.Line), DirectiveText.Reference(s.WinningLine, s.Line.File), name, DirectiveText.RawArguments(s.WinningLine)],
                [fix], related, suffix);
        }
    }
}
