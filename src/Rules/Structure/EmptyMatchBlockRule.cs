// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1004: a Match line followed by nothing up to the next Match line or the end of its file. Catalog C-12.
/// </summary>
/// <remarks>
/// Removing the line is safe: a block ends at the next Match or at the end of the file (sshd_config(5) "Match"),
/// so no directive changes scope. Invalid Match lines are left to bad-match-condition (SSHD0007).
/// </remarks>
public sealed class EmptyMatchBlockRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1004", "empty-match-block", "Match block without directives",
        "{0} is empty: no directive follows it before {1}", DiagnosticSeverity.Info,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var scope in context.Model.MatchScopes)
        {
            if (scope.Condition is null) continue;
            if (scope.Header.Syntax.Parent is not MatchBlockSyntax block || block.Directives.Length > 0) continue;
            var members = block.Parent is ConfigFileSyntax file ? file.Members : default;
            int index = members.IsDefault ? -1 : members.IndexOf(block);
            string next = index >= 0 && index + 1 < members.Length ? "the next Match line" : "the end of the file";
            var fix = FixBuilder.DeleteLine(scope.Header, "Remove the empty Match block");
            context.Report(scope.Header.Location, [scope.ToString(), next], [fix]);
        }
    }
}
