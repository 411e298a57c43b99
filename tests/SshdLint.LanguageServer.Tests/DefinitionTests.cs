// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Go to definition: Include paths to files, keywords to the line that wins.</summary>
public sealed class DefinitionTests
{
    private static Task<List<Location>?> DefinitionAsync(LspTestClient client, string uri, int line, int character) =>
        client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = new { line, character } }, LspJsonContext.Default.ListLocation);

    [Fact]
    public async Task Include_goes_to_the_files_it_reads_and_a_keyword_to_the_winning_line()
    {
        using var files = new TestFiles();
        string a = files.Write(files.DropIn("10-a.conf"), "# first\nPasswordAuthentication yes\n");
        string b = files.Write(files.DropIn("20-b.conf"), "AllowUsers alice\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nAllowUsers bob\nMatch User carol\n    PasswordAuthentication no\n    X11Forwarding no\n");
        await using var client = await LspTestClient.StartAsync();
        string uri = TestFiles.Uri(main);
        await client.OpenAsync(uri, File.ReadAllText(main));

        var include = (await DefinitionAsync(client, uri, 0, 12))!;
        Assert.Equal([TestFiles.Uri(a), TestFiles.Uri(b)], include.Select(l => l.Uri));

        // First wins: the drop-in read before this line.
        var password = Assert.Single((await DefinitionAsync(client, uri, 1, 3))!);
        Assert.Equal((TestFiles.Uri(a), 1), (password.Uri, password.Range.Start.Line));

        // Accumulating keyword: every line that contributes, in read order.
        var allow = (await DefinitionAsync(client, uri, 2, 3))!;
        Assert.Equal([(TestFiles.Uri(b), 0), (uri, 2)], allow.Select(l => (l.Uri, l.Range.Start.Line)));

        // Inside a Match block: the block's own line.
        var inBlock = Assert.Single((await DefinitionAsync(client, uri, 4, 6))!);
        Assert.Equal((uri, 4), (inBlock.Uri, inBlock.Range.Start.Line));

        // Unset anywhere: nothing to go to.
        var unset = await client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = new { line = 3, character = 1 } });
        Assert.Equal(JsonValueKind.Null, unset.ValueKind);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
