// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.TestSupport;

/// <summary>One row of the corpus <c>MANIFEST.tsv</c>: where a file came from and what Debian's sshd said about it.</summary>
/// <param name="File">File name inside the corpus directory, e.g. <c>001-illumos-gate-sshd_config.conf</c>.</param>
/// <param name="Repo">Source repository (<c>owner/name</c>).</param>
/// <param name="SourcePath">Path of the file in that repository.</param>
/// <param name="Commit">Commit holding that version.</param>
/// <param name="License">Detected licence; empty when the repository states none.</param>
/// <param name="Notes">Heuristic tags (distro guess, features, sshd -t warnings).</param>
/// <param name="Sshd92Test">
/// <c>ok</c>, or the first non-warning line of <c>sshd -t</c> (Debian 9.2p1) with the file path removed,
/// e.g. <c>line 105: Bad configuration option: MaxAuthTriesLog</c>.
/// </param>
public sealed record CorpusEntry(string File, string Repo, string SourcePath, string Commit, string License, string Notes, string Sshd92Test)
{
    /// <summary>True when Debian's sshd 9.2 accepted the file.</summary>
    public bool Sshd92Accepts => Sshd92Test == "ok";

    /// <summary>Absolute path of the file in the corpus directory.</summary>
    public string FullPath => Path.Combine(Corpus.Directory, File);
}

/// <summary>
/// The real-world corpus (<c>shared/corpus/real</c>): 250 sshd_config files copied byte for byte from public
/// repositories, with <c>MANIFEST.tsv</c> recording their origin and Debian sshd 9.2's verdict.
/// </summary>
/// <remarks>
/// Located by <c>SSHDLINT_CORPUS</c>, else <c>&lt;repo root&gt;/../shared/corpus/real</c> (CI clones the repository
/// beside <c>shared/</c>). Missing corpus: tests marked <see cref="CorpusFactAttribute"/> /
/// <see cref="CorpusTheoryAttribute"/> are skipped locally and fail in CI, per <see cref="Requirements"/>.
/// </remarks>
public static class Corpus
{
    /// <summary>Environment variable that names the corpus directory.</summary>
    public const string Variable = "SSHDLINT_CORPUS";

    /// <summary>Name of the manifest inside the corpus directory.</summary>
    public const string ManifestName = "MANIFEST.tsv";

    private static readonly Lazy<IReadOnlyList<CorpusEntry>> LazyManifest = new(ReadManifest);

    /// <summary>The corpus directory (it may not exist; see <see cref="Available"/>).</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v
            ? Path.GetFullPath(v)
            : Path.Combine(RepoPaths.Shared, "corpus", "real");

    /// <summary>True when the directory exists and holds <c>MANIFEST.tsv</c>.</summary>
    public static bool Available => File.Exists(Path.Combine(Directory, ManifestName));

    /// <summary>Where the harness looked and how to point it elsewhere.</summary>
    public static string UnavailableMessage =>
        $"sshd_config corpus not found: no {ManifestName} in {Directory} " +
        $"(set {Variable} to the directory holding the corpus files and {ManifestName}, " +
        "or place the shared/ directory beside the repository)";

    /// <summary>Returns when the corpus is present; otherwise throws <see cref="TestInputUnavailableException"/> (see <see cref="SshdOracle.RequireOrSkip"/>).</summary>
    public static void RequireOrSkip()
    {
        if (Available) return;
        var where = Requirements.IsCi ? "CI=true, so this is a failure, not a skip" : "use [CorpusFact]/[CorpusTheory] to skip instead";
        throw new TestInputUnavailableException($"{UnavailableMessage} ({where})");
    }

    /// <summary>Absolute paths of the corpus files (every file except the manifest), sorted ordinally.</summary>
    public static IReadOnlyList<string> Files
    {
        get
        {
            RequireOrSkip();
            return System.IO.Directory.EnumerateFiles(Directory)
                .Where(f => Path.GetFileName(f) != ManifestName)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>The manifest rows, in file order.</summary>
    public static IReadOnlyList<CorpusEntry> Manifest => LazyManifest.Value;

    /// <summary>The manifest row for a file name (not a path); null when the manifest does not list it.</summary>
    public static CorpusEntry? Entry(string fileName) => Manifest.FirstOrDefault(e => e.File == fileName);

    /// <summary>Theory data: one row per manifest entry holding its file name (strings serialise, so each file is its own test case).</summary>
    public static IEnumerable<object[]> FileNames => Manifest.Select(e => new object[] { e.File });

    private static IReadOnlyList<CorpusEntry> ReadManifest()
    {
        RequireOrSkip();
        var rows = new List<CorpusEntry>();
        using var reader = new StreamReader(Path.Combine(Directory, ManifestName));
        var header = reader.ReadLine()?.Split('\t') ?? [];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{ManifestName} has no '{name}' column");
        int file = Column("file"), repo = Column("repo"), path = Column("path"), commit = Column("commit"),
            license = Column("license"), notes = Column("notes"), t = Column("sshd_9.2_t");
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            string At(int i) => i < f.Length ? f[i] : "";
            rows.Add(new CorpusEntry(At(file), At(repo), At(path), At(commit), At(license), At(notes), At(t)));
        }
        return rows;
    }
}
