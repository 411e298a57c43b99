// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;

namespace SshdLint.Parser.Tests.Values;

/// <summary>
/// Runs Debian's <c>/usr/sbin/sshd</c> in test modes only (<c>-t</c>, <c>-T</c>), never as a listening daemon,
/// with <c>/</c> as working directory (relative paths resolve as under an init system) and a throwaway host key.
/// </summary>
internal static class SshdRunner
{
    public const string SshdPath = "/usr/sbin/sshd";
    public const string HostKey = "/etc/ssh/ssh_host_ed25519_key";

    /// <summary>True when the oracle can run here.</summary>
    public static bool Available => File.Exists(SshdPath) && File.Exists(HostKey);

    /// <summary>Why the oracle tests skip (null when they run or must fail).</summary>
    public static string? SkipReason
    {
        get
        {
            if (Available) return null;
            // With CI=true a missing oracle is a failure, not a skip.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return null;
            return $"{SshdPath} or {HostKey} not found: install Debian's openssh-server 9.2p1 to run the sshd differential tests " +
                   "(they are required when CI=true)";
        }
    }

    /// <summary>Runs <c>sshd -t</c> or <c>-T</c> on <paramref name="config"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string config, bool dump)
    {
        if (!Available)
        {
            throw new InvalidOperationException(
                $"{SshdPath} (and host key {HostKey}) is required when CI=true; install openssh-server 9.2p1");
        }
        Directory.CreateDirectory("/run/sshd");
        string file = Path.Combine(Path.GetTempPath(), $"sshdlint-values-{Guid.NewGuid():N}.conf");
        File.WriteAllText(file, config);
        try
        {
            var psi = new ProcessStartInfo(SshdPath)
            {
                WorkingDirectory = "/",
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add(dump ? "-T" : "-t");
            psi.ArgumentList.Add("-f");
            psi.ArgumentList.Add(file);
            psi.ArgumentList.Add("-h");
            psi.ArgumentList.Add(HostKey);
            using var p = Process.Start(psi)!;
            p.StandardInput.Close();
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(10_000))
            {
                p.Kill();
                throw new TimeoutException("sshd did not finish within 10 s");
            }
            return (p.ExitCode, stdout.Result, stderr.Result.Replace(file, "F", StringComparison.Ordinal).Replace("\r", ""));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>A theory that needs the sshd oracle: skipped with a reason when sshd is missing, unless CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SshdTheoryAttribute : TheoryAttribute
{
    public SshdTheoryAttribute()
    {
        if (SshdRunner.SkipReason is string reason) Skip = reason;
    }
}
