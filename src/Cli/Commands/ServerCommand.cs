// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint server</c>: the language server (LSP 3.17) on standard input and output.</summary>
/// <remarks>
/// The server lives in SshdLint.LanguageServer, which uses StreamJsonRpc and is not Native-AOT compatible. A build with
/// <c>-p:SshdLintNoServer=true</c> (the default when <c>PublishAot</c> is on) leaves it out, and this command then
/// says so instead of running.
/// </remarks>
internal static class ServerCommand
{
    public const string Help = """
        Usage: sshdlint server [options]

        Run the language server (LSP 3.17) on standard input and output, for editors:
        diagnostics as you type, quick fixes, hover, completion, outline, go to definition, formatting.
        Settings come from the editor (initializationOptions or workspace/didChangeConfiguration, section
        "sshdlint": openssh, vendor, profile, rules, sysroot, debounceMs) and from the nearest .sshdlint.json,
        which wins over the editor for the keys it sets.

        Options:
          --stdio              use standard input and output (the default and only transport)
          -h, --help           show this help

        Logs go to standard error. Exit status: 0 after the client's shutdown and exit requests, 1 when the
        client goes away without them, 2 usage error.
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = new CommandLine().Flag("--stdio").Flag("--help", "-h").Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        if (cl.Positionals.Count > 0) throw new UsageException($"server: unexpected argument '{cl.Positionals[0]}' (see --help)");
#if !SSHDLINT_NO_SERVER
        // Standard output belongs to the protocol from here on: nothing else may write to it.
        using var input = context.ServerInput?.Invoke() ?? Console.OpenStandardInput();
        using var output = context.ServerOutput?.Invoke() ?? Console.OpenStandardOutput();
        var options = new LanguageServer.LanguageServerOptions { Log = context.Error, FileSystem = context.FileSystem };
        return LanguageServer.LanguageServerHost.RunAsync(input, output, options).GetAwaiter().GetResult();
#else
        throw new UsageException("server: this build of sshdlint has no language server (the Native AOT executable is built without it); install the .NET tool instead (docs/install.md)");
#endif
    }
}
