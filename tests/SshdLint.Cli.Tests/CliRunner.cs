// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests;

/// <summary>Runs <c>sshdlint</c> in process with captured output.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => Run(args, color: false);

    public static Result Run(string[] args, bool color)
    {
        var @out = new StringWriter { NewLine = "\n" };
        var err = new StringWriter { NewLine = "\n" };
        var context = new CliContext { Out = @out, Error = err, ColorEnabled = color, StderrIsTerminal = false };
        int code = SshdLintApp.Run(args, context);
        return new Result(code, @out.ToString(), err.ToString());
    }

    public static string Samples => RepoPaths.Samples;

    public static string SampleMain => Path.Combine(RepoPaths.Samples, "etc", "ssh", "sshd_config");

    /// <summary>Replaces the machine-specific repository path so output can be compared with golden files.</summary>
    public static string Normalize(string text) => text.Replace(RepoPaths.Root + "/", "", StringComparison.Ordinal);
}
