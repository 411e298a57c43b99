// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.TestSupport;

namespace SshdLint.LanguageServer.Tests;

/// <summary>The built <c>sshdlint server</c> executable, spoken to over its standard input and output.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task The_executable_serves_a_session_from_initialize_to_exit()
    {
        using var process = ServerProcess.Start("server");
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync().ContinueWith(_ => process.ExitCode, TaskScheduler.Default);
        await using var client = LspTestClient.Connect(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, exited);

        var init = (await client.InitializeAsync(capabilities: new { textDocument = new { documentSymbol = new { hierarchicalDocumentSymbolSupport = true } } }))
            .Deserialize(LspJsonContext.Default.InitializeResult)!;
        Assert.Equal("sshdlint", init.ServerInfo!.Name);

        // The sample from the README: a cloud-init drop-in re-enables password logins.
        string main = Path.Combine(RepoPaths.Samples, "etc", "ssh", "sshd_config");
        string uri = TestFiles.Uri(main);
        string text = File.ReadAllText(main);
        await client.OpenAsync(uri, text);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        int root = text.Split('\n').ToList().FindIndex(l => l.StartsWith("PermitRootLogin", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Diagnostics, d => d.Code == "SSHD2001" && d.Range.Start.Line == root);

        int password = text.Split('\n').ToList().FindIndex(l => l.StartsWith("PasswordAuthentication", StringComparison.Ordinal));
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = password, character = 3 } }, LspJsonContext.Default.Hover);
        Assert.Contains("50-cloud-init.conf:1", hover!.Contents.Value, StringComparison.Ordinal);

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } })).Deserialize(LspJsonContext.Default.ListDocumentSymbol)!;
        Assert.Contains(symbols, s => s.Name == "Match User backup");

        Assert.Equal(0, await client.ShutdownAsync());
        // Logs go to stderr; stdout carried only protocol messages (the client parsed every one of them).
        await stderr;
    }

    [Fact]
    public async Task The_end_of_input_without_shutdown_exits_1()
    {
        using var process = ServerProcess.Start("server");
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public async Task Server_help_and_usage_errors()
    {
        using var help = ServerProcess.Start("server", "--help");
        string output = await help.StandardOutput.ReadToEndAsync();
        await help.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        Assert.Equal(0, help.ExitCode);
        Assert.StartsWith("Usage: sshdlint server", output, StringComparison.Ordinal);

        using var bad = ServerProcess.Start("server", "extra");
        string error = await bad.StandardError.ReadToEndAsync();
        await bad.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("sshdlint: server: unexpected argument 'extra' (see --help)\n", error);

        using var top = ServerProcess.Start("--help");
        Assert.Contains("server              run the language server", await top.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        await top.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
    }
}
