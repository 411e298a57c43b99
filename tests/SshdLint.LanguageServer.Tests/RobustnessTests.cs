// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using System.Text.Json;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.Parser.Includes;
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Malformed messages, invalid parameters, failing handlers, cancellation, huge documents and bursts of changes.</summary>
public sealed class RobustnessTests
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";

    private static async Task<RawConnection> InitializedRawAsync()
    {
        var raw = new RawConnection();
        await raw.SendAsync(Initialize);
        Assert.Equal(1, (await raw.ReceiveAsync()).GetProperty("id").GetInt32());
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return raw;
    }

    private static async Task AssertAliveAsync(RawConnection raw, int id)
    {
        await raw.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":" + id + ""","method":"textDocument/foldingRange","params":{"textDocument":{"uri":"untitled:none"}}}""");
        var response = await raw.ReceiveAsync();
        Assert.Equal(id, response.GetProperty("id").GetInt32());
        Assert.True(response.TryGetProperty("result", out _), response.ToString());
    }

    [Fact]
    public async Task Invalid_json_is_answered_with_ParseError_and_the_server_stays_up()
    {
        await using var raw = await InitializedRawAsync();
        await raw.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":");
        var error = await raw.ReceiveAsync();
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(LspErrorCodes.ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        await AssertAliveAsync(raw, 3);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":7}""", 7)]
    [InlineData("""{"jsonrpc":"2.0","id":8,"method":42}""", 8)]
    [InlineData("""{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":"text"}""", 9)]
    [InlineData("""[{"jsonrpc":"2.0","id":10,"method":"shutdown"}]""", null)]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}""", null)]
    [InlineData("\"just a string\"", null)]
    public async Task Messages_that_are_not_requests_are_answered_with_InvalidRequest(string json, int? id)
    {
        await using var raw = await InitializedRawAsync();
        await raw.SendAsync(json);
        var error = await raw.ReceiveAsync();
        Assert.Equal(LspErrorCodes.InvalidRequest, error.GetProperty("error").GetProperty("code").GetInt32());
        if (id is null) Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        else Assert.Equal(id, error.GetProperty("id").GetInt32());
        await AssertAliveAsync(raw, 100);
    }

    [Fact]
    public async Task Text_outside_a_frame_is_skipped_up_to_the_next_header()
    {
        await using var raw = await InitializedRawAsync();
        await raw.WriteRawAsync("garbage without a header\r\nmore garbage");
        await raw.SendAsync("""{"jsonrpc":"2.0","id":5,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"untitled:x"}}}""");
        var first = await raw.ReceiveAsync();
        Assert.Equal(LspErrorCodes.ParseError, first.GetProperty("error").GetProperty("code").GetInt32());
        var second = await raw.ReceiveAsync();
        Assert.Equal(5, second.GetProperty("id").GetInt32());
        await AssertAliveAsync(raw, 6);
    }

    [Fact]
    public async Task A_bad_Content_Length_is_a_ParseError()
    {
        await using var raw = await InitializedRawAsync();
        await raw.WriteRawAsync("Content-Length: lots\r\n\r\n");
        var error = await raw.ReceiveAsync();
        Assert.Equal(LspErrorCodes.ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        await AssertAliveAsync(raw, 2);
    }

    [Fact]
    public async Task A_malformed_notification_gets_no_answer_and_breaks_nothing()
    {
        await using var raw = await InitializedRawAsync();
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5,"text":[]}}}""");
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///not/open","version":2},"contentChanges":[{"text":""}]}}""");
        await AssertAliveAsync(raw, 2);
    }

    [Fact]
    public async Task Invalid_params_fail_with_InvalidParams()
    {
        await using var client = await LspTestClient.StartAsync();
        await Errors.AssertCodeAsync(LspErrorCodes.InvalidParams,
            client.RequestAsync("textDocument/hover", new { textDocument = new { uri = 42 }, position = new { line = 0, character = 0 } }));
        await Errors.AssertCodeAsync(LspErrorCodes.InvalidParams, client.RequestAsync("textDocument/hover", new { }));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task An_exception_in_a_handler_is_an_InternalError_for_that_request_only()
    {
        var files = new ThrowingFileSystem();
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { FileSystem = files });
        const string uri = "file:///etc/ssh/sshd_config";
        await client.OpenAsync(uri, "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n");
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = 2 } }));
        Assert.Equal(LspErrorCodes.InternalError, error.ErrorCode);
        Assert.Contains("InvalidOperationException", error.Message, StringComparison.Ordinal);
        // The next request, with the fault gone, succeeds.
        files.Fail = false;
        await client.ChangeAsync(uri, 2, new { text = "PermitRootLogin yes\n" });
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 2 } });
        Assert.Contains("PermitRootLogin", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_cancelled_request_answers_RequestCancelled_at_once()
    {
        var files = new BlockingFileSystem();
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { FileSystem = files });
        const string uri = "file:///etc/ssh/sshd_config";
        await client.OpenAsync(uri, "Include /etc/ssh/sshd_config.d/*.conf\n");
        using var cts = new CancellationTokenSource();
        var hover = client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 2 } }, cts.Token);
        await files.Entered.Task.WaitAsync(LspTestClient.Timeout); // the analysis is stuck reading the disk
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover);
        files.Release.TrySetResult();
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_burst_of_incremental_changes_is_applied_in_order_and_linted_once_more_at_the_end()
    {
        // A debounce longer than the burst makes the coalescing observable whatever the machine's speed.
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { debounceMs = 2000 });
        const string uri = "untitled:burst";
        await client.OpenAsync(uri, "");
        // 275 one-character insertions, each at the end of the text so far: any reordering would scramble the text.
        string line = "Protocol 2\n"; // one finding per line (sshd ignores every one of them)
        var expected = new StringBuilder();
        int version = 1;
        for (int i = 0; i < 25; i++)
        {
            foreach (char c in line)
            {
                var text = expected.ToString();
                int lineNo = text.Count(ch => ch == '\n');
                int col = text.Length - (text.LastIndexOf('\n') + 1);
                await client.ChangeAsync(uri, ++version, new { range = new { start = new { line = lineNo, character = col }, end = new { line = lineNo, character = col } }, text = c.ToString() });
                expected.Append(c);
            }
        }
        var final = await client.DiagnosticsAsync(uri, version);
        Assert.Equal(25, final.Diagnostics.Count(d => d.Code == "SSHD3003"));
        var edits = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } });
        Assert.Equal(0, edits.GetArrayLength()); // the text is exactly the 25 well-formed lines
        // Coalescing: a handful of publishes for 275 changes, the last one for the last version.
        int published = client.Log.Of("textDocument/publishDiagnostics").Count;
        Assert.True(published <= 10, $"{published} publishes for {version} versions");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_huge_document_is_linted_and_the_server_keeps_answering()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:huge";
        var sb = new StringBuilder("PermitRootLogin yes\n");
        for (int i = 0; i < 20_000; i++) sb.Append("Match User u").Append(i).Append("\n    X11Forwarding no\n    AllowTcpForwarding no\n");
        await client.OpenAsync(uri, sb.ToString());
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        Assert.Contains(diagnostics.Diagnostics, d => d.Code == "SSHD2001");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.True(symbols.GetArrayLength() >= 20_000);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_document_over_the_size_limit_gets_one_warning_instead_of_a_lint()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:enormous";
        string text = new string('#', Server.WorkspaceAnalyzer.MaxDocumentLength + 1);
        await client.OpenAsync(uri, text);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        var only = Assert.Single(diagnostics.Diagnostics);
        Assert.Contains("not linted", only.Message, StringComparison.Ordinal);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 0 } });
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>Fails every read while <see cref="Fail"/> is set: a stand-in for a bug in a handler.</summary>
    private sealed class ThrowingFileSystem : IFileSystem
    {
        public volatile bool Fail = true;

        public FileReadResult ReadFile(string path) => Fail ? throw new InvalidOperationException("disk exploded") : FileReadResult.Fail("No such file or directory");

        public bool DirectoryExists(string path) => !path.EndsWith(".conf", StringComparison.Ordinal);

        public bool FileExists(string path) => true;

        public IEnumerable<string> ListDirectory(string path) => Fail ? ["a.conf"] : [];
    }

    /// <summary>Blocks the first directory listing until released: a slow request to cancel.</summary>
    private sealed class BlockingFileSystem : IFileSystem
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FileReadResult ReadFile(string path) => FileReadResult.Fail("No such file or directory");

        public bool DirectoryExists(string path) => true;

        public bool FileExists(string path) => false;

        public IEnumerable<string> ListDirectory(string path)
        {
            Entered.TrySetResult();
            Release.Task.Wait(LspTestClient.Timeout);
            return [];
        }
    }
}
