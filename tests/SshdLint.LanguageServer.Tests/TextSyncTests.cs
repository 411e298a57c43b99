// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Handlers.Synchronization;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Tests;

/// <summary>didOpen, didChange (full and incremental), didClose.</summary>
public sealed class TextSyncTests
{
    private static TextDocumentContentChangeEvent Change(int l1, int c1, int l2, int c2, string text) =>
        new() { Range = new Range(new Position(l1, c1), new Position(l2, c2)), Text = text };

    [Fact]
    public void Incremental_changes_apply_in_order_to_the_text_so_far()
    {
        var text = SourceText.From("Port 22\nPermitRootLogin yes\n");
        var result = DidChangeHandler.Apply(text, [
            Change(1, 16, 1, 19, "no"),          // yes -> no
            Change(0, 5, 0, 7, "2222"),          // 22 -> 2222
            Change(2, 0, 2, 0, "X11Forwarding no\n"), // append at the end (line 2 is the empty last line)
            Change(0, 0, 1, 0, ""),              // delete the first line
        ]);
        Assert.Equal("PermitRootLogin no\nX11Forwarding no\n", result.Text);
    }

    [Fact]
    public void A_full_change_replaces_the_text_and_positions_past_the_end_clamp()
    {
        var text = SourceText.From("a\r\nb\n");
        Assert.Equal("x", DidChangeHandler.Apply(text, [new TextDocumentContentChangeEvent { Text = "x" }]).Text);
        // Character past the end of line 0 means its end (before \r\n); a line past the end means the end of the text.
        Assert.Equal("a!\r\nb\n?", DidChangeHandler.Apply(text, [Change(0, 99, 0, 99, "!"), Change(9, 0, 9, 0, "?")]).Text);
    }

    [Fact]
    public void Positions_count_utf16_code_units()
    {
        // "😀" is two UTF-16 code units; LSP's default position encoding counts them both.
        var text = SourceText.From("# 😀 x\nPort 22\n");
        var result = DidChangeHandler.Apply(text, [Change(0, 5, 0, 6, "y")]);
        Assert.Equal("# 😀 y\nPort 22\n", result.Text);
    }

    [Fact]
    public async Task Open_change_and_close_drive_the_published_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:sync";
        await client.OpenAsync(uri, "PermitRootLogin no\n");
        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, 1)).Diagnostics, d => d.Code == "SSHD2001");

        await client.ChangeAsync(uri, 2, new { range = new { start = new { line = 0, character = 16 }, end = new { line = 0, character = 18 } }, text = "yes" });
        var changed = await client.DiagnosticsAsync(uri, 2);
        var finding = Assert.Single(changed.Diagnostics, d => d.Code == "SSHD2001");
        Assert.Equal(0, finding.Range.Start.Line);

        await client.ChangeAsync(uri, 3, new { text = "Port 22\n\nPermitRootLogin yes\n" });
        Assert.Equal(2, Assert.Single((await client.DiagnosticsAsync(uri, 3)).Diagnostics, d => d.Code == "SSHD2001").Range.Start.Line);

        await client.CloseAsync(uri);
        var cleared = await client.DiagnosticsAsync(uri, p => p.Version is null);
        Assert.Empty(cleared.Diagnostics);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
