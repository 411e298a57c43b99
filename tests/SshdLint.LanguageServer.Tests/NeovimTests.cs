// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.TestSupport;

namespace SshdLint.LanguageServer.Tests;

/// <summary>
/// A real third-party client: headless Neovim with its built-in LSP client (vim.lsp.start_client) runs
/// <c>Neovim/init.lua</c> against the built <c>sshdlint server</c>, and reports diagnostics, hover, a code action it
/// applied itself, completion and document symbols as JSON.
/// </summary>
public sealed class NeovimTests
{
    [NeovimFact]
    public async Task Neovim_shows_diagnostics_hover_a_code_action_completion_and_symbols()
    {
        string nvim = Neovim.Path ?? throw new TestInputUnavailableException(Neovim.UnavailableMessage);
        using var files = new TestFiles();
        files.Write(files.DropIn("50-cloud-init.conf"), "PasswordAuthentication yes\n");
        string config = files.Write(files.MainPath, """
            Include /etc/ssh/sshd_config.d/*.conf
            PermitRootLogin yes
            UsePrivilegeSeparation sandbox
            PasswordAuthentication no
            Match User backup
                X11Forwarding no

            """);
        string resultPath = Path.Combine(files.Root, "result.json");
        string home = Directory.CreateDirectory(Path.Combine(files.Root, "home")).FullName;

        var info = new ProcessStartInfo(nvim) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "--headless", "--noplugin", "-i", "NONE", "-n", "-u", Path.Combine(RepoPaths.Tests, "SshdLint.LanguageServer.Tests", "Neovim", "init.lua") })
            info.ArgumentList.Add(arg);
        info.Environment["SSHDLINT_DLL"] = ServerProcess.CliDll;
        info.Environment["SSHDLINT_DOTNET"] = ServerProcess.DotnetHost;
        info.Environment["SSHDLINT_FILE"] = config;
        info.Environment["SSHDLINT_RESULT"] = resultPath;
        // A private home: no user configuration, and nothing written to the real one (LSP log, shada, swap).
        info.Environment["HOME"] = home;
        info.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        info.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        info.Environment["XDG_STATE_HOME"] = Path.Combine(home, ".local", "state");
        info.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Neovim did not finish: {await stderr}");
            }
        }
        Assert.True(File.Exists(resultPath), $"Neovim wrote no result (exit {process.ExitCode}): {await stdout} {await stderr}");
        using var result = JsonDocument.Parse(File.ReadAllText(resultPath));
        var root = result.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), $"the Lua script failed: {error}\n{await stderr}");
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("0.", root.GetProperty("nvim").GetString(), StringComparison.Ordinal);

        // Diagnostics as Neovim holds them (zero-based lines).
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "SSHD2001" && d.GetProperty("lnum").GetInt32() == 1 && d.GetProperty("source").GetString() == "sshdlint");
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "SSHD3001" && d.GetProperty("lnum").GetInt32() == 2);

        string hover = root.GetProperty("hover").GetString()!;
        Assert.Contains("**PermitRootLogin**", hover, StringComparison.Ordinal);
        Assert.Contains("**Effective at startup**: `yes`", hover, StringComparison.Ordinal);

        Assert.Equal("Remove the UsePrivilegeSeparation line", root.GetProperty("applied").GetString());
        Assert.DoesNotContain(root.GetProperty("lines_after_fix").EnumerateArray(), l => l.GetString()!.Contains("UsePrivilegeSeparation", StringComparison.Ordinal));
        Assert.DoesNotContain(root.GetProperty("diagnostics_after_fix").EnumerateArray(), d => d.GetProperty("code").GetString() == "SSHD3001");

        var keywords = root.GetProperty("completion_keywords").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("PermitTTY", keywords);
        Assert.DoesNotContain("Port", keywords); // inside the Match block

        var symbols = root.GetProperty("symbols").EnumerateArray().ToList();
        Assert.Equal(["Include", "Match User backup"], symbols.Select(s => s.GetProperty("name").GetString()));
        Assert.Contains("X11Forwarding", symbols[1].GetProperty("children").EnumerateArray().Select(c => c.GetString()));

        Assert.Equal(0, root.GetProperty("server_exit").GetInt32());
    }
}
