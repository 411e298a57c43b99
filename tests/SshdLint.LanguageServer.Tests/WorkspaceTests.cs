// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Nodes;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Settings (pushed, pulled, .sshdlint.json), watched files, and the effective-configuration command.</summary>
public sealed class WorkspaceTests
{
    [Fact]
    public async Task Pushed_settings_change_the_target_and_rule_severities_and_relint()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:settings";
        await client.OpenAsync(uri, "Include extra.conf\nPermitRootLogin yes\n");
        var first = await client.DiagnosticsAsync(uri, 1);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(first.Diagnostics, d => d.Code == "SSHD2001").Severity);

        int mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { sshdlint = new { openssh = "7.4", rules = new { SSHD2001 = "error" } } } });
        var second = await client.DiagnosticsAsync(uri, since: mark);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(second.Diagnostics, d => d.Code == "SSHD2001").Severity);
        Assert.Contains(second.Diagnostics, d => d.Code == "SSHD0001" && d.Range.Start.Line == 0); // no Include before 8.2

        mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { sshdlint = new { rules = new { SSHD2001 = "off" } } } });
        var third = await client.DiagnosticsAsync(uri, since: mark);
        Assert.DoesNotContain(third.Diagnostics, d => d.Code == "SSHD2001");
        Assert.DoesNotContain(third.Diagnostics, d => d.Code == "SSHD0001");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Bad_settings_are_reported_and_the_good_ones_kept()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:bad-settings";
        await client.OpenAsync(uri, "PermitRootLogin yes\n");
        await client.DiagnosticsAsync(uri, 1);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { sshdlint = new { openssh = "99.1", rules = new { SSHD2001 = "loud", nosuchrule = "off" }, profile = "strict" } } });
        var messages = await client.Log.WaitAsync(log => log.Where(e => e.Method == "window/showMessage").Select(e => e.Params.GetProperty("message").GetString()).ToList() is { Count: >= 3 } m ? m : null, LspTestClient.Timeout);
        Assert.Contains(messages, m => m!.Contains("99.1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("loud", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("nosuchrule", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Settings_are_pulled_with_workspace_configuration_when_the_client_supports_it()
    {
        await using var client = await LspTestClient.StartAsync(capabilities: new { workspace = new { configuration = true } },
            beforeInitialize: c => c.OnRequest("workspace/configuration", _ => new JsonArray(new JsonObject { ["openssh"] = "8.0" })));
        const string uri = "untitled:pull-settings";
        await client.OpenAsync(uri, "Include extra.conf\n");
        // The pull after initialized applies 8.0, where Include is unknown.
        await client.DiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "SSHD0001"));
        var request = Assert.Single(client.ServerRequests, r => r.Method == "workspace/configuration");
        Assert.Equal("sshdlint", request.Params!.Value.GetProperty("items")[0].GetProperty("section").GetString());

        // A bare didChangeConfiguration means "ask again".
        client.OnRequest("workspace/configuration", _ => new JsonArray(new JsonObject { ["openssh"] = "9.2" }));
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        await client.DiagnosticsAsync(uri, p => p.Diagnostics.All(d => d.Code != "SSHD0001"));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task The_settings_file_wins_over_the_editor_and_a_change_to_it_relints()
    {
        using var files = new TestFiles();
        string main = files.Write(files.MainPath, "PermitRootLogin yes\n");
        string settings = files.Write(Path.Combine(files.Root, ".sshdlint.json"), """{ "rules": { "permit-root-login": "hint" } }""");
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { rules = new { SSHD2001 = "error" } });
        string uri = TestFiles.Uri(main);
        await client.OpenAsync(uri, File.ReadAllText(main));
        var first = await client.DiagnosticsAsync(uri, 1);
        Assert.Equal(DiagnosticSeverity.Hint, Assert.Single(first.Diagnostics, d => d.Code == "SSHD2001").Severity);

        File.WriteAllText(settings, """{ "rules": { "SSHD2001": "off" } }""");
        int mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = TestFiles.Uri(settings), type = 2 } } });
        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, since: mark)).Diagnostics, d => d.Code == "SSHD2001");

        File.WriteAllText(settings, "{ not json");
        mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = TestFiles.Uri(settings), type = 2 } } });
        // Unreadable settings file: the editor's settings apply.
        var fallback = await client.DiagnosticsAsync(uri, since: mark);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(fallback.Diagnostics, d => d.Code == "SSHD2001").Severity);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_drop_in_changing_on_disk_relints_the_files_that_include_it()
    {
        using var files = new TestFiles();
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n");
        await using var client = await LspTestClient.StartAsync(capabilities: new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } },
            options: new LanguageServerOptions { Rules = ShadowedLineTestRule.WithRegistry });
        string uri = TestFiles.Uri(main);
        await client.OpenAsync(uri, File.ReadAllText(main));
        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, 1)).Diagnostics, d => d.Code == "SSHD1999");
        var registrations = await client.Log.WaitAsync(log => log.Where(e => e.Method == "client/registerCapability").Select(e => e.Params).ToList() is [var first, ..] ? new[] { first } : null, LspTestClient.Timeout);
        var registration = registrations[0].GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        Assert.Contains(registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray(), w => w.GetProperty("globPattern").GetString() == "**/*.conf");

        // A drop-in appears that sets X11Forwarding first: the main file's line now has no effect.
        string dropIn = files.Write(files.DropIn("50-cloud.conf"), "X11Forwarding yes\n");
        int mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = TestFiles.Uri(dropIn), type = 1 } } });
        var created = await client.DiagnosticsAsync(uri, since: mark);
        Assert.Equal(1, Assert.Single(created.Diagnostics, d => d.Code == "SSHD1999").Range.Start.Line);

        // The drop-in changes: only the files whose configuration reads it are re-linted.
        File.WriteAllText(dropIn, "# nothing\n");
        mark = client.Log.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = TestFiles.Uri(dropIn), type = 2 } } });
        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, since: mark)).Diagnostics, d => d.Code == "SSHD1999");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Effective_configuration_is_offered_as_a_command()
    {
        using var files = new TestFiles();
        files.Write(files.DropIn("50-cloud-init.conf"), "PasswordAuthentication yes\n");
        string main = files.Write(files.MainPath, "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nMatch User backup\n    X11Forwarding yes\n");
        await using var client = await LspTestClient.StartAsync();
        string uri = TestFiles.Uri(main);

        // The file need not be open.
        string global = (await client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.effective", arguments = new object[] { uri } })).GetString()!;
        Assert.Contains("\nPasswordAuthentication yes\n", global, StringComparison.Ordinal);
        Assert.Contains("\nX11Forwarding no\n", global, StringComparison.Ordinal);
        string backup = (await client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.effective", arguments = new object[] { new { uri }, "user=backup,host=h,addr=203.0.113.5" } })).GetString()!;
        Assert.Contains("\nX11Forwarding yes\n", backup, StringComparison.Ordinal);

        // An open, unsaved buffer is what counts.
        await client.OpenAsync(uri, "PermitRootLogin no\n");
        string buffer = (await client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.effective", arguments = new object[] { uri } })).GetString()!;
        Assert.Contains("\nPermitRootLogin no\n", buffer, StringComparison.Ordinal);

        await Errors.AssertCodeAsync(LspErrorCodes.InvalidParams, client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.nope", arguments = new object[] { uri } }));
        await Errors.AssertCodeAsync(LspErrorCodes.InvalidParams, client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.effective", arguments = new object[] { uri, "user" } }));
        await client.ChangeAsync(uri, 2, new { text = "Frobnicate yes\n" });
        string refused = await Errors.AssertCodeAsync(LspErrorCodes.RequestFailed, client.RequestAsync("workspace/executeCommand", new { command = "sshdlint.effective", arguments = new object[] { uri } }));
        Assert.Contains("would refuse this configuration", refused, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
