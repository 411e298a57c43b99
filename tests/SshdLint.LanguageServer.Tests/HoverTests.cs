// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Keyword documentation, the effective value with where it comes from, and rule docs on findings.</summary>
public sealed class HoverTests
{
    private static async Task<string?> HoverAsync(LspTestClient client, string uri, int line, int character)
    {
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } }, LspJsonContext.Default.Hover);
        if (hover is not null) Assert.Equal("markdown", hover.Contents.Kind);
        return hover?.Contents.Value;
    }

    [Fact]
    public async Task A_keyword_shows_what_it_does_its_grammar_default_Match_and_history_for_the_target()
    {
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { openssh = "9.2", vendor = "debian" });
        const string uri = "untitled:hover";
        await client.OpenAsync(uri, "Include /etc/ssh/nothing/*.conf\nX11Forwarding yes\nPort 2222\n");
        string include = (await HoverAsync(client, uri, 0, 3))!;
        Assert.Contains("**Include** · OpenSSH 9.2 (debian)", include, StringComparison.Ordinal);
        Assert.Contains("Added in: OpenSSH 8.2", include, StringComparison.Ordinal);
        Assert.Contains("**Reads**: no file", include, StringComparison.Ordinal);

        string x11 = (await HoverAsync(client, uri, 1, 0))!;
        Assert.Contains("```\nX11Forwarding yes|no\n```", x11, StringComparison.Ordinal);
        // A "---" rule straight under a text line would make that line a setext heading in the editor.
        Assert.DoesNotMatch(@"[^\n]\n---\n", x11);
        Assert.Contains("- Default: `no`", x11, StringComparison.Ordinal);
        Assert.Contains("- Allowed in Match: yes", x11, StringComparison.Ordinal);
        Assert.Contains("**Effective at startup**: `yes` from [untitled:hover:2](untitled:hover#L2)", x11, StringComparison.Ordinal);

        string port = (await HoverAsync(client, uri, 2, 6))!; // on the argument
        Assert.Contains("- Allowed in Match: no", port, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task The_effective_value_links_to_the_winning_line_in_a_drop_in()
    {
        using var files = new TestFiles();
        string dropIn = files.Write(files.DropIn("50-cloud-init.conf"), "PasswordAuthentication yes\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nMatch User backup\n    PasswordAuthentication no\n");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(TestFiles.Uri(main), File.ReadAllText(main));
        string global = (await HoverAsync(client, TestFiles.Uri(main), 1, 4))!;
        Assert.Contains($"**Effective at startup**: `yes` from [50-cloud-init.conf:1]({TestFiles.Uri(dropIn)}#L1)", global, StringComparison.Ordinal);
        Assert.Contains("This line has no effect", global, StringComparison.Ordinal);
        string inMatch = (await HoverAsync(client, TestFiles.Uri(main), 3, 6))!;
        Assert.Contains("**For connections matching** `User backup`: this line sets `no`", inMatch, StringComparison.Ordinal);
        string include = (await HoverAsync(client, TestFiles.Uri(main), 0, 2))!;
        Assert.Contains($"[50-cloud-init.conf:1]({TestFiles.Uri(dropIn)}#L1)", include, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_finding_shows_its_rule_documentation()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:rule";
        await client.OpenAsync(uri, "\nPermitRootLogin yes\n");
        string hover = (await HoverAsync(client, uri, 1, 1))!;
        Assert.Contains("**SSHD2001** `permit-root-login`: PermitRootLogin yes allows root to log in with a password", hover, StringComparison.Ordinal);
        Assert.Contains("(https://github.com/sshdlint/sshdlint/blob/main/docs/rules/SSHD2001.md)", hover, StringComparison.Ordinal);
        // The doc's "What it does" section.
        string? doc = Rules.Docs.RuleDocumentation.Get("SSHD2001");
        Assert.Contains(Handlers.Hover.HoverHandler.Section(doc!, "What it does")!, hover, StringComparison.Ordinal);
        // Nothing on an empty line.
        Assert.Null(await HoverAsync(client, uri, 0, 0));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task An_unknown_keyword_says_so_and_a_keyword_from_another_release_says_when()
    {
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { openssh = "7.4" });
        const string uri = "untitled:unknown";
        await client.OpenAsync(uri, "Frobnicate yes\nInclude x.conf\n");
        Assert.Contains("is not a keyword of any OpenSSH release", (await HoverAsync(client, uri, 0, 1))!, StringComparison.Ordinal);
        Assert.Contains("**Unknown** to OpenSSH 7.4", (await HoverAsync(client, uri, 1, 1))!, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
