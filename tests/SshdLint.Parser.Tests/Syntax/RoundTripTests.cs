// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.Parser.Tests.Syntax;

public sealed class RoundTripTests
{
    public static TheoryData<string> Versions => new() { "7.0", "7.4", "8.6", "8.7", "9.2", "9.9", "10.5" };

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("Port 22")]
    [InlineData("Port 22\n")]
    [InlineData("Port 22\r\n")]
    [InlineData("  Port   22  \t\r\n# comment\n\n")]
    [InlineData("PasswordAuthentication=no\nPort = 22\n\"Port\" 23\n=Port 24\nPort==25\n")]
    [InlineData("AllowUsers \"a b\" 'c d' e\\ f # trailing\nAllowUsers a#b\n")]
    [InlineData("Banner \"unterminated\nPort 22\n")]
    [InlineData("\"Port 22\n")]
    [InlineData("ForceCommand /bin/echo \"hi # there\" # not a comment\n")]
    [InlineData("Match User alice,bob Address 10.0.0.0/8 # c\n  X11Forwarding no\nMatch All\n\tPort 1\n")]
    [InlineData("Match User=alice\n")]
    [InlineData("PasswordAuthentication no\0garbage\nPort 2222\n")]
    [InlineData("Port 22\0")]
    [InlineData("\0\0\0\n\0")]
    [InlineData("\uFEFFPort 22\n")]
    [InlineData("Port\u00A022\n")]
    [InlineData("Port 22 \f\n\fPort 3\n")]
    [InlineData("Port\n")]
    [InlineData("Port #x\n")]
    [InlineData("\r\r\r\n")]
    [InlineData("=\n\"\"\n\"#x\" y\n")]
    public void ParseThenToFullStringReturnsTheInput(string text)
    {
        foreach (var v in new[] { "7.0", "7.4", "8.6", "8.7", "9.2", "9.9", "10.5" })
        {
            var tree = SyntaxTree.Parse(text, new ParseOptions(new Target(OpenSshVersion.Parse(v))));
            Assert.Equal(text, tree.ToFullString());
            SpanInvariants.Check(tree);
        }
    }

    [Fact]
    public void InvalidUtf8RoundTripsByteForByte()
    {
        byte[] bytes = [0x50, 0x6f, 0x72, 0x74, 0x20, 0xff, 0xfe, 0x0a, 0xc3, 0x28, 0xe2, 0x82, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0x00];
        var text = SourceText.From(bytes);
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(bytes, Utf8Escaping.Encode(tree.ToFullString()));
        SpanInvariants.Check(tree);
    }

    [Fact]
    public void RandomInputsRoundTrip()
    {
        var random = new Random(20261124);
        string alphabet = "Port AllowUsers Match User # = \" ' \\ \t\r\n\f\0\u00a0xé=#";
        for (int iteration = 0; iteration < 3000; iteration++)
        {
            int length = random.Next(0, 120);
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            foreach (var v in new[] { "8.6", "9.2", "10.5" })
            {
                var tree = SyntaxTree.Parse(text, new ParseOptions(new Target(OpenSshVersion.Parse(v))));
                Assert.Equal(text, tree.ToFullString());
                SpanInvariants.Check(tree);
            }
        }
    }

    [Fact]
    public void RandomBytesRoundTrip()
    {
        var random = new Random(7);
        for (int iteration = 0; iteration < 1000; iteration++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            // Bias towards structure: sprinkle newlines, spaces, quotes and '#'.
            for (int i = 0; i < bytes.Length; i += 7) bytes[i] = (byte)"\n \"#='\\"[random.Next(7)];
            var tree = SyntaxTree.Parse(SourceText.From(bytes));
            Assert.Equal(bytes, Utf8Escaping.Encode(tree.ToFullString()));
            SpanInvariants.Check(tree);
        }
    }

    [Fact]
    public void FiftyMegabyteLineRoundTrips()
    {
        string text = "Banner " + new string('x', 50 * 1024 * 1024) + "\nPort 22\n";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text.Length, tree.Root.FullSpan.Length);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(2, tree.Root.AllDirectives().Count());
    }
}

/// <summary>ruff-style tree invariants: tokens contiguous, ordered, covering the text; children inside parents.</summary>
internal static class SpanInvariants
{
    public static void Check(SyntaxTree tree)
    {
        int expected = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var t in token.LeadingTrivia)
            {
                Assert.Equal(expected, t.Span.Start);
                Assert.False(t.Span.IsEmpty, "empty trivia");
                expected = t.Span.End;
            }
            Assert.Equal(expected, token.Span.Start);
            expected = token.Span.End;
            foreach (var t in token.TrailingTrivia)
            {
                Assert.Equal(expected, t.Span.Start);
                Assert.False(t.Span.IsEmpty, "empty trivia");
                expected = t.Span.End;
            }
            Assert.NotNull(token.Parent);
            Assert.True(token.Parent!.FullSpan.Contains(token.FullSpan));
        }
        Assert.Equal(tree.Text.Length, expected);
        foreach (var d in tree.Root.AllDirectives())
        {
            Assert.True(tree.Root.FullSpan.Contains(d.FullSpan));
            if (d.Parent is MatchBlockSyntax block) Assert.True(block.FullSpan.Contains(d.FullSpan));
        }
    }
}
