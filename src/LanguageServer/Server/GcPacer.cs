// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.LanguageServer.Server;

/// <summary>
/// Chooses when the garbage collector runs while documents are analysed, so that a collection does not land in the
/// middle of an analysis.
/// </summary>
/// <remarks>
/// <para>
/// An analysis builds a syntax tree and a bound model of about 1 KB per line, nearly all alive until it ends. A
/// collection that runs mid-analysis must copy that young data into an older generation: on a 5,000-line file that is
/// 4 to 7 MB and 10 to 15 ms, once every dozen keystrokes, which was the whole tail of the didChange to
/// publishDiagnostics latency (measured with BenchmarkDotNet, benchmarks/SshdLint.Benchmarks). Just before an
/// analysis, the young generation holds little that is alive (the document's previous analysis is dropped as soon as
/// the document changes), so a collection there costs a fraction of a millisecond.
/// </para>
/// <para>
/// The pacer therefore asks for a gen0 collection before a large analysis once the bytes allocated since the last
/// collection reach half of what that analysis is expected to allocate: the analysis then runs on a fresh gen0 budget.
/// Small documents are left alone: their analyses are short and keep little alive.
/// </para>
/// </remarks>
internal sealed class GcPacer
{
    /// <summary>Analyses expected to allocate less than this are not paced.</summary>
    public const long MinimumPacedBytes = 2L * 1024 * 1024;

    private readonly object _gate = new();
    private int _seenCollections = -1;
    private long _allocatedAtCollection;

    /// <summary>Process-wide: the garbage collector is.</summary>
    public static GcPacer Shared { get; } = new();

    /// <summary>Collects now when an analysis of <paramref name="expectedBytes"/> would probably trigger a collection midway.</summary>
    /// <returns>True when it collected.</returns>
    public bool BeforeAnalysis(long expectedBytes)
    {
        if (expectedBytes < MinimumPacedBytes) return false;
        lock (_gate)
        {
            int collections = GC.CollectionCount(0);
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            if (collections != _seenCollections)
            {
                // A collection happened since the last look; count from about now.
                _seenCollections = collections;
                _allocatedAtCollection = allocated;
            }
            if (allocated - _allocatedAtCollection < expectedBytes / 2) return false;
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            _seenCollections = GC.CollectionCount(0);
            _allocatedAtCollection = GC.GetTotalAllocatedBytes(precise: false);
            return true;
        }
    }
}
