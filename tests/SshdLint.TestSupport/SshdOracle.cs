// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>
/// The Debian <c>sshd</c> (OpenSSH 9.2p1) run in its test modes only, as the reference for differential tests:
/// <c>sshd -t</c> says whether a file is accepted, <c>sshd -T</c> prints the effective configuration.
/// It never starts a listening daemon.
/// </summary>
/// <remarks>
/// <para><b>Locating sshd.</b> <c>SSHDLINT_SSHD</c> names the binary; the default is <c>/usr/sbin/sshd</c>.
/// <see cref="Available"/> is decided once per process by running <c>sshd -t</c> on an empty configuration,
/// so it also catches a missing <c>/run/sshd</c> or missing host keys the fallback cannot fix.</para>
/// <para><b>Host keys and what the dump reflects.</b> sshd refuses to run without a loadable host key. Every run
/// first goes without <c>-h</c>, so the system keys in <c>/etc/ssh</c> act as the defaults, exactly as for a
/// real daemon. Only when sshd answers <c>no hostkeys available</c> (the file names keys that do not exist
/// here, or the machine has none) is the run repeated with <c>-h &lt;throwaway ed25519 key&gt;</c>, generated
/// once per process with <c>ssh-keygen</c> in a private temporary directory. For <c>-T</c> the line
/// <c>hostkey &lt;throwaway&gt;</c> is then removed, so the dump shows only what the file set. One difference
/// remains and is flagged by <see cref="SshdDumpResult.UsedThrowawayHostKey"/>: sshd fills in its default
/// host keys only when no key was given at all, so a file with no HostKey line dumped with the fallback has
/// no <c>hostkey</c> lines, where sshd with system keys would print its three defaults.</para>
/// <para><b>Process hygiene.</b> Every run has stdin closed, a 10 s timeout, and <c>/</c> as working directory:
/// sshd makes relative paths (HostKey, PidFile, …) absolute against its working directory, and a daemon
/// started by the init system runs in <c>/</c>. The configuration path is made absolute first.</para>
/// </remarks>
public static class SshdOracle
{
    /// <summary>Environment variable that overrides the sshd binary.</summary>
    public const string PathVariable = "SSHDLINT_SSHD";

    /// <summary>The binary used when <see cref="PathVariable"/> is not set.</summary>
    public const string DefaultPath = "/usr/sbin/sshd";

    private const string NoHostKeys = "no hostkeys available";

    private static readonly Lazy<(bool Ok, string Message)> Probe = new(RunProbe);
    private static readonly Lazy<string> ThrowawayKey = new(CreateThrowawayKey);

    /// <summary>The sshd binary the oracle runs.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? p : DefaultPath;

    /// <summary>True when sshd exists and accepts an empty configuration in test mode.</summary>
    public static bool Available => Probe.Value.Ok;

    /// <summary>Why the oracle is unavailable, with what to do about it; empty when it is available.</summary>
    public static string UnavailableMessage => Probe.Value.Message;

    /// <summary>
    /// Returns when the oracle can be used. Otherwise throws <see cref="TestInputUnavailableException"/>,
    /// which fails the test: in CI that is the rule, and locally tests reach this only when they do not use
    /// <see cref="SshdFactAttribute"/> / <see cref="SshdTheoryAttribute"/>, which skip them instead.
    /// </summary>
    public static void RequireOrSkip()
    {
        if (Available) return;
        var where = Requirements.IsCi ? "CI=true, so this is a failure, not a skip" : "use [SshdFact]/[SshdTheory] to skip instead";
        throw new TestInputUnavailableException($"{UnavailableMessage} ({where})");
    }

    /// <summary>Runs <c>sshd -t -f <paramref name="configPath"/></c>.</summary>
    public static SshdTestResult Test(string configPath)
    {
        RequireOrSkip();
        var (result, throwaway) = RunWithHostKeyFallback(["-t", "-f", Path.GetFullPath(configPath)]);
        return new SshdTestResult(result.ExitCode, SshdMessages.SplitLines(result.StandardError), throwaway);
    }

    /// <summary>Runs <c>sshd -T -f <paramref name="configPath"/> [-C <paramref name="connectionSpec"/>]</c>.</summary>
    /// <param name="configPath">The configuration file.</param>
    /// <param name="connectionSpec">A <c>-C</c> specification such as <c>user=alice,addr=203.0.113.5</c>; null for none.</param>
    public static SshdDumpResult Dump(string configPath, string? connectionSpec = null)
    {
        RequireOrSkip();
        var args = new List<string> { "-T", "-f", Path.GetFullPath(configPath) };
        if (connectionSpec is not null) args.AddRange(["-C", connectionSpec]);
        var (result, throwaway) = RunWithHostKeyFallback(args);

        var lines = new List<SshdDumpLine>();
        if (result.ExitCode == 0)
        {
            foreach (var raw in result.StandardOutput.Split('\n'))
            {
                if (raw.Length == 0) continue;
                int space = raw.IndexOf(' ');
                var line = space < 0 ? new SshdDumpLine(raw, "") : new SshdDumpLine(raw[..space], raw[(space + 1)..]);
                // Drop exactly the key the harness added; a HostKey line of the file itself stays.
                if (throwaway && string.Equals(line.Key, "hostkey", StringComparison.OrdinalIgnoreCase) && line.Value == ThrowawayKey.Value)
                    continue;
                lines.Add(line);
            }
        }
        return new SshdDumpResult(result.ExitCode, lines, SshdMessages.SplitLines(result.StandardError), throwaway);
    }

    /// <summary>The throwaway host key's path (generated on first use); exposed for tests of the harness.</summary>
    public static string ThrowawayHostKeyPath => ThrowawayKey.Value;

    private static (ProcessResult Result, bool UsedThrowaway) RunWithHostKeyFallback(IReadOnlyList<string> args)
    {
        var first = ProcessRunner.Run(ExecutablePath, args);
        if (first.ExitCode == 0 || !first.StandardError.Contains(NoHostKeys, StringComparison.Ordinal))
            return (first, false);
        var second = ProcessRunner.Run(ExecutablePath, ["-h", ThrowawayKey.Value, .. args]);
        return (second, true);
    }

    private static (bool, string) RunProbe()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
            return (false, $"sshd not found at {path} (install openssh-server, or set {PathVariable} to the sshd binary)");
        var dir = Directory.CreateTempSubdirectory("sshdlint-probe-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty_sshd_config");
            File.WriteAllText(empty, "");
            var (result, _) = RunWithHostKeyFallback(["-t", "-f", empty]);
            if (result.ExitCode == 0) return (true, "");
            var why = string.Join(" | ", SshdMessages.SplitLines(result.StandardError));
            var hint = why.Contains("privilege separation", StringComparison.OrdinalIgnoreCase) ? " (run: mkdir -p /run/sshd)" : "";
            return (false, $"sshd at {path} rejects an empty configuration in test mode: exit {result.ExitCode}: {why}{hint}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException or TestInputUnavailableException
            or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (false, $"sshd at {path} could not be run: {e.Message}");
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    private static string CreateThrowawayKey()
    {
        var dir = Directory.CreateTempSubdirectory("sshdlint-hostkey-");
        var key = Path.Combine(dir.FullName, "ssh_host_ed25519_key");
        var result = ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "sshdlint-throwaway", "-f", key]);
        if (result.ExitCode != 0 || !File.Exists(key))
            throw new TestInputUnavailableException($"ssh-keygen could not create a throwaway host key: exit {result.ExitCode}: {result.StandardError.Trim()}");
        // The key is only for this process; remove it when the test host exits.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return key;
    }
}
