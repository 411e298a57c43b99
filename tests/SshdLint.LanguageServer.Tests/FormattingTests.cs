// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Handlers.Formatting;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.TestSupport;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Document and range formatting: separators and indentation change, meaning never does.</summary>
public sealed class FormattingTests
{
    private static readonly FormattingOptions FourSpaces = new() { TabSize = 4, InsertSpaces = true };

    private static string Format(string text, FormattingOptions? options = null, Target? target = null)
    {
        var tree = SyntaxTree.Parse(text, new ParseOptions(target ?? Target.Default));
        return EditApplier.Apply(text, ConfigFormatter.Format(tree, options ?? FourSpaces));
    }

    [Fact]
    public void Separators_become_one_space_and_Match_bodies_one_indentation_level()
    {
        const string before = "  Port=22\nPermitRootLogin   =   no   \nAcceptEnv\tLANG   LC_*\n\t# backup\nMatch   User backup\n# body\nX11Forwarding no\n\t\tForceCommand internal-sftp  -d   /srv\n   \nMatch All\n";
        const string after = "Port 22\nPermitRootLogin no\nAcceptEnv LANG LC_*\n# backup\nMatch User backup\n    # body\n    X11Forwarding no\n    ForceCommand internal-sftp  -d   /srv\n\nMatch All\n";
        Assert.Equal(after, Format(before));
        Assert.Equal(after, Format(after)); // idempotent
        Assert.Equal("Match User x\n\tPort 22\n", Format("Match User x\n  Port   22\n", new FormattingOptions { TabSize = 8, InsertSpaces = false }));
    }

    [Fact]
    public void Quotes_comments_and_line_endings_are_kept()
    {
        Assert.Equal("Banner \"/etc/issue net\" # keep\r\nMatch User \"a b\"\r\n    AuthorizedKeysFile \"%h/.ssh/keys\"\r\n",
            Format("Banner   \"/etc/issue net\" # keep\r\nMatch User \"a b\"\r\nAuthorizedKeysFile    \"%h/.ssh/keys\"\r\n"));
    }

    [Fact]
    public void A_line_whose_meaning_would_change_is_left_alone()
    {
        // Before 8.7 sshd cut lines at the first '#', wherever it was; the text after the keyword stays as written
        // when the re-read line would differ. SameMeaning is the guard: check it on its own.
        var old = new ParseOptions(new Target(new OpenSshVersion(7, 4)));
        Assert.True(ConfigFormatter.SameMeaning("Port   22", "Port 22", old));
        Assert.False(ConfigFormatter.SameMeaning("Banner \"a  b\"", "Banner \"a b\"", old));
        Assert.False(ConfigFormatter.SameMeaning("Port 22", "# Port 22", old));
    }

    [Fact]
    public async Task Range_formatting_touches_only_the_lines_in_the_range()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:range";
        const string text = "Port=22\nMatch User a\nX11Forwarding  no\nPermitTTY=no\n";
        await client.OpenAsync(uri, text);
        var edits = await client.RequestAsync("textDocument/rangeFormatting", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 2, character = 0 }, end = new { line = 3, character = 0 } },
            options = new { tabSize = 2, insertSpaces = true },
        }, LspJsonContext.Default.ListTextEdit);
        Assert.Equal("Port=22\nMatch User a\n  X11Forwarding no\nPermitTTY=no\n", EditApplier.Apply(text, edits!));

        var all = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } }, LspJsonContext.Default.ListTextEdit);
        Assert.Equal("Port 22\nMatch User a\n  X11Forwarding no\n  PermitTTY no\n", EditApplier.Apply(text, all!));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    public static IEnumerable<object[]> Targets => [["7.4"], ["9.2"], ["10.5"]];

    /// <summary>Every real-world file, for old and new tokenizers: sshd reads the formatted file exactly as the original.</summary>
    [CorpusTheory]
    [MemberData(nameof(Targets))]
    public void Formatting_the_corpus_never_changes_what_sshd_reads(string version)
    {
        var target = new Target(OpenSshVersion.Parse(version));
        int changed = 0;
        foreach (var path in Corpus.Files)
        {
            string text = Parser.Text.SourceText.From(File.ReadAllBytes(path)).Text;
            string formatted = Format(text, FourSpaces, target);
            if (formatted != text) changed++;
            var before = SyntaxTree.Parse(text, new ParseOptions(target));
            var after = SyntaxTree.Parse(formatted, new ParseOptions(target));
            Assert.Equal(Read(before), Read(after));
            Assert.Equal(before.Diagnostics.Select(d => d.Id), after.Diagnostics.Select(d => d.Id));
            Assert.Equal(formatted, Format(formatted, FourSpaces, target));
        }
        Assert.True(changed > 0);
    }

    private static List<string> Read(SyntaxTree tree) =>
        tree.Root.AllDirectives().Select(d => $"{d.Kind}|{d.KeywordText}|{string.Join("\u0001", d.ArgumentValues)}|{d.EnclosingMatch?.Header.Line}").ToList();
}
