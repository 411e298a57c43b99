// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Tools.Catalog;

// Usage: dotnet run --project tools/catalog [-- --shared DIR] [--check]
// Reads DIR/reference/openssh/keywords.json (DIR defaults to $SSHDLINT_SHARED, else <repo>/../shared)
// and tools/catalog/summaries.md, and writes src/Parser/Catalog/Data/keywords.json. With --check it
// writes nothing and exits 1 when the checked-in file differs.
var repoRoot = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory());
if (repoRoot is null)
{
    Console.Error.WriteLine("catalog: cannot find the repository root (a directory holding SshdLint.sln)");
    return 2;
}

string? shared = Environment.GetEnvironmentVariable("SSHDLINT_SHARED");
bool check = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--shared" when i + 1 < args.Length: shared = args[++i]; break;
        case "--check": check = true; break;
        default:
            Console.Error.WriteLine($"catalog: unknown argument '{args[i]}'");
            return 2;
    }
}
shared ??= Path.Combine(repoRoot, "..", "shared");
var reference = Path.Combine(shared, "reference", "openssh", "keywords.json");
if (!File.Exists(reference))
{
    Console.Error.WriteLine($"catalog: reference not found: {reference} (set SSHDLINT_SHARED or pass --shared)");
    return 2;
}

string generated;
try
{
    generated = CatalogGenerator.Generate(
        File.ReadAllText(reference),
        File.ReadAllText(Path.Combine(repoRoot, "tools", "catalog", "summaries.md")));
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var output = Path.Combine(repoRoot, "src", "Parser", "Catalog", "Data", "keywords.json");
if (check)
{
    bool same = File.Exists(output) && File.ReadAllText(output) == generated;
    Console.WriteLine(same ? "catalog: up to date" : $"catalog: {output} is stale; run dotnet run --project tools/catalog");
    return same ? 0 : 1;
}
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, generated);
Console.WriteLine($"catalog: wrote {output}");
return 0;

static string? FindRepoRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SshdLint.sln"))) return dir.FullName;
    return null;
}
