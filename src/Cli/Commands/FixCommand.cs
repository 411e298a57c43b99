// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.Cli.Fixing;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Linting;

namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint fix [PATH...]</c>: apply fixes, writing atomically and touching nothing but the fixes' lines.</summary>
internal static class FixCommand
{
    public const string Help = """
        Usage: sshdlint fix [options] [PATH...]

        Apply fixes to sshd_config files (and the files they Include, where a setting wins in a drop-in).
        Safe fixes only by default: they never change what sshd does, or only remove what it ignores.
        PATH defaults to /etc/ssh/sshd_config.

        Options:
          --unsafe-fixes       also apply unsafe fixes (hardening that changes behaviour, low lockout risk)
          --select IDS         fix only these ids or names; dangerous fixes (root login, authentication,
                               algorithms, allow-lists, bind addresses) are applied only when named here
          --ignore IDS         do not fix these ids or names
          --diff               print a unified diff of the changes and write nothing
          --check              write nothing; exit 1 when something would change
          --verify-with-sshd   run the local `sshd -t` on each changed file and refuse to write if it fails
          --openssh VERSION    target OpenSSH version (default: 10.5)
          --vendor VENDOR      upstream (default) or debian
          --sysroot DIR        resolve absolute Include paths under DIR
          --profile NAME       recommended (default), strict, cis or stig
          --config FILE        settings file (default: the nearest .sshdlint.json)
          -h, --help           show this help

        Exit status: 0 done (or nothing to do), 1 with --check/--diff when something would change,
        2 usage or I/O error, or a file that changed while it was being fixed.
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = LintSetup.Declare(new CommandLine())
            .Flag("--unsafe-fixes").Flag("--diff").Flag("--check").Flag("--verify-with-sshd")
            .Option("--select", repeatable: true).Option("--ignore", repeatable: true)
            .Flag("--help", "-h")
            .Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        var sysroot = TargetOptions.ReadSysroot(cl);
        var setup = new LintSetup(cl);
        var select = Split(cl.GetAll("--select"));
        var ignore = Split(cl.GetAll("--ignore"));
        bool dryRun = cl.Has("--diff") || cl.Has("--check");
        string? sshd = null;
        if (cl.Has("--verify-with-sshd"))
        {
            sshd = Environment.GetEnvironmentVariable("SSHDLINT_SSHD") ?? "/usr/sbin/sshd";
            if (!File.Exists(sshd)) throw new UsageException($"--verify-with-sshd: no sshd at {sshd} (set SSHDLINT_SSHD)");
        }
        var paths = cl.Positionals.Count > 0 ? cl.Positionals : ["/etc/ssh/sshd_config"];
        var policy = new FixPolicy(cl.Has("--unsafe-fixes"), select.Count > 0 ? select : null, select.Count > 0 ? select : null);

        int changedFiles = 0, fixedCount = 0, remaining = 0;
        bool failed = false;
        foreach (var path in paths)
        {
            var (target, lintOptions) = setup.For(path);
            if (ignore.Count > 0)
            {
                var overrides = new Dictionary<string, RuleOverride>(lintOptions.Overrides, StringComparer.OrdinalIgnoreCase);
                foreach (var id in ignore) overrides[id] = new RuleOverride(Enabled: false);
                lintOptions = lintOptions with { Overrides = overrides };
            }
            var bind = new BindOptions(target, sysroot, context.FileSystem);
            if (Binder.BindFile(path, bind, out var error) is null)
            {
                context.Error.WriteLine($"sshdlint: {error}");
                return 2;
            }
            var outcome = FixEngine.Fix(path, bind, lintOptions, policy);
            remaining += outcome.Remaining.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            if (!outcome.Changed) continue;
            fixedCount += outcome.Applied.Count;
            foreach (var (file, text) in outcome.Fixed.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                changedFiles++;
                var before = outcome.Original[file];
                if (cl.Has("--diff")) context.Out.Write(UnifiedDiff.Create(file, before.Text, text.Text));
                if (dryRun) continue;
                if (sshd is not null && Verify(sshd, file, text.ToBytes()) is { } rejection)
                {
                    context.Error.WriteLine($"sshdlint: {file}: not written: sshd -t rejects the fixed file: {rejection}");
                    failed = true;
                    continue;
                }
                try
                {
                    AtomicFileWriter.Replace(file, before.ToBytes(), text.ToBytes());
                }
                catch (WriteRefusedException e)
                {
                    context.Error.WriteLine($"sshdlint: {e.Message}");
                    failed = true;
                }
            }
        }

        string verb = dryRun ? "Would fix" : "Fixed";
        context.Error.WriteLine(fixedCount == 0
            ? "Nothing to fix."
            : $"{verb} {fixedCount} problem{(fixedCount == 1 ? "" : "s")} in {changedFiles} file{(changedFiles == 1 ? "" : "s")}{(remaining > 0 ? $"; {remaining} finding{(remaining == 1 ? "" : "s")} left (see `sshdlint check`)" : "")}.");
        if (failed) return 2;
        return dryRun && changedFiles > 0 ? 1 : 0;
    }

    private static HashSet<string> Split(IEnumerable<string> values) =>
        new(values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs <c>sshd -t</c> on the fixed text of one file; returns sshd's first complaint, or null when it accepts.</summary>
    private static string? Verify(string sshd, string file, byte[] contents)
    {
        string temp = Path.Combine(Path.GetTempPath(), $"sshdlint-verify-{Guid.NewGuid():N}.conf");
        try
        {
            File.WriteAllBytes(temp, contents);
            var start = new ProcessStartInfo(sshd, ["-t", "-f", temp])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = "/",
            };
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return "sshd -t did not finish in 30 s";
            }
            if (process.ExitCode == 0) return null;
            var lines = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // sshd needs a host key to accept a file; that is about the machine, not the fix.
            var first = lines.FirstOrDefault(l => !l.Contains("Unable to load host key", StringComparison.Ordinal) && !l.Contains("Deprecated option", StringComparison.Ordinal));
            if (first is not null && first.Contains("no hostkeys available", StringComparison.Ordinal)) return null;
            return (first ?? $"exit status {process.ExitCode}").Replace(temp, file, StringComparison.Ordinal);
        }
        finally
        {
            try { File.Delete(temp); } catch (IOException) { }
        }
    }
}
