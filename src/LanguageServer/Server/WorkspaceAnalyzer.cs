// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules;
using SshdLint.Rules.Linting;
using EngineDiagnostic = SshdLint.Parser.Diagnostics.Diagnostic;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// One document linted as a main configuration under one snapshot: the bound model (with everything it includes),
/// the lint result, and what it depended on, so the analysis can be reused until one of those changes.
/// </summary>
internal sealed class Analysis
{
    private readonly Lazy<EffectiveConfig> _startup;
    private int _propagated;
    private readonly Lazy<Dictionary<string, ImmutableArray<EngineDiagnostic>>> _byPath;

    internal Analysis(Document main, DocumentSettings settings, ConfigModel model, LintResult lint,
        ImmutableDictionary<string, int?> fileVersions, int settingsGeneration, int diskGeneration, TimeSpan elapsed)
    {
        Main = main;
        Settings = settings;
        Model = model;
        Lint = lint;
        FileVersions = fileVersions;
        SettingsGeneration = settingsGeneration;
        DiskGeneration = diskGeneration;
        Elapsed = elapsed;
        _startup = new Lazy<EffectiveConfig>(() => EffectiveConfig.Compute(model, null));
        _byPath = new Lazy<Dictionary<string, ImmutableArray<EngineDiagnostic>>>(() => lint.Diagnostics
            .GroupBy(d => PathUtilities.Normalize(d.Location.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>The document analysed as the main file.</summary>
    public Document Main { get; }

    /// <summary>Target, sysroot and lint options used.</summary>
    public DocumentSettings Settings { get; }

    /// <summary>The bound configuration (the main file first, then included files in sshd's order).</summary>
    public ConfigModel Model { get; }

    /// <summary>The findings.</summary>
    public LintResult Lint { get; }

    /// <summary>Every file read, by normalised path, with the open document's version (null: read from disk).</summary>
    public ImmutableDictionary<string, int?> FileVersions { get; }

    /// <summary>The settings generation analysed under.</summary>
    public int SettingsGeneration { get; }

    /// <summary>The disk generation analysed under.</summary>
    public int DiskGeneration { get; }

    /// <summary>How long parse, bind and lint took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>What sshd applies at startup (for hover and go to definition).</summary>
    public EffectiveConfig Startup => _startup.Value;

    /// <summary>True the first time it is called: the publisher re-publishes the open files this analysis includes once.</summary>
    public bool TryClaimPropagation() => Interlocked.Exchange(ref _propagated, 1) == 0;

    /// <summary>True when the configuration reads the file at <paramref name="path"/> as an included file.</summary>
    public bool Includes(string path)
    {
        string normalized = PathUtilities.Normalize(path);
        return normalized != Main.Path && FileVersions.ContainsKey(normalized);
    }

    /// <summary>The findings located in one file of the configuration.</summary>
    public ImmutableArray<EngineDiagnostic> DiagnosticsFor(string path) =>
        _byPath.Value.TryGetValue(PathUtilities.Normalize(path), out var list) ? list : [];

    /// <summary>The configuration's file at a path (the main file or an included one).</summary>
    public ConfigFile? FileAt(string path)
    {
        string normalized = PathUtilities.Normalize(path);
        return Model.Files.FirstOrDefault(f => PathUtilities.Normalize(f.Path) == normalized);
    }

    /// <summary>
    /// True while nothing the analysis read has changed: same main text, same settings and disk generations, and
    /// every file read still has the same open version (or is still read from disk).
    /// </summary>
    public bool IsValidFor(ServerSnapshot snapshot, Document main)
    {
        if (!ReferenceEquals(main.Text, Main.Text) || main.Version != Main.Version) return false;
        if (snapshot.SettingsGeneration != SettingsGeneration || snapshot.DiskGeneration != DiskGeneration) return false;
        foreach (var (path, version) in FileVersions)
        {
            if (path == Main.Path) continue;
            if (snapshot.DocumentAtPath(path)?.Version != version) return false;
        }
        return true;
    }
}

/// <summary>
/// Computes and caches analyses. Any thread may ask; an analysis is immutable once made, and a stale one is simply
/// replaced (two threads may compute the same one at once; both results are equal).
/// </summary>
internal sealed class WorkspaceAnalyzer(SettingsResolver settings, IFileSystem disk, IReadOnlyList<Rule>? rules)
{
    /// <summary>Documents larger than this are not linted: sshd itself refuses configurations over 4 MiB since 10.1.</summary>
    public const int MaxDocumentLength = 16 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Analysis> _latest = new(StringComparer.Ordinal);

    // What each open document's last analysis read, kept when the analysis itself is dropped (see Invalidate).
    private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> _includes = new(StringComparer.Ordinal);

    // Bytes the last analysis of each document allocated, to pace the garbage collector (GcPacer).
    private readonly ConcurrentDictionary<string, long> _allocated = new(StringComparer.Ordinal);

    /// <summary>The settings resolver (for requests that need a document's target without an analysis).</summary>
    public SettingsResolver Settings => settings;

    /// <summary>The analysis of <paramref name="document"/> as a main file, reused when still valid.</summary>
    /// <param name="fresh">True when it was computed by this call.</param>
    public Analysis Analyze(ServerSnapshot snapshot, Document document, out bool fresh)
    {
        if (_latest.TryGetValue(document.Uri, out var cached) && cached.IsValidFor(snapshot, document))
        {
            fresh = false;
            return cached;
        }
        GcPacer.Shared.BeforeAnalysis(_allocated.GetValueOrDefault(document.Uri));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var analysis = Compute(snapshot, document);
        if (document.IsOpen)
        {
            _latest[document.Uri] = analysis;
            _includes[document.Uri] = analysis.FileVersions.Keys.Where(p => p != document.Path).ToImmutableHashSet(StringComparer.Ordinal);
            _allocated[document.Uri] = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        fresh = true;
        return analysis;
    }

    /// <summary>The analysis of a document as a main file.</summary>
    public Analysis Analyze(ServerSnapshot snapshot, Document document) => Analyze(snapshot, document, out _);

    /// <summary>
    /// The analysis a document's findings come from: when another open document includes it (a drop-in of an open
    /// <c>sshd_config</c>), that document's, because a drop-in means something only in the configuration that reads
    /// it (its Match scope, what wins over it); otherwise its own.
    /// </summary>
    /// <remarks>
    /// When several open documents include it, the one opened first decides. Null for a document larger than
    /// <see cref="MaxDocumentLength"/>, which is not analysed at all.
    /// </remarks>
    public Analysis? AnalyzeWithContext(ServerSnapshot snapshot, Document document)
    {
        if (IsTooLarge(document)) return null;
        foreach (var other in snapshot.Documents.Values.OrderBy(d => d.OpenOrder))
        {
            if (other.Uri == document.Uri || IsTooLarge(other)) continue;
            if (!_includes.TryGetValue(other.Uri, out var read) || !read.Contains(document.Path)) continue;
            var current = Analyze(snapshot, other);
            if (current.Includes(document.Path)) return current;
        }
        return Analyze(snapshot, document);
    }

    /// <summary>True for a document too large to analyse in an editor.</summary>
    public static bool IsTooLarge(Document document) => document.Text.Length > MaxDocumentLength;

    /// <summary>Open documents whose last analysis read <paramref name="path"/> as an included file.</summary>
    public IEnumerable<string> DocumentsIncluding(string path)
    {
        string normalized = PathUtilities.Normalize(path);
        return _includes.Where(kv => kv.Value.Contains(normalized)).Select(kv => kv.Key).ToArray();
    }

    /// <summary>
    /// Drops a document's analysis once it is stale (its text or an included buffer changed), so the next analysis
    /// starts with it gone: it would be thrown away anyway, and while it stays reachable a garbage collection has to
    /// copy it (see <see cref="GcPacer"/>). What it included is remembered.
    /// </summary>
    public void Invalidate(string uri) => _latest.TryRemove(uri, out _);

    /// <summary>Forgets a closed document.</summary>
    public void Forget(string uri)
    {
        _latest.TryRemove(uri, out _);
        _includes.TryRemove(uri, out _);
        _allocated.TryRemove(uri, out _);
    }

    private Analysis Compute(ServerSnapshot snapshot, Document document)
    {
        var watch = Stopwatch.StartNew();
        var documentSettings = settings.Resolve(snapshot, document);
        var fileSystem = new OverlayFileSystem(snapshot, disk);
        var tree = SyntaxTree.Parse(document.Text, new ParseOptions(documentSettings.Target, document.Path));
        var model = Binder.Bind(tree, new BindOptions(documentSettings.Target, documentSettings.Sysroot, fileSystem));
        var lint = rules is null ? Linter.Lint(model, documentSettings.LintOptions) : Linter.LintWith(model, documentSettings.LintOptions, rules);
        var versions = ImmutableDictionary.CreateBuilder<string, int?>(StringComparer.Ordinal);
        foreach (var file in model.Files)
        {
            string path = PathUtilities.Normalize(file.Path);
            versions[path] = path == document.Path ? document.Version : snapshot.DocumentAtPath(path)?.Version;
        }
        return new Analysis(document, documentSettings, model, lint, versions.ToImmutable(), snapshot.SettingsGeneration, snapshot.DiskGeneration, watch.Elapsed);
    }
}
