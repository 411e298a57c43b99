// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Tests;

/// <summary>initialize, initialized, shutdown, exit and the errors around them (LSP 3.17 "Server lifecycle").</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_every_feature()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);
        var result = (await client.InitializeAsync()).Deserialize(LspJsonContext.Default.InitializeResult)!;
        var caps = result.Capabilities;
        Assert.Equal("sshdlint", result.ServerInfo!.Name);
        Assert.Equal("utf-16", caps.PositionEncoding);
        Assert.True(caps.TextDocumentSync!.OpenClose);
        Assert.Equal(TextDocumentSyncKind.Incremental, caps.TextDocumentSync.Change);
        Assert.True(caps.DiagnosticProvider!.InterFileDependencies);
        Assert.True(caps.HoverProvider);
        Assert.True(caps.DefinitionProvider);
        Assert.True(caps.DocumentSymbolProvider);
        Assert.True(caps.FoldingRangeProvider);
        Assert.True(caps.DocumentFormattingProvider);
        Assert.True(caps.DocumentRangeFormattingProvider);
        Assert.Contains(",", caps.CompletionProvider!.TriggerCharacters!);
        Assert.Equal(["quickfix", "source.fixAll.sshdlint"], caps.CodeActionProvider!.CodeActionKinds!);
        Assert.Equal(["sshdlint.effective"], caps.ExecuteCommandProvider!.Commands);
    }

    [Fact]
    public async Task A_request_before_initialize_fails_with_ServerNotInitialized()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///x" }, position = new { line = 0, character = 0 } }));
        Assert.Equal(LspErrorCodes.ServerNotInitialized, error.ErrorCode);
        // The server is still there and initializes normally afterwards.
        await client.InitializeAsync();
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);
        await client.OpenAsync("file:///early/sshd_config", "PermitRootLogin yes\n");
        await client.InitializeAsync();
        // The document was never opened: a hover on it reads the disk, where it does not exist.
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///early/sshd_config" }, position = new { line = 0, character = 1 } });
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("initialize", new { capabilities = new { } }));
        Assert.Equal(LspErrorCodes.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public async Task Requests_after_shutdown_fail_and_exit_returns_0()
    {
        await using var client = await LspTestClient.StartAsync();
        var result = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///x" } }));
        Assert.Equal(LspErrorCodes.InvalidRequest, error.ErrorCode);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Server.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_1()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Server.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task The_end_of_the_input_without_exit_returns_1()
    {
        var raw = new RawConnection();
        await raw.DisposeAsync();
        Assert.Equal(1, await raw.Server.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Unknown_requests_fail_with_MethodNotFound_and_unknown_notifications_are_ignored()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("$/unknownNotification", new { });
        await client.NotifyAsync("custom/whatever", new { x = 1 });
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/semanticTokens/full", new { }));
        Assert.Equal(LspErrorCodes.MethodNotFound, (int)error.ErrorCode);
        var dollar = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("$/someRequest", new { }));
        Assert.Equal(LspErrorCodes.MethodNotFound, (int)dollar.ErrorCode);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task SetTrace_is_accepted()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
