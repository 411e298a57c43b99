// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Semantics.SshdT;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Handlers.Workspace;

/// <summary>
/// <c>workspace/executeCommand</c> (LSP 3.17 "Execute a command"). One command, <c>sshdlint.effective</c>: what
/// <c>sshdlint effective</c> prints, exactly as <c>sshd -T</c> would, for the configuration a document belongs to.
/// </summary>
/// <remarks>
/// Arguments: the document URI (a string, or an object with <c>uri</c>), then optionally a connection in sshd's
/// <c>-C</c> form (<c>user=alice,host=h,addr=203.0.113.5</c>). The result is the text. A configuration the target sshd
/// would refuse fails with RequestFailed and sshd's first complaint, as <c>sshd -T</c> refuses to print one.
/// </remarks>
internal sealed class ExecuteCommandHandler : RequestHandler<ExecuteCommandParams, string>
{
    public const string MethodName = "workspace/executeCommand";

    /// <summary>The effective-configuration command.</summary>
    public const string Effective = "sshdlint.effective";

    /// <summary>Every command the server runs.</summary>
    public static readonly IReadOnlyList<string> Commands = [Effective];

    public override string Method => MethodName;

    public override JsonTypeInfo<ExecuteCommandParams> ParamsType => LspJsonContext.Default.ExecuteCommandParams;

    public override JsonTypeInfo<string> ResultType => LspJsonContext.Default.String;

    public override string? DocumentUri(ExecuteCommandParams request)
    {
        if (request.Arguments is not [var first, ..]) return null;
        if (first.ValueKind == JsonValueKind.String) return first.GetString();
        if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String) return uri.GetString();
        return null;
    }

    public override string? Validate(ExecuteCommandParams request)
    {
        if (request.Command is null) return "command is required";
        if (!Commands.Contains(request.Command)) return $"unknown command '{request.Command}' (commands: {string.Join(", ", Commands)})";
        if (DocumentUri(request) is null) return $"{request.Command} needs the document URI as its first argument";
        if (request.Arguments is [_, var second, ..] && second.ValueKind != JsonValueKind.String && second.ValueKind != JsonValueKind.Null)
            return $"{request.Command}: the second argument must be a connection such as \"user=alice,addr=203.0.113.5\"";
        return null;
    }

    public override Task<string?> HandleAsync(ExecuteCommandParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is null) throw Failed($"{Effective}: cannot read {DocumentUri(request)}");
        var analysis = context.GetAnalysis() ?? throw Failed($"{Effective}: the file is too large to analyse in the editor");
        var target = analysis.Model.Target;
        // Without a connection, as sshd -T without -C: Match blocks are evaluated with no connection data.
        var connection = new ConnectionContext();
        if (request.Arguments is [_, { ValueKind: JsonValueKind.String } spec, ..] && spec.GetString() is { Length: > 0 } text
            && !ConnectionContext.TryParse(text, target, out connection, out var error))
        {
            throw new LocalRpcException($"{Effective}: {error}") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        var fatal = analysis.Model.Diagnostics.FirstOrDefault(d => d.Fatal);
        if (fatal is not null) throw Failed($"OpenSSH {target} would refuse this configuration: {fatal}");
        return Task.FromResult<string?>(SshdTWriter.Write(EffectiveConfig.Compute(analysis.Model, connection)));
    }

    private static LocalRpcException Failed(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
