// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Text;
using SshdLint.Rules;
using SshdLint.Rules.Fixes;
using EngineDiagnostic = SshdLint.Parser.Diagnostics.Diagnostic;

namespace SshdLint.LanguageServer.Handlers.CodeActions;

/// <summary>
/// <c>textDocument/codeAction</c> (LSP 3.17 "Code Action Request"): for each finding on the lines asked about, one
/// quick fix per fix the rule offers (preferred when it is the finding's only safe fix; unsafe and dangerous ones say
/// so in their title), and "suppress on this line"; for the document, <c>source.fixAll.sshdlint</c> with every safe
/// fix. Fixes that edit several files become multi-file workspace edits.
/// </summary>
internal sealed partial class CodeActionHandler : RequestHandler<CodeActionParams, List<CodeAction>>
{
    public const string MethodName = "textDocument/codeAction";

    public override string Method => MethodName;

    public override JsonTypeInfo<CodeActionParams> ParamsType => LspJsonContext.Default.CodeActionParams;

    public override JsonTypeInfo<List<CodeAction>> ResultType => LspJsonContext.Default.ListCodeAction;

    public override string? Validate(CodeActionParams request) => base.Validate(request) ?? (request.Range is null ? "range is required" : null);

    [GeneratedRegex(@"^(?<head>\s*#\s*sshdlint-disable-next-line\s+)(?<codes>[A-Za-z0-9,\- ]+?)(?<tail>\s*(--.*)?)$")]
    private static partial Regex SuppressionLine();

    public override Task<List<CodeAction>?> HandleAsync(CodeActionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var analysis = context.GetAnalysis();
        if (analysis is null || context.Document is not { } document || analysis.FileAt(document.Path) is not { } file)
            return Task.FromResult<List<CodeAction>?>(actions);
        var text = file.Tree.Text;
        var span = ProtocolConversions.ToTextSpan(text, request.Range!);
        int firstLine = text.GetLineNumber(span.Start);
        int lastLine = text.GetLineNumber(span.End);
        var only = request.Context?.Only;
        var snapshot = context.Snapshot;
        bool documentChanges = context.Server.Capabilities.DocumentChanges;
        var findings = analysis.DiagnosticsFor(document.Path);

        if (Wants(only, CodeActionKind.QuickFix))
        {
            foreach (var finding in findings)
            {
                var lines = finding.Location.LineSpan;
                if (lines.End.Line < firstLine || lines.Start.Line > lastLine) continue;
                cancellationToken.ThrowIfCancellationRequested();
                var lsp = ProtocolConversions.ToLspDiagnostic(finding, snapshot);
                int safeFixes = finding.Fixes.Count(f => f.Applicability == FixApplicability.Safe);
                foreach (var fix in finding.Fixes)
                {
                    var edit = ProtocolConversions.ToWorkspaceEdit(fix.Edits, analysis, snapshot, documentChanges);
                    if (edit is null) continue;
                    actions.Add(new CodeAction
                    {
                        Title = Title(fix),
                        Kind = CodeActionKind.QuickFix,
                        Diagnostics = [lsp],
                        // One keystroke may apply only a fix that cannot change what sshd does (LSP 3.17 "isPreferred").
                        IsPreferred = fix.Applicability == FixApplicability.Safe && safeFixes == 1 ? true : null,
                        Edit = edit,
                    });
                }
                if (Suppress(finding, file, text, snapshot, analysis, documentChanges) is { } suppress)
                {
                    suppress.Diagnostics = [lsp];
                    actions.Add(suppress);
                }
            }
        }
        if (Wants(only, CodeActionKind.SourceFixAllSshdLint) && FixAll(analysis, document, text, snapshot, documentChanges) is { } fixAll)
            actions.Add(fixAll);
        return Task.FromResult<List<CodeAction>?>(actions);
    }

