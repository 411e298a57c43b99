// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Tests.TestSupport;
using SshdLint.Tools.Catalog;

namespace SshdLint.Parser.Tests.Catalog;

/// <summary>
/// The embedded catalog must be exactly what tools/catalog generates from the shared reference, so a
/// change to the reference, the curated facts or the summaries cannot be forgotten.
/// </summary>
public sealed class CatalogFreshnessTests
{
    private static string CheckedInPath => Path.Combine(TestEnvironment.RepoRoot, "src", "Parser", "Catalog", "Data", "keywords.json");

    [RequiresReferenceFact]
    public void EmbeddedCatalogIsWhatTheGeneratorProduces()
    {
        var generated = CatalogGenerator.Generate(
            File.ReadAllText(TestEnvironment.ReferenceFile("keywords.json")),
            File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "tools", "catalog", "summaries.md")));

        // SSHDLINT_UPDATE_CATALOG=1 rewrites the checked-in file (rebuild and re-run to check the embedded copy).
        if (Environment.GetEnvironmentVariable("SSHDLINT_UPDATE_CATALOG") == "1")
            File.WriteAllText(CheckedInPath, generated);

        var checkedIn = Normalize(File.ReadAllText(CheckedInPath));
        var embedded = Normalize(CatalogData.ReadEmbeddedText());
        Assert.True(checkedIn == generated, Stale("src/Parser/Catalog/Data/keywords.json", checkedIn, generated));
        Assert.True(embedded == generated, Stale("the embedded catalog resource (rebuild)", embedded, generated));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Stale(string what, string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        int line = 0;
        while (line < a.Length && line < e.Length && a[line] == e[line]) line++;
        return $"{what} is stale: regenerate with `dotnet run --project tools/catalog` (or SSHDLINT_UPDATE_CATALOG=1 dotnet test). " +
               $"First difference at line {line + 1}:\n  have: {(line < a.Length ? a[line] : "<end>")}\n  want: {(line < e.Length ? e[line] : "<end>")}";
    }
}
