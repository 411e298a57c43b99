// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint effective PATH</c> (wired to the sshd -T writer when it lands).</summary>
internal static class EffectiveCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context) => throw new UsageException("effective: not available yet");
}
