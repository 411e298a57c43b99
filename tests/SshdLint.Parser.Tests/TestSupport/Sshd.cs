// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;

namespace SshdLint.Parser.Tests.TestSupport;

/// <summary>Runs the real sshd in its test modes only (<c>-t</c>/<c>-T</c>); never starts a listening daemon.</summary>
internal static class Sshd
{
    private static readonly Lazy<string> HostKey = new(CreateHostKey);

    /// <summary>The result of one sshd run.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>The <c>-T</c> dump as key → values (one entry per printed line), keys as printed.</summary>
        public Dictionary<string, List<string>> Dump()
        {
            var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var line in StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = line.TrimEnd('\r');
                int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
                var key = space < 0 ? trimmed : trimmed[..space];
                var value = space < 0 ? "" : trimmed[(space + 1)..];
                if (!dump.TryGetValue(key, out var values)) dump[key] = values = [];
                values.Add(value);
            }
            return dump;
        }
    }

    /// <summary>
    /// Runs <c>sshd -T -f &lt;config&gt;</c> with a throwaway host key (<c>-h</c>) unless
    /// <paramref name="useDefaultHostKeys"/>, plus <c>-C</c> when <paramref name="connectionSpec"/> is given.
    /// </summary>
    public static Result DumpConfig(string configText, string? connectionSpec = null, bool useDefaultHostKeys = false)
    {
        if (!File.Exists(TestEnvironment.SshdPath))
            Assert.Fail($"sshd not found at {TestEnvironment.SshdPath} (CI=true requires it; install openssh-server)");
        EnsurePrivsepDirectory();
        var dir = Directory.CreateTempSubdirectory("sshdlint-sshd-");
        try
        {
            var config = Path.Combine(dir.FullName, "sshd_config");
            File.WriteAllText(config, configText);
            var args = new List<string> { "-T", "-f", config };
            if (!useDefaultHostKeys) args.AddRange(["-h", HostKey.Value]);
            if (connectionSpec is not null) args.AddRange(["-C", connectionSpec]);
            return Run(args);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Result Run(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(TestEnvironment.SshdPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("sshd did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            Assert.Fail("sshd -T did not finish within 30 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>sshd -T insists on its privilege separation directory (Debian: /run/sshd).</summary>
    private static void EnsurePrivsepDirectory()
    {
        try
        {
            Directory.CreateDirectory("/run/sshd");
        }
        catch (UnauthorizedAccessException)
        {
            // Not root: sshd reports the missing directory itself, which the test shows.
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A host key for -h: a fresh throwaway ed25519 key when ssh-keygen exists, else the machine's.</summary>
    private static string CreateHostKey()
    {
        var keygen = "/usr/bin/ssh-keygen";
        if (File.Exists(keygen))
        {
            var dir = Directory.CreateTempSubdirectory("sshdlint-hostkey-");
            var key = Path.Combine(dir.FullName, "ssh_host_ed25519_key");
            var psi = new ProcessStartInfo(keygen) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-q", "-t", "ed25519", "-N", "", "-f", key }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            if (p.ExitCode == 0) return key;
        }
        return "/etc/ssh/ssh_host_ed25519_key";
    }
}
