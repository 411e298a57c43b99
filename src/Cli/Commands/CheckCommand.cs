// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Cli.Output;
using SshdLint.Cli.Output.Sarif;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Linting;

namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint check [PATH...]</c>: lint configurations and report findings.</summary>
internal static class CheckCommand
{
    public const string Help = """
        Usage: sshdlint check [options] [PATH...]

        Lint sshd_config files (and everything they Include) and report problems.
        PATH defaults to /etc/ssh/sshd_config. Each PATH is read as a main configuration.

        Options:
          --format FORMAT      text (default), json, sarif (SARIF 2.1.0, for code scanning), github
                               (GitHub Actions annotations)
          --output FILE        write the report to FILE instead of standard output
          --source-root DIR    sarif, github: write paths under DIR relative to it (SARIF: as %SRCROOT%);
                               default: the current directory, which is the repository root in CI
          --category NAME      sarif: code-scanning category, runAutomationDetails.id NAME/ (default: sshdlint)
          --openssh VERSION    target OpenSSH version, 7.0 to 10.5 (default: 10.5)
          --vendor VENDOR      upstream (default) or debian (Debian's patched build)
          --sysroot DIR        resolve absolute Include paths under DIR (configuration kept in a repository)
          --profile NAME       recommended (default), strict, cis or stig
          --config FILE        settings file (default: the nearest .sshdlint.json above each PATH)
          --select IDS         only report these ids or names (comma-separated; repeatable)
          --ignore IDS         do not report these ids or names (comma-separated; repeatable)
          --fail-level LEVEL   exit 1 when a finding is at or above LEVEL: error, warning (default), info, hint
          --no-color           never colour the text output (NO_COLOR is honoured too)
          -h, --help           show this help

        Exit status: 0 no finding at or above the fail level, 1 findings, 2 usage or I/O error (a PATH
        that cannot be read is reported and the others are still checked).
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = LintSetup.Declare(new CommandLine())
            .Option("--format").Option("--output", "-o").Option("--source-root").Option("--category").Option("--fail-level")
            .Option("--select", repeatable: true).Option("--ignore", repeatable: true)
            .Flag("--no-color").Flag("--help", "-h")
            .Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        var sysroot = TargetOptions.ReadSysroot(cl);
        var setup = new LintSetup(cl);
        string format = (cl.Get("--format") ?? "text").ToLowerInvariant();
        if (format is not ("text" or "json" or "sarif" or "github"))
            throw new UsageException($"--format: '{format}' is not one of text, json, sarif, github");
        string sourceRoot = cl.Get("--source-root") ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(sourceRoot)) throw new UsageException($"--source-root: no directory '{sourceRoot}'");
        string category = cl.Get("--category") ?? "sshdlint";
        if (category.Length == 0 || category.Contains('/', StringComparison.Ordinal))
            throw new UsageException($"--category: '{category}' must be a non-empty name without '/'");
        var failLevel = ParseSeverity(cl.Get("--fail-level") ?? "warning", "--fail-level");
        var select = SplitIds(cl.GetAll("--select"));
        var ignore = SplitIds(cl.GetAll("--ignore"));
        var paths = cl.Positionals.Count > 0 ? cl.Positionals : ["/etc/ssh/sshd_config"];

        var results = new List<LintResult>();
        var unreadable = new List<UnreadableFile>();
        var progress = new Progress(context, paths.Count);
        var target = TargetOptions.ReadTarget(cl);
        foreach (var path in paths)
        {
            (target, var lintOptions) = setup.For(path);
            var model = Binder.BindFile(path, new BindOptions(target, sysroot, context.FileSystem), out var error);
            if (model is null)
            {
                // Keep going: the other files still get checked, and SARIF records this one as a notification.
                context.Error.WriteLine($"sshdlint: {error}");
                unreadable.Add(new UnreadableFile(path, error ?? $"{path}: cannot be read"));
                progress.Step(path);
                continue;
            }
            var result = Linter.Lint(model, lintOptions);
            results.Add(result with
            {
                Diagnostics = [.. result.Diagnostics.Where(d => Selected(d, select, ignore))],
                Suppressed = [.. result.Suppressed.Where(d => Selected(d, select, ignore))],
            });
            progress.Step(path);
        }
        progress.Done();

        var all = results.SelectMany(r => r.Diagnostics).ToList();
        using (var writer = OpenOutput(cl.Get("--output"), context))
        {
            switch (format)
            {
                case "json":
                    JsonReport.Write(writer, target, all);
                    break;
                case "github":
                    GithubReport.Write(writer, all, sourceRoot);
                    break;
                case "sarif":
                    SarifReport.Write(writer, new SarifInput
                    {
                        Results = results,
                        Unreadable = unreadable,
                        Target = target,
                        SourceRoot = sourceRoot,
                        Category = category,
                    });
                    break;
                default:
                    // Nothing was read: the error lines on stderr say it all; "No problems found" would mislead.
                    if (results.Count == 0 && unreadable.Count > 0) break;
                    bool color = !cl.Has("--no-color") && cl.Get("--output") is null && context.ColorEnabled;
                    TextReport.Write(writer, results, color);
                    break;
            }
        }
        if (unreadable.Count > 0) return 2;
        return all.Any(d => d.Severity >= failLevel) ? 1 : 0;
    }

    internal static DiagnosticSeverity ParseSeverity(string text, string option) => text.ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        "hint" => DiagnosticSeverity.Hint,
        _ => throw new UsageException($"{option}: '{text}' is not one of error, warning, info, hint"),
    };

    private static HashSet<string> SplitIds(IEnumerable<string> values) =>
        new(values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), StringComparer.OrdinalIgnoreCase);

    private static bool Selected(Diagnostic d, HashSet<string> select, HashSet<string> ignore)
    {
        bool Named(HashSet<string> set) => set.Contains(d.Id) || set.Contains(d.Descriptor.Name)
            || set.Any(prefix => prefix.Length < 8 && d.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        if (select.Count > 0 && !Named(select)) return false;
        return !Named(ignore);
    }

    internal static TextWriter OpenOutput(string? path, CliContext context)
    {
        if (path is null) return new NonClosingWriter(context.Out);
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new CliIOException($"cannot write {path}: {e.Message}");
        }
    }

    /// <summary>Progress on stderr for long runs, only when stderr is a terminal.</summary>
    private sealed class Progress(CliContext context, int total)
    {
        private int _done;
        private readonly bool _enabled = total > 1 && context.StderrIsTerminal;

        public void Step(string path)
        {
            _done++;
            if (_enabled) context.Error.Write($"\rchecked {_done}/{total}: {path}\u001b[K");
        }

        public void Done()
        {
            if (_enabled) context.Error.Write("\r\u001b[K");
        }
    }
}
