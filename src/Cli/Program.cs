// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Cli;

return SshdLintApp.Run(args, CliContext.FromConsole());
