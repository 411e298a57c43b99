// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1003: an Include inside a Match block that pulls in settings written to be global (the drop-in directory,
/// or files with their own Match blocks or global-only keywords), so they silently apply only to the matching
/// connections. Catalog C-09 (ComplianceAsCode sshd_use_directory_configuration).
/// </summary>
/// <remarks>
/// A Match block's scope runs to the next Match line or the end of the file, and an Include inside it is
/// conditional as a whole (semantics.md §6). An Include of a dedicated file (<c>Match Group sftp</c> then
/// <c>Include /etc/ssh/sftp.conf</c>) is a legitimate way to share a block's body and is not reported.
/// </remarks>
public sealed class IncludeAfterMatchRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1003", "include-after-match", "Include inside a Match block",
        "{0} is inside {1}, so {2}", DiagnosticSeverity.Warning,
        DiagnosticTags.None, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        ILookup<BoundDirective, ConfigFile>? filesByInclude = null;
        ILookup<BoundDirective, BoundDirective>? linesByInclude = null;
        foreach (var include in model.Directives)
        {
            if (include.Syntax.Kind != SyntaxKind.IncludeDirective || include.Scope is not { } scope || include.ActiveAtStartup) continue;
            // An Include pulled in by an outer Include inside a Match block is the outer one's problem.
            if (!ReferenceEquals(scope.Header.File, include.File)) continue;

            filesByInclude ??= model.Files.Where(f => f.IncludedBy is not null).ToLookup(f => f.IncludedBy!);
            linesByInclude ??= model.Directives.Where(d => d.File.IncludedBy is not null).ToLookup(d => d.File.IncludedBy!);
            var files = filesByInclude[include].ToList();
            bool dropInDirectory = include.Syntax.ArgumentValues.Any(a => a.Contains("sshd_config.d", StringComparison.Ordinal))
                || files.Any(f => f.Path.Contains("/sshd_config.d/", StringComparison.Ordinal));
            var contents = linesByInclude[include].ToList();
            bool hasMatch = contents.Any(d => d.Syntax.Kind == SyntaxKind.MatchDirective);
            bool hasGlobalOnly = contents.Any(d => d.Syntax.Kind == SyntaxKind.Directive
                && d.Keyword is { Status: KeywordStatus.Active or KeywordStatus.Alias, AllowedInMatch: false });
            if (!dropInDirectory && !hasMatch && !hasGlobalOnly) continue;

            string consequence = hasGlobalOnly
                ? "sshd refuses the global-only keywords it includes"
                : hasMatch
                    ? "the Match blocks it includes also require this block to match"
                    : "the settings it includes apply only to connections matching that block";
            var related = new List<RelatedLocation> { new(scope.Header.Location, "the Match block the Include belongs to") };
            IReadOnlyList<CodeFix> fixes = [];
            if (ReferenceEquals(include.File, model.MainFile))
            {
                // Move the line: delete it here, insert it where global lines go (above the first Match).
                var edits = new List<FileTextEdit>
                {
                    FixBuilder.DeleteLineEdit(include),
                    FixBuilder.InsertGlobalEdit(model, include.Syntax.KeywordText, DirectiveText.RawArguments(include)),
                };
                fixes = [new CodeFix("Move the Include above the first Match block", FixApplicability.Unsafe, edits)];
            }
            context.Report(include.Location, [DirectiveText.Display(include), scope.ToString(), consequence], fixes, related);
        }
    }
}
