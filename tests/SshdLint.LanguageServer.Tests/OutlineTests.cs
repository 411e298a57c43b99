// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Document symbols and folding ranges.</summary>
public sealed class OutlineTests
{
    private const string Config = """
        # global
        Include /etc/ssh/sshd_config.d/*.conf
        Port 22

        # the backup account
        Match User backup
            X11Forwarding no
            ForceCommand internal-sftp

        Match Address 10.0.0.0/8
            PasswordAuthentication yes
            Include extra.conf
        """;

    [Fact]
    public async Task Symbols_outline_Includes_and_Match_blocks_with_their_lines()
    {
        await using var client = await LspTestClient.StartAsync(capabilities: new { textDocument = new { documentSymbol = new { hierarchicalDocumentSymbolSupport = true } } });
        const string uri = "untitled:symbols";
        await client.OpenAsync(uri, Config.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } })).Deserialize(LspJsonContext.Default.ListDocumentSymbol)!;
        Assert.Equal(["Include", "Match User backup", "Match Address 10.0.0.0/8"], symbols.Select(s => s.Name));
        Assert.Equal([SymbolKind.File, SymbolKind.Namespace, SymbolKind.Namespace], symbols.Select(s => s.Kind));
        Assert.Equal("/etc/ssh/sshd_config.d/*.conf", symbols[0].Detail);
        var backup = symbols[1];
        Assert.Equal((5, 7), (backup.Range.Start.Line, backup.Range.End.Line));
        Assert.Equal(5, backup.SelectionRange.Start.Line);
        Assert.Equal(["X11Forwarding", "ForceCommand"], backup.Children!.Select(c => c.Name));
        Assert.Equal(["PasswordAuthentication", "Include"], symbols[2].Children!.Select(c => c.Name));
        Assert.Equal([SymbolKind.Property, SymbolKind.File], symbols[2].Children!.Select(c => c.Kind));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Clients_without_hierarchy_get_flat_symbols_with_containers()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:flat";
        await client.OpenAsync(uri, Config + "\n");
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } })).Deserialize(LspJsonContext.Default.ListSymbolInformation)!;
        Assert.Equal(7, symbols.Count);
        var x11 = Assert.Single(symbols, s => s.Name == "X11Forwarding");
        Assert.Equal("Match User backup", x11.ContainerName);
        Assert.Equal(uri, x11.Location.Uri);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Match_blocks_and_comment_runs_fold()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:folding";
        await client.OpenAsync(uri, "# a\n# b\nPort 22\n" + Config + "\n");
        var ranges = await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } }, LspJsonContext.Default.ListFoldingRange);
        Assert.Equal([(0, 1, "comment"), (8, 10, "region"), (12, 14, "region")], ranges!.Select(r => (r.StartLine, r.EndLine, r.Kind)));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
