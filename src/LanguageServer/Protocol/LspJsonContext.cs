// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SshdLint.LanguageServer.Protocol;

/// <summary>
/// Source-generated serialization for every protocol type, so the LSP payloads need no reflection. Null members are
/// left out, as LSP treats an absent optional property and <c>null</c> alike except where a type says otherwise
/// (<see cref="OptionalVersionedTextDocumentIdentifier.Version"/>).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(HoverParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(DefinitionParams))]
[JsonSerializable(typeof(List<Location>))]
[JsonSerializable(typeof(CompletionParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(List<DocumentSymbol>))]
[JsonSerializable(typeof(List<SymbolInformation>))]
[JsonSerializable(typeof(FoldingRangeParams))]
[JsonSerializable(typeof(List<FoldingRange>))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(DocumentRangeFormattingParams))]
[JsonSerializable(typeof(List<TextEdit>))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(List<CodeAction>))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(List<JsonElement>))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(ShowMessageParams))]
public sealed partial class LspJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The options StreamJsonRpc's formatter uses: this context first, then reflection for StreamJsonRpc's own
    /// envelope types (its error data objects), which is the one place the server relies on reflection.
    /// </summary>
    public static JsonSerializerOptions RpcOptions { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(Default, new DefaultJsonTypeInfoResolver()),
    };
}
