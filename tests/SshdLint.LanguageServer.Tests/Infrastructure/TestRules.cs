// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules;
using SshdLint.Rules.Fixes;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A rule made for these tests, so they do not depend on what the rule set contains at any moment: it reports every
/// line that another line wins over, with the winner as related information (often in another file), and offers the
/// DESIGN.md fix "move the setting where it takes effect": delete the ignored line and put its value on the winning
/// line, a two-file edit when the winner is in a drop-in.
/// </summary>
internal sealed class ShadowedLineTestRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1999", "test-shadowed-line", "Line without effect (test rule)",
        "{0} {1} has no effect: sshd uses the value from {2} line {3}", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    /// <summary>The rules a test server runs: the real registry plus this one.</summary>
    public static IReadOnlyList<Rule> WithRegistry { get; } = [.. RuleRegistry.All, new ShadowedLineTestRule()];

    public override void Analyze(RuleContext context)
    {
        foreach (var shadowed in EffectiveConfig.FindShadowedLines(context.Model))
        {
            var line = shadowed.Line;
            var winner = shadowed.WinningLine;
            string value = string.Join(' ', line.Syntax.ArgumentValues);
            var fix = new CodeFix($"Move {line.Syntax.KeywordText} {value} to {Path.GetFileName(winner.File.Path)} line {winner.Syntax.SshdLineNumber}",
                FixApplicability.Unsafe, [FixBuilder.DeleteLineEdit(line), FixBuilder.ReplaceValueEdit(winner, value)]);
            context.Report(line.Location, [line.Syntax.KeywordText, value, winner.File.Path, winner.Syntax.SshdLineNumber], [fix],
                [new RelatedLocation(winner.Location, "the value sshd uses")]);
        }
    }
}
