// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Semantics.SshdT;

namespace SshdLint.Cli.Commands;

/// <summary>
/// <c>sshdlint effective PATH [-C spec]</c>: the effective configuration in exactly <c>sshd -T</c>'s format, for any
/// target version, without root and without sshd.
/// </summary>
internal static class EffectiveCommand
{
    public const string Help = """
        Usage: sshdlint effective [options] PATH

        Print the configuration sshd would use, in exactly the format of `sshd -T`.

        Options:
          -C SPEC              connection to evaluate Match blocks for, as sshd's -C:
                               user=U,host=H,addr=A,laddr=L,lport=P,rdomain=R[,invalid-user]
                               (without -C, as `sshd -T`: only `Match All` blocks apply)
          --explain            add where each value comes from (file and line, or the default)
          --openssh VERSION    target OpenSSH version, 7.0 to 10.5 (default: 10.5)
          --vendor VENDOR      upstream (default) or debian
          --sysroot DIR        resolve absolute Include paths under DIR
          -o, --output FILE    write to FILE instead of standard output
          -h, --help           show this help

        Exit status: 0 printed, 1 the configuration has errors sshd would refuse to start with, 2 usage or I/O error.
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = TargetOptions.Declare(new CommandLine())
            .Option("-C").Flag("--explain").Option("--output", "-o").Flag("--help", "-h")
            .Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        if (cl.Positionals.Count != 1) throw new UsageException("effective: give exactly one configuration file (see --help)");
        var target = TargetOptions.ReadTarget(cl);
        var sysroot = TargetOptions.ReadSysroot(cl);
        var connection = new ConnectionContext();
        if (cl.Get("-C") is { } spec && !ConnectionContext.TryParse(spec, out connection, out var specError))
            throw new UsageException($"-C: {specError}");

        string path = cl.Positionals[0];
        var model = Binder.BindFile(path, new BindOptions(target, sysroot, context.FileSystem), out var error);
        if (model is null)
        {
            context.Error.WriteLine($"sshdlint: {error}");
            return 2;
        }
        var fatal = model.Diagnostics.Where(d => d.Fatal).ToList();
        if (fatal.Count > 0)
        {
            // sshd -T refuses such a file; say why, one line per problem, in the check format.
            foreach (var d in fatal) context.Error.WriteLine(d.ToString());
            context.Error.WriteLine($"sshdlint: {path}: OpenSSH {target} would refuse this configuration ({fatal.Count} error{(fatal.Count == 1 ? "" : "s")})");
            return 1;
        }

        var effective = EffectiveConfig.Compute(model, connection);
        var output = SshdTWriter.Render(effective);
        using var writer = CheckCommand.OpenOutput(cl.Get("--output"), context);
        if (!cl.Has("--explain"))
        {
            writer.Write(output.Text);
            return 0;
        }
        string? previous = null;
        foreach (var line in output.Lines)
        {
            string text = line.ToString();
            if (line.Keyword == previous)
            {
                writer.WriteLine(text);
                continue;
            }
            previous = line.Keyword;
            var setting = effective.Get(line.Keyword);
            writer.WriteLine($"{text,-60} # {Explain(setting, target)}");
        }
        return 0;
    }

    private static string Explain(EffectiveSetting setting, Parser.Catalog.Target target)
    {
        if (setting.IsDefault) return $"default (OpenSSH {target})";
        return string.Join("; ", setting.Sources.Select(s =>
            (s.Scope is null ? "" : $"{s.Scope} → ") + $"{s.File.Path}:{s.Syntax.SshdLineNumber}"));
    }
}
