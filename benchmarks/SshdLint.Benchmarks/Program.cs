// Copyright (c) SshdLint contributors. Licensed under the MIT license.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
