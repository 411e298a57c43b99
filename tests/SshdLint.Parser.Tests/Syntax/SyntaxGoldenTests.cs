// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Syntax;

/// <summary>
/// Golden <c>.tokens</c> and <c>.tree</c> dumps for <c>Fixtures/Syntax/{valid,invalid}</c>, for the 8.7+ tokenizer and the
/// pre-8.7 one. Regenerate with <c>SSHDLINT_UPDATE_SNAPSHOTS=1</c> and review the diff.
/// </summary>
public sealed class SyntaxGoldenTests
{
    private static string Folder => RepoPaths.Fixtures("SshdLint.Parser.Tests", "Syntax");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(Folder, "*.sshd_config", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => new[] { "9.2", "8.6" }.Select(v => new object[] { Path.GetRelativePath(Folder, f), v }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpsMatchTheGoldenFiles(string relative, string version)
    {
        string path = Path.Combine(Folder, relative);
        var bytes = File.ReadAllBytes(path);
        var tree = SyntaxTree.Parse(SourceText.From(bytes), new ParseOptions(new Target(OpenSshVersion.Parse(version)), relative));
        Assert.Equal(bytes, Utf8Escaping.Encode(tree.ToFullString()));
        Golden.Check($"{path}.{version}.tokens", SyntaxDumper.DumpTokens(tree));
        Golden.Check($"{path}.{version}.tree", SyntaxDumper.DumpTree(tree));
    }
}

/// <summary>Golden-file comparison with an update switch.</summary>
internal static class Golden
{
    public static bool Update => Environment.GetEnvironmentVariable("SSHDLINT_UPDATE_SNAPSHOTS") == "1";

    public static void Check(string path, string actual)
    {
        if (Update)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run with SSHDLINT_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