    /// <summary>True when the client asked for this kind: <c>only</c> is absent, or names the kind or one of its parents.</summary>
    private static bool Wants(List<string>? only, string kind) =>
        only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    /// <summary>The fix's instruction; behaviour-changing fixes say so, so a user never applies one unawares.</summary>
    internal static string Title(CodeFix fix) => fix.Applicability switch
    {
        FixApplicability.Safe => fix.Title,
        FixApplicability.Unsafe => $"{fix.Title} (changes behaviour)",
        _ => $"⚠ {fix.Title} (dangerous: may lock users out or break clients; review before reloading sshd)",
    };

    /// <summary>
    /// Adds the finding's id to a <c># sshdlint-disable-next-line</c> comment above its line: a new comment with the
    /// line's indentation, or the existing one extended. Full-line comments only, which every sshd reads the same way.
    /// </summary>
    private static CodeAction? Suppress(EngineDiagnostic finding, ConfigFile file, SourceText text, ServerSnapshot snapshot, Analysis analysis, bool documentChanges)
    {
        if (finding.Descriptor == InternalDescriptors.UnusedSuppression) return null;
        int line = finding.Location.LineSpan.Start.Line;
        if (Server.SyntaxQueries.DirectiveOnLine(file.Tree, line) is not { } directive) return null;
        TextChange change;
        if (line > 0 && SuppressionLine().Match(text.ToString(text.GetLineSpan(line - 1))) is { Success: true } existing)
        {
            if (existing.Groups["codes"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Contains(finding.Id, StringComparer.OrdinalIgnoreCase))
                return null;
            int at = text.LineStarts[line - 1] + existing.Groups["codes"].Index + existing.Groups["codes"].Length;
            change = new TextChange(new TextSpan(at, 0), "," + finding.Id);
        }
        else
        {
            int start = text.LineStarts[line];
            string indentation = text.ToString(TextSpan.FromBounds(start, directive.Keyword.Span.Start));
            if (indentation.Any(c => c is not (' ' or '\t'))) indentation = "";
            change = new TextChange(new TextSpan(start, 0), $"{indentation}# sshdlint-disable-next-line {finding.Id}{text.PreferredLineEnding}");
        }
        var edit = ProtocolConversions.ToWorkspaceEdit([new FileTextEdit(file.Path, change)], analysis, snapshot, documentChanges);
        return edit is null ? null : new CodeAction { Title = $"Suppress {finding.Id} ({finding.Descriptor.Name}) on this line", Kind = CodeActionKind.QuickFix, Edit = edit };
    }

    /// <summary>
    /// Every safe fix for the findings in this document whose edits stay in it, overlapping ones dropped (as
    /// <c>sshdlint fix</c> does per pass). Edits to other files are left to the quick fixes: a fix-all may run on save,
    /// and saving one file should not rewrite another.
    /// </summary>
    private static CodeAction? FixAll(Analysis analysis, Document document, SourceText text, ServerSnapshot snapshot, bool documentChanges)
    {
        var own = analysis.DiagnosticsFor(document.Path)
            .Select(d => d with { Fixes = d.Fixes.Where(f => f.Applicability == FixApplicability.Safe && f.Edits.All(e => PathUtilities.Normalize(e.Path) == document.Path)).ToList() })
            .Where(d => d.Fixes.Count > 0)
            .ToList();
        if (own.Count == 0) return null;
        var chosen = FixEngine.Choose(analysis.Lint with { Diagnostics = [.. own] }, new FixPolicy());
        if (chosen.Count == 0) return null;
        var edit = ProtocolConversions.ToWorkspaceEdit(chosen.SelectMany(c => c.Fix.Edits), analysis, snapshot, documentChanges);
        if (edit is null) return null;
        return new CodeAction
        {
            Title = $"Apply all safe SshdLint fixes ({chosen.Count})",
            Kind = CodeActionKind.SourceFixAllSshdLint,
            Diagnostics = chosen.Select(c => ProtocolConversions.ToLspDiagnostic(c.Diagnostic, snapshot)).ToList(),
            Edit = edit,
        };
    }
}
