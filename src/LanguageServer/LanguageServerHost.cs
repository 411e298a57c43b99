// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Includes;
using SshdLint.Rules;

namespace SshdLint.LanguageServer;

/// <summary>Options for a language server connection.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>Where to log (the command line passes standard error; LSP owns standard output). Null: no log.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>The file system for files that are not open in the editor; default: the real one.</summary>
    public IFileSystem? FileSystem { get; init; }

    /// <summary>The rules to run instead of <see cref="RuleRegistry.All"/> (tests); null for the registry.</summary>
    public IReadOnlyList<Rule>? Rules { get; init; }
}

/// <summary>Runs SshdLint's language server (LSP 3.17) over a pair of streams: <c>sshdlint server</c> uses stdin and stdout.</summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves one client until it sends <c>exit</c> or closes the input, and returns the exit code LSP prescribes: 0 after
    /// <c>shutdown</c> and <c>exit</c>, 1 otherwise.
    /// </summary>
    /// <param name="input">Messages from the client.</param>
    /// <param name="output">Messages to the client; nothing else may be written to it.</param>
    /// <param name="options">Logging and test hooks.</param>
    /// <param name="cancellationToken">Stops the server (exit code 1).</param>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        // Editing allocates a new document text (on the large object heap for big files) and a new tree per keystroke:
        // ask the GC to avoid blocking full collections while serving, so no keystroke waits for one.
        var latency = System.Runtime.GCSettings.LatencyMode;
        if (latency == System.Runtime.GCLatencyMode.Interactive) System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        try
        {
            using var core = new LanguageServerCore(input, output, options ?? new LanguageServerOptions());
            return await core.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (latency == System.Runtime.GCLatencyMode.Interactive) System.Runtime.GCSettings.LatencyMode = latency;
        }
    }
}
