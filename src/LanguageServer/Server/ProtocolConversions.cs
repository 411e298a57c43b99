// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Text;
using EngineDiagnostic = SshdLint.Parser.Diagnostics.Diagnostic;
using EngineSeverity = SshdLint.Parser.Diagnostics.DiagnosticSeverity;
using LspDiagnostic = SshdLint.LanguageServer.Protocol.Diagnostic;
using LspLocation = SshdLint.LanguageServer.Protocol.Location;
using LspSeverity = SshdLint.LanguageServer.Protocol.DiagnosticSeverity;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// The one place where engine values become protocol values and back: spans and ranges, diagnostics, fixes.
/// </summary>
/// <remarks>
/// The engine already counts lines and columns as LSP does (zero-based, UTF-16 code units: LSP 3.17 "Position",
/// with the default <c>utf-16</c> position encoding), so positions convert one to one.
/// </remarks>
internal static class ProtocolConversions
{
    /// <summary>The <c>source</c> of every diagnostic.</summary>
    public const string Source = "sshdlint";

    public static Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    public static Range ToRange(LinePositionSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    public static Range ToRange(SourceText text, TextSpan span) => ToRange(text.GetLinePositionSpan(span));

    /// <summary>
    /// The offset of a position. A character past the end of its line means the end of the line, and a line past
    /// the end of the text the end of the text (LSP 3.17 "Position": "defaults back to the line length").
    /// </summary>
    public static int ToOffset(SourceText text, Position position) =>
        text.GetOffset(new LinePosition(Math.Max(0, position.Line), Math.Max(0, position.Character)));

    /// <summary>The span of a range; a reversed range is read in order.</summary>
    public static TextSpan ToTextSpan(SourceText text, Range range)
    {
        int start = ToOffset(text, range.Start);
        int end = ToOffset(text, range.End);
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }

    public static int ToLspSeverity(EngineSeverity severity) => severity switch
    {
        EngineSeverity.Error => LspSeverity.Error,
        EngineSeverity.Warning => LspSeverity.Warning,
        EngineSeverity.Info => LspSeverity.Information,
        _ => LspSeverity.Hint,
    };

    /// <summary>
    /// A finding as an LSP diagnostic: the rule id as <c>code</c> with a <c>codeDescription</c> link to its page,
    /// Unnecessary/Deprecated tags (LSP 3.17 "DiagnosticTag"; the engine's Security tag has no LSP counterpart), related
    /// locations in any file of the configuration, and the rule name and fix titles in <c>data</c>.
    /// </summary>
    public static LspDiagnostic ToLspDiagnostic(EngineDiagnostic diagnostic, ServerSnapshot snapshot)
    {
        List<int>? tags = null;
        if (diagnostic.Descriptor.Tags.HasFlag(DiagnosticTags.Unnecessary)) (tags ??= []).Add(DiagnosticTag.Unnecessary);
        if (diagnostic.Descriptor.Tags.HasFlag(DiagnosticTags.Deprecated)) (tags ??= []).Add(DiagnosticTag.Deprecated);
        return new LspDiagnostic
        {
            Range = ToRange(diagnostic.Location.LineSpan),
            Severity = ToLspSeverity(diagnostic.Severity),
            Code = diagnostic.Id,
            CodeDescription = new CodeDescription { Href = diagnostic.Descriptor.HelpLink },
            Source = Source,
            Message = diagnostic.Message,
            Tags = tags,
            RelatedInformation = diagnostic.RelatedLocations.Count == 0 ? null : diagnostic.RelatedLocations
                .Select(r => new DiagnosticRelatedInformation { Location = ToLocation(r.Location, snapshot), Message = r.Message })
                .ToList(),
            Data = new DiagnosticData
            {
                Name = diagnostic.Descriptor.Name,
                Fatal = diagnostic.Fatal,
                Fixes = diagnostic.Fixes.Count == 0 ? null : diagnostic.Fixes.Select(f => f.Title).ToList(),
            },
        };
    }

    /// <summary>An engine location (any file of the configuration) as an LSP location.</summary>
    public static LspLocation ToLocation(Parser.Diagnostics.Location location, ServerSnapshot snapshot) =>
        new() { Uri = snapshot.UriForPath(location.Path), Range = ToRange(location.LineSpan) };

    /// <summary>
    /// Edits in one or more files as a workspace edit. Versioned <c>documentChanges</c> when the client supports
    /// them, so a client refuses the edit if a file changed since the analysis; <c>changes</c> otherwise.
    /// </summary>
    /// <param name="edits">Edits against the texts the analysis read.</param>
    /// <param name="analysis">The analysis whose files the edits refer to.</param>
    /// <param name="snapshot">For path → URI.</param>
    /// <param name="documentChanges">The client's <c>workspace.workspaceEdit.documentChanges</c> capability.</param>
    /// <returns>Null when an edit names a file the analysis did not read.</returns>
    public static WorkspaceEdit? ToWorkspaceEdit(IEnumerable<FileTextEdit> edits, Analysis analysis, ServerSnapshot snapshot, bool documentChanges)
    {
        var byFile = new List<(string Uri, int? Version, List<TextEdit> Edits)>();
        foreach (var group in edits.GroupBy(e => PathUtilities.Normalize(e.Path), StringComparer.Ordinal))
        {
            var file = analysis.FileAt(group.Key);
            if (file is null) return null;
            var text = file.Tree.Text;
            var converted = group.Select(e => e.Change).Distinct().OrderBy(c => c.Span.Start)
                .Select(c => new TextEdit { Range = ToRange(text, c.Span), NewText = c.NewText })
                .ToList();
            analysis.FileVersions.TryGetValue(group.Key, out int? version);
            byFile.Add((snapshot.UriForPath(group.Key), version, converted));
        }
        if (documentChanges)
        {
            return new WorkspaceEdit
            {
                DocumentChanges = byFile.Select(f => new TextDocumentEdit
                {
                    TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = f.Uri, Version = f.Version },
                    Edits = f.Edits,
                }).ToList(),
            };
        }
        return new WorkspaceEdit { Changes = byFile.ToDictionary(f => f.Uri, f => f.Edits, StringComparer.Ordinal) };
    }
}
