// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using BenchmarkDotNet.Running;
using SshdLint.Benchmarks;

// `latency [LINES] [COUNT]`: a quick didChange -> publishDiagnostics measurement without BenchmarkDotNet, for profiling.
if (args.Length > 0 && args[0] == "latency")
{
    int lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
    int count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
    var samples = await LatencyHarness.MeasureAsync(LargeConfig.Generate(lines), warmup: 50, count);
    double P(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p / 100 * samples.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"didChange -> publishDiagnostics, {lines} lines, {count} changes: p50 {P(50):0.00} ms, p95 {P(95):0.00} ms, p99 {P(99):0.00} ms, max {samples[^1]:0.00} ms; GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
