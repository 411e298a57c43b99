// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Cli.Commands;

namespace SshdLint.Cli;

/// <summary>Dispatches <c>sshdlint COMMAND …</c>; turns every failure into a one-line message and an exit status.</summary>
internal static class SshdLintApp
{
    public const string Help = """
        sshdlint: a linter for OpenSSH server configuration (sshd_config)

        Usage: sshdlint COMMAND [options]

        Commands:
          check [PATH...]     lint configurations (default /etc/ssh/sshd_config)
          fix [PATH...]       apply fixes (safe ones by default), writing atomically
          effective PATH      print the effective configuration, exactly as `sshd -T` would
          rules               list every check
          explain ID          show a check's documentation
          server              run the language server (LSP) on stdin/stdout, for editors
          --version           print the version

        Run `sshdlint COMMAND --help` for a command's options.
        """;

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            return Dispatch(args, context);
        }
        finally
        {
            try { context.Out.Flush(); } catch (IOException) { }
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                context.Out.WriteLine(Help);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] is "--version" or "version")
            {
                context.Out.WriteLine($"sshdlint {ToolInfo.Version}");
                return 0;
            }
            var rest = args.Skip(1).ToArray();
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, context),
                "fix" => FixCommand.Run(rest, context),
                "effective" => EffectiveCommand.Run(rest, context),
                "rules" => RulesCommand.Run(rest, context),
                "explain" => ExplainCommand.Run(rest, context),
                "server" => ServerCommand.Run(rest, context),
                _ => throw new UsageException($"unknown command '{args[0]}' (commands: check, fix, effective, rules, explain, server; see --help)"),
            };
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"sshdlint: {e.Message}");
            return 2;
        }
        catch (CliIOException e)
        {
            context.Error.WriteLine($"sshdlint: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sshdlint: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // Never a stack trace: one line that says what happened and asks for a report.
            context.Error.WriteLine($"sshdlint: internal error: {e.GetType().Name}: {e.Message} (please report this)");
            return 2;
        }
    }
}
