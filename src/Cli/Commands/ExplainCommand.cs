// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules;
using SshdLint.Rules.Docs;

namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint explain ID-or-name</c>: a check's documentation.</summary>
internal static class ExplainCommand
{
    public const string Help = """
        Usage: sshdlint explain ID-or-NAME

        Print the documentation of a check, e.g. `sshdlint explain SSHD0001` or `sshdlint explain unknown-keyword`.
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = new CommandLine().Flag("--help", "-h").Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        if (cl.Positionals.Count != 1) throw new UsageException("explain: give one rule id or name (see `sshdlint rules`)");
        var descriptor = RuleRegistry.FindDescriptor(cl.Positionals[0])
            ?? throw new UsageException($"explain: no check is called '{cl.Positionals[0]}' (see `sshdlint rules`)");
        context.Out.Write(RuleDocumentation.RenderPage(descriptor));
        return 0;
    }
}
