// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Syntax;

/// <summary>Every corpus file round-trips byte for byte, as written and with LF/CRLF line ends swapped, under old and new tokenizers.</summary>
public sealed class CorpusRoundTripTests
{
    public static IEnumerable<object[]> CorpusFiles => Corpus.Available ? Corpus.FileNames : [["(corpus missing)"]];

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void RoundTripsAsWrittenAndWithOtherLineEnds(string file)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(Corpus.Directory, file));
        foreach (var bytes in new[] { original, ToCrLf(original), ToLf(original) })
        {
            foreach (var version in new[] { "7.0", "8.6", "9.2", "10.5" })
            {
                var tree = SyntaxTree.Parse(SourceText.From(bytes), new ParseOptions(new Target(OpenSshVersion.Parse(version)), file));
                Assert.Equal(bytes, Utf8Escaping.Encode(tree.ToFullString()));
                SpanInvariants.Check(tree);
            }
        }
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void CrLfAndLfGiveTheSameDirectives(string file)
    {
        byte[] lf = ToLf(File.ReadAllBytes(Path.Combine(Corpus.Directory, file)));
        var a = SyntaxTree.Parse(SourceText.From(lf), new ParseOptions(Target.Debian92, file));
        var b = SyntaxTree.Parse(SourceText.From(ToCrLf(lf)), new ParseOptions(Target.Debian92, file));
        Assert.Equal(
            a.Root.AllDirectives().Select(d => (d.KeywordText, string.Join("\u0001", d.ArgumentValues), d.Line)),
            b.Root.AllDirectives().Select(d => (d.KeywordText, string.Join("\u0001", d.ArgumentValues), d.Line)));
    }

    private static byte[] ToLf(byte[] bytes) => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));

    private static byte[] ToCrLf(byte[] bytes) => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(ToLf(bytes)).Replace("\n", "\r\n", StringComparison.Ordinal));
}
