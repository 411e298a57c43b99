// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1002, the drop-in trap: a line sshd ignores because a line in another file it reads first (a drop-in
/// included at the top of sshd_config, typically) already sets the keyword to a different value. Catalog C-06.
/// </summary>
/// <remarks>
/// Lines that repeat the winning value are not reported: they change nothing today and keep the value if the
/// other file goes away. The fix is unsafe because making the ignored value win changes what sshd does.
/// </remarks>
public sealed class ShadowedByEarlierFileRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1002", "shadowed-by-earlier-file", "Directive overridden by another file",
        "{0} has no effect: {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.None, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var s in ShadowAnalysis.Find(context.Model))
        {
            if (s.Kind == ShadowKind.NotCopiedFromMatch || !s.AcrossFiles) continue;
            if (ShadowAnalysis.SameValue(s.Line, s.Winner, context.Target)) continue;
            string why = ShadowedDirectiveRule.Explain(s, context, s.Line.File);
            var related = new List<RelatedLocation> { new(s.Winner.Location, "sshd keeps this value") };
            // The Include lines that decide the read order: the one pulling the winner in, and the one pulling
            // this file in when it is a drop-in itself.
            foreach (var include in DirectiveText.IncludeChain(s.Winner.File).Concat(DirectiveText.IncludeChain(s.Line.File)).Distinct())
                related.Add(new RelatedLocation(include.Location, $"{include.File.Path} includes {IncludedPath(include, s)} here"));
            string value = DirectiveText.RawArguments(s.Line);
            string title = $"Set {s.Line.SettingName} to {value} in {s.Winner.File.Path} (line {s.Winner.Location.Line})";
            var fix = FixBuilder.ReplaceValue(s.Winner, value, title, FixApplicability.Unsafe);
            string suffix = s.Line.Scope is { } scope ? $" (in {scope})" : "";
            context.Report(s.Line.Location, [DirectiveText.Display(s.Line), why], [fix], related, suffix);
        }
    }

    private static string IncludedPath(Parser.Semantics.BoundDirective include, Shadowing s)
    {
        foreach (var file in new[] { s.Winner.File, s.Line.File })
        {
            for (var f = file; f.IncludedBy is { } by; f = by.File)
                if (by == include) return f.Path;
        }
        return DirectiveText.RawArguments(include);
    }
}
