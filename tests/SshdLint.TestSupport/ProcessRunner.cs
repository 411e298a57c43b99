// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using System.Text;

namespace SshdLint.TestSupport;

/// <summary>The outcome of one finished child process.</summary>
/// <param name="ExitCode">The process exit status.</param>
/// <param name="StandardOutput">Everything written to stdout, as text.</param>
/// <param name="StandardError">Everything written to stderr, as text.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs a child process with stdin closed, output captured and a hard timeout.</summary>
public static class ProcessRunner
{
    /// <summary>How long a child may run before it is killed; sshd's test modes finish in milliseconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (passed as an argv list, no shell)
    /// in <paramref name="workingDirectory"/>, and waits for it.
    /// </summary>
    /// <param name="fileName">The program to run.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="timeout">How long it may take; <see cref="DefaultTimeout"/> when null.</param>
    /// <param name="environment">Variables to set (a null value removes the variable), on top of the test process's environment.</param>
    /// <exception cref="TimeoutException">The process did not exit in time; it has been killed.</exception>
    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory = "/", TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            // stdin is redirected only so that it can be closed at once: a child that reads it sees EOF
            // instead of hanging on the test runner's terminal (CI has no stdin at all).
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null) psi.Environment.Remove(name);
                else psi.Environment[name] = value;
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        // Read both streams concurrently so a full pipe buffer on one cannot block the child.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* already gone */ }
            process.WaitForExit();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:0} s and was killed");
        }
        process.WaitForExit(); // flushes the asynchronous readers
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
