// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Pushed and pulled diagnostics: codes, links, tags, related information across files, open drop-ins.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Diagnostics_carry_code_link_severity_source_tags_and_fix_titles()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:tags";
        await client.OpenAsync(uri, "UsePrivilegeSeparation yes\n# sshdlint-disable-next-line SSHD2001\nPort 22\nBogusKeyword 1\n");
        var diagnostics = (await client.DiagnosticsAsync(uri, 1)).Diagnostics;

        var deprecated = Assert.Single(diagnostics, d => d.Code == "SSHD3001");
        Assert.Equal("sshdlint", deprecated.Source);
        Assert.Equal(DiagnosticSeverity.Warning, deprecated.Severity);
        Assert.Equal("https://github.com/sshdlint/sshdlint/blob/main/docs/rules/SSHD3001.md", deprecated.CodeDescription!.Href);
        Assert.Equal([DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated], deprecated.Tags!);
        Assert.Equal("deprecated-keyword", deprecated.Data!.Name);
        Assert.Contains("Remove the UsePrivilegeSeparation line", deprecated.Data.Fixes!);

        var unused = Assert.Single(diagnostics, d => d.Code == "SSHD4001");
        Assert.Equal([DiagnosticTag.Unnecessary], unused.Tags!);

        var unknown = Assert.Single(diagnostics, d => d.Code == "SSHD0001");
        Assert.Equal(DiagnosticSeverity.Error, unknown.Severity);
        Assert.True(unknown.Data!.Fatal);
        Assert.Equal((3, 0, 3, 12), (unknown.Range.Start.Line, unknown.Range.Start.Character, unknown.Range.End.Line, unknown.Range.End.Character));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Related_information_points_at_the_winning_line_in_the_drop_in()
    {
        using var files = new TestFiles();
        string dropIn = files.Write(files.DropIn("50-cloud-init.conf"), "PasswordAuthentication yes\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n");
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Rules = ShadowedLineTestRule.WithRegistry });
        await client.OpenAsync(TestFiles.Uri(main), File.ReadAllText(main));
        var diagnostics = (await client.DiagnosticsAsync(TestFiles.Uri(main), 1)).Diagnostics;
        var shadowed = Assert.Single(diagnostics, d => d.Code == "SSHD1999");
        Assert.Equal(1, shadowed.Range.Start.Line);
        var related = Assert.Single(shadowed.RelatedInformation!);
        Assert.Equal(TestFiles.Uri(dropIn), related.Location.Uri);
        Assert.Equal(0, related.Location.Range.Start.Line);
        Assert.Equal("the value sshd uses", related.Message);
        Assert.Equal([DiagnosticTag.Unnecessary], shadowed.Tags!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task An_open_drop_in_shows_the_findings_of_the_configuration_that_includes_it()
    {
        using var files = new TestFiles();
        string dropIn = files.Write(files.DropIn("10-root.conf"), "PermitRootLogin yes\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(TestFiles.Uri(main), File.ReadAllText(main));
        await client.DiagnosticsAsync(TestFiles.Uri(main), 1);
        await client.OpenAsync(TestFiles.Uri(dropIn), File.ReadAllText(dropIn));
        var inDropIn = await client.DiagnosticsAsync(TestFiles.Uri(dropIn), p => p.Diagnostics.Any(d => d.Code == "SSHD2001"));
        var root = Assert.Single(inDropIn.Diagnostics, d => d.Code == "SSHD2001");
        // The finding knows it comes through the main file's Include: related information in another file.
        Assert.Contains(root.RelatedInformation!, r => r.Location.Uri == TestFiles.Uri(main) && r.Location.Range.Start.Line == 0);

        // Editing the unsaved drop-in changes the main file's analysis too (the buffer shadows the disk).
        await client.ChangeAsync(TestFiles.Uri(dropIn), 2, new { text = "PermitRootLogin no\n" });
        var fixedDropIn = await client.DiagnosticsAsync(TestFiles.Uri(dropIn), 2);
        Assert.DoesNotContain(fixedDropIn.Diagnostics, d => d.Code == "SSHD2001");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Pull_diagnostics_have_result_ids_and_answer_unchanged()
    {
        await using var client = await LspTestClient.StartAsync(capabilities: new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        const string uri = "untitled:pull";
        await client.OpenAsync(uri, "PermitRootLogin yes\n");
        var first = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } })).Deserialize(LspJsonContext.Default.DocumentDiagnosticReport)!;
        Assert.Equal("full", first.Kind);
        Assert.NotNull(first.ResultId);
        Assert.Contains(first.Items!, d => d.Code == "SSHD2001");

        var again = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = first.ResultId })).Deserialize(LspJsonContext.Default.DocumentDiagnosticReport)!;
        Assert.Equal("unchanged", again.Kind);
        Assert.Equal(first.ResultId, again.ResultId);
        Assert.Null(again.Items);

        await client.ChangeAsync(uri, 2, new { text = "PermitRootLogin no\n" });
        var changed = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = first.ResultId })).Deserialize(LspJsonContext.Default.DocumentDiagnosticReport)!;
        Assert.Equal("full", changed.Kind);
        Assert.NotEqual(first.ResultId, changed.ResultId);
        Assert.DoesNotContain(changed.Items!, d => d.Code == "SSHD2001");

        // A client that pulls gets nothing pushed.
        Assert.Empty(client.Log.Of("textDocument/publishDiagnostics"));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
