// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Nerdbank.Streams;
using SshdLint.LanguageServer;

namespace SshdLint.Benchmarks;

/// <summary>
/// Editor latency: the time from sending <c>textDocument/didChange</c> (one keystroke in a 5,000-line file) to
/// receiving the <c>textDocument/publishDiagnostics</c> for that version, through the real server over in-memory
/// streams. Goal: p99 under 16 ms (one frame at 60 Hz).
/// </summary>
/// <remarks>
/// One change per iteration (invocation count 1), so BenchmarkDotNet's percentiles are percentiles of single
/// round trips; the P99 column is added by <see cref="PercentileColumn"/>.
/// Run: <c>dotnet run -c Release --project benchmarks/SshdLint.Benchmarks -- --filter '*LanguageServerLatency*'</c>
/// </remarks>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 30, iterationCount: 500, invocationCount: 1)]
public class LanguageServerLatencyBenchmark
{
    private LatencyHarness _harness = null!;

    [Params(5_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _harness = LatencyHarness.StartAsync(LargeConfig.Generate(Lines)).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>One keystroke in the middle of the file, then wait for its diagnostics.</summary>
    [Benchmark]
    public int DidChangeToPublishDiagnostics() => _harness.TypeAndWaitAsync().GetAwaiter().GetResult();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}

/// <summary>A percentile of single-iteration times, for percentiles BenchmarkDotNet has no column for (P99).</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"Percentile {percentile}: {percentile}% of the iterations took no longer";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null) return "NA";
        double nanoseconds = statistics.Percentiles.Percentile(percentile);
        return (nanoseconds / 1_000_000.0).ToString("0.000 'ms'", CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// An in-process server and a minimal client that writes frames and watches for publishDiagnostics, with as little
/// client-side work as an editor would do.
/// </summary>
public sealed class LatencyHarness : IAsyncDisposable
{
    private readonly Stream _client;
    private readonly Task<int> _server;
    private readonly Task _reader;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly object _gate = new();
    private int _publishedVersion;
    private TaskCompletionSource<int>? _waiter;
    private int _waitingFor;
    private int _version = 1;
    private bool _toggle;
    private readonly int _editLine;
    private readonly int _editColumn;
    private const string Uri = "file:///bench/etc/ssh/sshd_config";

    private LatencyHarness(string text)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _client = clientStream;
        _server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream));
        _reader = Task.Run(ReadLoopAsync);
        // Edit "X11Forwarding no" in the middle of the file: no <-> yes, a change that alters the findings' input.
        var lines = text.Split('\n');
        _editLine = Array.FindIndex(lines, lines.Length / 2, l => l.TrimStart().StartsWith("X11Forwarding no", StringComparison.Ordinal));
        _editColumn = lines[_editLine].IndexOf("no", StringComparison.Ordinal);
    }

    /// <summary>Starts a server, initializes it and opens the document; returns when its first diagnostics arrived.</summary>
    public static async Task<LatencyHarness> StartAsync(string text)
    {
        var harness = new LatencyHarness(text);
        await harness.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await harness.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        var open = new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "sshdconfig", version = 1, text } } };
        var wait = harness.WaitForAsync(1);
        await harness.SendAsync(JsonSerializer.Serialize(open));
        await wait;
        return harness;
    }

    /// <summary>Sends one incremental change and waits for the diagnostics of the new version.</summary>
    public async Task<int> TypeAndWaitAsync()
    {
        int version = ++_version;
        string oldText = _toggle ? "yes" : "no";
        string newText = _toggle ? "no" : "yes";
        _toggle = !_toggle;
        string json = string.Create(CultureInfo.InvariantCulture,
            $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"version\":{version}}},"
            + $"\"contentChanges\":[{{\"range\":{{\"start\":{{\"line\":{_editLine},\"character\":{_editColumn}}},\"end\":{{\"line\":{_editLine},\"character\":{_editColumn + oldText.Length}}}}},\"text\":\"{newText}\"}}]}}}}");
        var wait = WaitForAsync(version);
        await SendAsync(json);
        return await wait;
    }

    /// <summary>Measures <paramref name="count"/> round trips without BenchmarkDotNet (quick runs while profiling).</summary>
    public static async Task<double[]> MeasureAsync(string text, int warmup, int count)
    {
        await using var harness = await StartAsync(text);
        for (int i = 0; i < warmup; i++) await harness.TypeAndWaitAsync();
        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await harness.TypeAndWaitAsync();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return samples;
    }

    private Task<int> WaitForAsync(int version)
    {
        var tcs = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_publishedVersion >= version)
            {
                tcs.SetResult(_publishedVersion);
                return tcs.Task;
            }
            _waiter = tcs;
            _waitingFor = version;
        }
        return tcs.Task;
    }

    private async Task SendAsync(string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _client.WriteAsync(header);
            await _client.WriteAsync(body);
            await _client.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var pending = new ArrayBufferWriter<byte>();
        while (true)
        {
            int n;
            try
            {
                n = await _client.ReadAsync(buffer);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            if (n == 0) return;
            pending.Write(buffer.AsSpan(0, n));
            while (TryTakeFrame(ref pending, out var body)) OnMessage(body);
        }
    }

    private static bool TryTakeFrame(ref ArrayBufferWriter<byte> pending, out byte[] body)
    {
        body = [];
        var data = pending.WrittenSpan;
        int headerEnd = data.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0) return false;
        string header = Encoding.ASCII.GetString(data[..headerEnd]);
        int length = int.Parse(header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture);
        int total = headerEnd + 4 + length;
        if (data.Length < total) return false;
        body = data.Slice(headerEnd + 4, length).ToArray();
        var rest = data[total..].ToArray();
        pending = new ArrayBufferWriter<byte>();
        pending.Write(rest);
        return true;
    }

    private void OnMessage(byte[] body)
    {
        // Only the method and params.version are needed: read them without building a document.
        var reader = new Utf8JsonReader(body);
        string? method = null;
        int version = -1;
        int depth = 0;
        bool inParams = false;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) { depth--; if (depth == 1) inParams = false; }
            else if (reader.TokenType == JsonTokenType.PropertyName)
            {
                if (depth == 1 && reader.ValueTextEquals("method")) { reader.Read(); method = reader.GetString(); }
                else if (depth == 1 && reader.ValueTextEquals("params")) inParams = true;
                else if (inParams && depth == 2 && reader.ValueTextEquals("version")) { reader.Read(); version = reader.GetInt32(); }
                else if (inParams && depth == 2 && reader.ValueTextEquals("diagnostics")) { reader.Skip(); }
            }
        }
        if (method != "textDocument/publishDiagnostics" || version < 0) return;
        TaskCompletionSource<int>? done = null;
        lock (_gate)
        {
            _publishedVersion = Math.Max(_publishedVersion, version);
            if (_waiter is not null && _publishedVersion >= _waitingFor)
            {
                done = _waiter;
                _waiter = null;
            }
        }
        done?.TrySetResult(version);
    }

    public async ValueTask DisposeAsync()
    {
        await SendAsync("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        await SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        await _server.WaitAsync(TimeSpan.FromSeconds(30));
        _client.Dispose();
        await _reader.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
