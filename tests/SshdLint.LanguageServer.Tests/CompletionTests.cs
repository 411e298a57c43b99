// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.LanguageServer.Handlers.Completion;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Tests.Infrastructure;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Tests;

/// <summary>Keywords by scope, enum words, algorithm names with prefixes, Match criteria, snippets.</summary>
public sealed class CompletionTests
{
    private static readonly Target Newest = Target.Default;

    /// <summary>Completes at the <c>$$</c> marker.</summary>
    private static List<CompletionItem> At(string markup, Target? target = null, bool snippets = false)
    {
        int at = markup.IndexOf("$$", StringComparison.Ordinal);
        var text = SourceText.From(markup.Remove(at, 2));
        var position = text.GetLinePosition(at);
        return CompletionHandler.Complete(text, new Position(position.Line, position.Character), target ?? Newest, snippets);
    }

    [Fact]
    public void Keywords_are_offered_at_the_start_of_a_line_and_only_Match_allowed_ones_inside_a_block()
    {
        var global = At("Port 22\nPermit$$\n");
        Assert.Contains(global, i => i.Label == "PermitRootLogin");
        Assert.Contains(global, i => i.Label == "Port");
        var item = global.First(i => i.Label == "PermitRootLogin");
        Assert.Equal(CompletionItemKind.Keyword, item.Kind);
        Assert.Equal((1, 0, 1, 6), (item.TextEdit!.Range.Start.Line, item.TextEdit.Range.Start.Character, item.TextEdit.Range.End.Line, item.TextEdit.Range.End.Character));
        Assert.Contains("Whether root may log in", item.Documentation!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(global, i => i.Label == "UsePrivilegeSeparation"); // deprecated: would only be flagged

        var inMatch = At("Match User alice\n    $$\n");
        Assert.Contains(inMatch, i => i.Label == "PermitRootLogin");
        Assert.DoesNotContain(inMatch, i => i.Label == "Port");
        Assert.DoesNotContain(inMatch, i => i.Label == "Ciphers");
    }

    [Fact]
    public void Keywords_follow_the_target_version()
    {
        Assert.DoesNotContain(At("$$", new Target(new OpenSshVersion(7, 4))), i => i.Label == "Include");
        Assert.Contains(At("$$", new Target(new OpenSshVersion(8, 2))), i => i.Label == "Include");
    }

    [Fact]
    public void Snippets_offer_the_accepted_words_when_the_client_takes_snippets()
    {
        var item = At("PermitRootL$$", snippets: true).First(i => i.Label == "PermitRootLogin");
        Assert.Equal(InsertTextFormat.Snippet, item.InsertTextFormat);
        Assert.Equal("PermitRootLogin ${1|yes,prohibit-password,without-password,forced-commands-only,no|}", item.TextEdit!.NewText);
        var plain = At("PermitRootL$$").First(i => i.Label == "PermitRootLogin");
        Assert.Equal("PermitRootLogin ", plain.TextEdit!.NewText);
    }

    [Fact]
    public void Enum_values_replace_the_word_under_the_cursor()
    {
        var items = At("PermitRootLogin y$$es\n");
        Assert.Equal(["yes", "prohibit-password", "without-password", "forced-commands-only", "no"], items.Select(i => i.Label));
        Assert.Equal("default", items.Single(i => i.Label == "prohibit-password").Detail);
        var range = items[0].TextEdit!.Range;
        Assert.Equal((16, 19), (range.Start.Character, range.End.Character));
        Assert.Equal(["yes", "no"], At("X11Forwarding=$$").Select(i => i.Label));
        Assert.Empty(At("X11Forwarding yes $$"));
        Assert.Empty(At("# PermitRootLogin $$"));
    }

    [Fact]
    public void Algorithm_names_follow_the_target_with_prefixes_and_commas()
    {
        var start = At("Ciphers $$");
        Assert.Equal(["+", "-", "^"], start.Where(i => i.Kind == CompletionItemKind.Operator).Select(i => i.Label));
        Assert.Contains(start, i => i.Label == "aes256-gcm@openssh.com");
        // '-' arrived in 7.5 and '^' in 8.1.
        Assert.Equal(["+"], At("Ciphers $$", new Target(new OpenSshVersion(7, 4))).Where(i => i.Kind == CompletionItemKind.Operator).Select(i => i.Label));

        var afterComma = At("Ciphers +aes128-ctr,aes$$");
        Assert.DoesNotContain(afterComma, i => i.Label == "aes128-ctr");
        Assert.DoesNotContain(afterComma, i => i.Kind == CompletionItemKind.Operator);
        var item = afterComma.First(i => i.Label == "aes256-ctr");
        Assert.Equal((20, 23), (item.TextEdit!.Range.Start.Character, item.TextEdit.Range.End.Character));

        // The names are the target's: chacha20-poly1305 is not in 7.0's default list but is supported; 3des-cbc is gone from newer releases' defaults.
        Assert.Contains("default list", At("KexAlgorithms $$").First(i => i.Label == "curve25519-sha256").Detail!, StringComparison.Ordinal);
        Assert.Contains(At("MACs -$$"), i => i.Label == "hmac-sha1");
    }

    [Fact]
    public void Match_criteria_where_a_criterion_goes_and_by_release()
    {
        var first = At("Match $$");
        Assert.Equal(["All", "User", "Group", "Host", "Address", "LocalAddress", "LocalPort", "RDomain", "invalid-user", "Version"], first.Select(i => i.Label));
        Assert.Empty(At("Match User $$"));                      // the pattern goes here
        Assert.DoesNotContain(At("Match User alice $$"), i => i.Label == "All"); // All must be alone
        Assert.Contains(At("Match User alice $$"), i => i.Label == "Address");
        Assert.DoesNotContain(At("Match $$", new Target(new OpenSshVersion(9, 2))), i => i.Label is "invalid-user" or "Version");
        var snippet = At("Match $$", snippets: true).First(i => i.Label == "User");
        Assert.Equal("User ${1:pattern}", snippet.TextEdit!.NewText);
    }

    [Fact]
    public async Task Completion_over_the_protocol_uses_the_documents_target()
    {
        await using var client = await LspTestClient.StartAsync(
            capabilities: new { textDocument = new { completion = new { completionItem = new { snippetSupport = true } } } },
            initializationOptions: new { openssh = "7.4" });
        const string uri = "untitled:complete";
        await client.OpenAsync(uri, "Ciph\n");
        var list = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 0, character = 4 } }, LspJsonContext.Default.CompletionList);
        Assert.False(list!.IsIncomplete);
        Assert.Contains(list.Items, i => i.Label == "Ciphers");
        Assert.DoesNotContain(list.Items, i => i.Label == "Include");
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
