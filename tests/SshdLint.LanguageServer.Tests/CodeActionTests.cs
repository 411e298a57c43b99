// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Quick fixes, suppression, fix-all and multi-file edits.</summary>
public sealed class CodeActionTests
{
    private static Task<List<CodeAction>?> ActionsAsync(LspTestClient client, string uri, int line, string[]? only = null) =>
        client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line, character = 0 }, end = new { line, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only },
        }, LspJsonContext.Default.ListCodeAction);

    [Fact]
    public async Task Each_fix_is_a_quick_fix_safe_ones_preferred_dangerous_ones_labelled()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:actions";
        const string text = "PermitRootLogin yes\nUsePrivilegeSeparation sandbox\nPermitRootLogn no\n";
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);

        var root = (await ActionsAsync(client, uri, 0))!;
        var dangerous = Assert.Single(root, a => a.Diagnostics![0].Code == "SSHD2001" && !a.Title.StartsWith("Suppress", StringComparison.Ordinal));
        Assert.StartsWith("⚠ Set PermitRootLogin to no (dangerous", dangerous.Title, StringComparison.Ordinal);
        Assert.Equal("quickfix", dangerous.Kind);
        Assert.Null(dangerous.IsPreferred);
        Assert.Equal("PermitRootLogin no\n", EditApplier.Apply(text, EditApplier.For(dangerous.Edit!, uri)).Split('\n')[0] + "\n");

        var deprecated = (await ActionsAsync(client, uri, 1))!;
        var remove = Assert.Single(deprecated, a => a.Title == "Remove the UsePrivilegeSeparation line");
        Assert.True(remove.IsPreferred);
        Assert.Equal("PermitRootLogin yes\nPermitRootLogn no\n", EditApplier.Apply(text, EditApplier.For(remove.Edit!, uri)));

        var typo = (await ActionsAsync(client, uri, 2))!;
        var rename = Assert.Single(typo, a => a.Title.StartsWith("Replace PermitRootLogn", StringComparison.Ordinal));
        Assert.EndsWith("(changes behaviour)", rename.Title, StringComparison.Ordinal);
        Assert.Null(rename.IsPreferred);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Suppress_on_this_line_inserts_a_comment_that_silences_the_finding()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:suppress";
        const string text = "Match User admin\n    PermitRootLogin yes\n";
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);
        var suppress = Assert.Single((await ActionsAsync(client, uri, 1))!, a => a.Title.StartsWith("Suppress SSHD2001", StringComparison.Ordinal));
        string suppressed = EditApplier.Apply(text, EditApplier.For(suppress.Edit!, uri));
        Assert.Equal("Match User admin\n    # sshdlint-disable-next-line SSHD2001\n    PermitRootLogin yes\n", suppressed);

        await client.ChangeAsync(uri, 2, new { text = suppressed });
        var after = await client.DiagnosticsAsync(uri, 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "SSHD2001" or "SSHD4001");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Suppressing_a_second_finding_extends_the_existing_comment()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:suppress2";
        const string text = "# sshdlint-disable-next-line SSHD0001 -- vendor patch\nUsePrivilegeSeparation yes\n";
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);
        var suppress = Assert.Single((await ActionsAsync(client, uri, 1))!, a => a.Title.StartsWith("Suppress SSHD3001", StringComparison.Ordinal));
        Assert.Equal("# sshdlint-disable-next-line SSHD0001,SSHD3001 -- vendor patch\nUsePrivilegeSeparation yes\n", EditApplier.Apply(text, EditApplier.For(suppress.Edit!, uri)));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_fix_and_only_when_asked_for_source_actions()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:fixall";
        const string text = "UsePrivilegeSeparation yes\nPermitRootLogin yes\nProtocol 2\nKeyRegenerationInterval 3600\n";
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);

        var source = (await ActionsAsync(client, uri, 0, ["source.fixAll"]))!;
        var fixAll = Assert.Single(source);
        Assert.Equal("source.fixAll.sshdlint", fixAll.Kind);
        // The dangerous PermitRootLogin fix is never part of a bulk fix.
        Assert.Equal("PermitRootLogin yes\n", EditApplier.Apply(text, EditApplier.For(fixAll.Edit!, uri)));

        var quickOnly = (await ActionsAsync(client, uri, 0, ["quickfix"]))!;
        Assert.All(quickOnly, a => Assert.Equal("quickfix", a.Kind));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_fix_across_files_is_one_versioned_workspace_edit()
    {
        using var files = new TestFiles();
        string dropIn = files.Write(files.DropIn("50-cloud-init.conf"), "PasswordAuthentication yes\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n");
        await using var client = await LspTestClient.StartAsync(
            capabilities: new { workspace = new { workspaceEdit = new { documentChanges = true } } },
            options: new LanguageServerOptions { Rules = ShadowedLineTestRule.WithRegistry });
        await client.OpenAsync(TestFiles.Uri(main), File.ReadAllText(main), version: 7);
        await client.DiagnosticsAsync(TestFiles.Uri(main), 7);

        var move = Assert.Single((await ActionsAsync(client, TestFiles.Uri(main), 1))!, a => a.Title.StartsWith("Move PasswordAuthentication", StringComparison.Ordinal));
        var changes = move.Edit!.DocumentChanges!;
        Assert.Null(move.Edit.Changes);
        Assert.Equal(2, changes.Count);
        var mainEdit = Assert.Single(changes, c => c.TextDocument.Uri == TestFiles.Uri(main));
        Assert.Equal(7, mainEdit.TextDocument.Version);
        var dropInEdit = Assert.Single(changes, c => c.TextDocument.Uri == TestFiles.Uri(dropIn));
        Assert.Null(dropInEdit.TextDocument.Version); // not open: the file on disk
        Assert.Equal("Include /etc/ssh/sshd_config.d/*.conf\n", EditApplier.Apply(File.ReadAllText(main), mainEdit.Edits));
        Assert.Equal("PasswordAuthentication no\n", EditApplier.Apply(File.ReadAllText(dropIn), dropInEdit.Edits));
        // "version": null is written, as OptionalVersionedTextDocumentIdentifier requires.
        string json = JsonSerializer.Serialize(move.Edit, LspJsonContext.Default.Options.GetTypeInfo(typeof(WorkspaceEdit)));
        Assert.Contains("\"version\":null", json, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
