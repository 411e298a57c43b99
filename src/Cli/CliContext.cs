// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Includes;

namespace SshdLint.Cli;

/// <summary>Everything a command touches outside itself, so tests can run commands in process.</summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>True when text output may be coloured: a terminal, and NO_COLOR unset (https://no-color.org).</summary>
    public bool ColorEnabled { get; init; }

    public bool StderrIsTerminal { get; init; }

    /// <summary>The language server's input; null for standard input (tests pass a stream).</summary>
    public Func<Stream>? ServerInput { get; init; }

    /// <summary>The language server's output; null for standard output (tests pass a stream).</summary>
    public Func<Stream>? ServerOutput { get; init; }

    public static CliContext FromConsole() => new()
    {
        // Console.Out flushes on every write; a report of 100,000 findings would spend most of its time there.
        Out = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" },
        Error = Console.Error,
        ColorEnabled = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        StderrIsTerminal = !Console.IsErrorRedirected,
    };
}

/// <summary>An I/O problem reported as one line with exit status 2.</summary>
internal sealed class CliIOException(string message) : Exception(message);

/// <summary>Wraps a writer so that disposing the report writer does not close the console.</summary>
internal sealed class NonClosingWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;
    public override void Write(char value) => inner.Write(value);
    public override void Write(string? value) => inner.Write(value);
    public override void WriteLine(string? value) => inner.WriteLine(value);
    protected override void Dispose(bool disposing) => inner.Flush();
}
