// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1001: a line sshd ignores because another line of the same file sets the keyword first in the same scope
/// (or later, for the few keywords where the last line wins). Catalog C-05.
/// </summary>
public sealed class ShadowedDirectiveRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1001", "shadowed-directive", "Directive overridden by another line of the same file",
        "{0} has no effect: {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var s in ShadowAnalysis.Find(context.Model))
        {
            if (s.Kind == ShadowKind.NotCopiedFromMatch || s.AcrossFiles) continue;
            string why = Explain(s, context, s.Line.File);
            var related = new List<RelatedLocation> { new(s.Winner.Location, "sshd keeps this value") };
            var fix = FixBuilder.DeleteLine(s.Line, "Remove the ignored line");
            string suffix = s.Line.Scope is { } scope ? $" (in {scope})" : "";
            context.Report(s.Line.Location, [DirectiveText.Display(s.Line), why], [fix], related, suffix);
        }
    }

    /// <summary>Why the line loses: which line wins, and with which value.</summary>
    internal static string Explain(Shadowing s, RuleContext context, Parser.Semantics.ConfigFile from)
    {
        string where = DirectiveText.Reference(s.Winner, from);
        bool same = ShadowAnalysis.SameValue(s.Line, s.Winner, context.Target);
        // Name the winner's keyword when it is another name for the setting (an alias).
        string value = s.Winner.Syntax.KeywordText.Equals(s.Line.Syntax.KeywordText, StringComparison.OrdinalIgnoreCase)
            ? same ? "the same value" : DirectiveText.RawArguments(s.Winner)
            : DirectiveText.Display(s.Winner) + (same ? ", the same value" : "");
        if (s.WinnerIsLater)
            return $"{where} sets it again later ({value}), and for {s.Line.SettingName} sshd keeps the last value";
        if (s.Kind == ShadowKind.EarlierStartupBlock)
            return $"{where} sets it first in an earlier block that also applies to every connection ({value})";
        return $"{where} sets it first ({value})";
    }
}
