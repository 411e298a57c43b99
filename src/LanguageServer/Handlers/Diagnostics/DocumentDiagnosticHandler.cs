// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;

namespace SshdLint.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// <c>textDocument/diagnostic</c> (LSP 3.17 "Document Diagnostics", pull model). The result id is a fingerprint of the
/// diagnostics themselves, so a client holding that id gets <c>unchanged</c> even across edits that change nothing.
/// </summary>
internal sealed class DocumentDiagnosticHandler : RequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    public const string MethodName = "textDocument/diagnostic";

    public override string Method => MethodName;

    public override JsonTypeInfo<DocumentDiagnosticParams> ParamsType => LspJsonContext.Default.DocumentDiagnosticParams;

    public override JsonTypeInfo<DocumentDiagnosticReport> ResultType => LspJsonContext.Default.DocumentDiagnosticReport;

    public override Task<DocumentDiagnosticReport?> HandleAsync(DocumentDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is null)
            return Task.FromResult<DocumentDiagnosticReport?>(new DocumentDiagnosticReport { Kind = DocumentDiagnosticReportKind.Full, Items = [] });
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = DiagnosticsPublisher.Compute(context.Server, context.Snapshot, context.Document, out _);
        string resultId = DiagnosticsPublisher.Fingerprint(diagnostics);
        if (request.PreviousResultId == resultId)
            return Task.FromResult<DocumentDiagnosticReport?>(new DocumentDiagnosticReport { Kind = DocumentDiagnosticReportKind.Unchanged, ResultId = resultId });
        return Task.FromResult<DocumentDiagnosticReport?>(new DocumentDiagnosticReport { Kind = DocumentDiagnosticReportKind.Full, ResultId = resultId, Items = diagnostics });
    }
}
