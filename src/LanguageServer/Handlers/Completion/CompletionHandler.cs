// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using SshdLint.LanguageServer.Protocol;
using SshdLint.LanguageServer.Server;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Text;

namespace SshdLint.LanguageServer.Handlers.Completion;

/// <summary>
/// <c>textDocument/completion</c> (LSP 3.17 "Completion Request"): keywords valid where the cursor is (global, or the
/// Match-allowed ones inside a Match block), enum words, algorithm names the target knows (after <c>+</c>, <c>-</c>,
/// <c>^</c> and commas), and Match criteria; snippets with the accepted words when the client takes snippets.
/// </summary>
/// <remarks>
/// Works on the line's text rather than the syntax tree, because the line being typed is usually incomplete. Every
/// item carries a <c>textEdit</c> replacing the word under the cursor, so clients need not guess word boundaries
/// (names contain <c>-</c>, <c>@</c> and <c>.</c>).
/// </remarks>
internal sealed class CompletionHandler : RequestHandler<CompletionParams, CompletionList>
{
    public const string MethodName = "textDocument/completion";

    public override string Method => MethodName;

    public override JsonTypeInfo<CompletionParams> ParamsType => LspJsonContext.Default.CompletionParams;

    public override JsonTypeInfo<CompletionList> ResultType => LspJsonContext.Default.CompletionList;

    public override string? Validate(CompletionParams request) => base.Validate(request) ?? (request.Position is null ? "position is required" : null);

    public override Task<CompletionList?> HandleAsync(CompletionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document) return Task.FromResult<CompletionList?>(null);
        var target = context.Server.Analyzer.Settings.Resolve(context.Snapshot, document).Target;
        var items = Complete(document.Text, request.Position!, target, context.Server.Capabilities.Snippets);
        return Task.FromResult<CompletionList?>(new CompletionList { IsIncomplete = false, Items = items });
    }

    /// <summary>The proposals at a position.</summary>
    internal static List<CompletionItem> Complete(SourceText text, Position position, Target target, bool snippets)
    {
        int offset = ProtocolConversions.ToOffset(text, position);
        int line = text.GetLineNumber(offset);
        int lineStart = text.LineStarts[line];
        var lineSpan = text.GetLineSpan(line);
        string before = text.ToString(TextSpan.FromBounds(lineStart, offset));
        int first = 0;
        while (first < before.Length && char.IsWhiteSpace(before[first])) first++;
        if (first < before.Length && before[first] == '#') return [];

        // Word boundaries on the line: the keyword, then arguments split at blanks (and the one '=' after the keyword).
        int keywordEnd = first;
        while (keywordEnd < before.Length && !IsSeparator(before[keywordEnd])) keywordEnd++;
        int wordEndInLine = offset;
        while (wordEndInLine < lineSpan.End && !IsSeparator(text[wordEndInLine])) wordEndInLine++;
        var table = KeywordCatalog.For(target);

        if (keywordEnd == before.Length)
        {
            var replace = ProtocolConversions.ToRange(text, TextSpan.FromBounds(lineStart + first, wordEndInLine));
            return Keywords(table, InMatchBlock(text, line), replace, snippets);
        }

        string keywordText = before[first..keywordEnd];
        var keyword = table.Lookup(keywordText);
        if (keyword is null) return [];
        var arguments = SplitArguments(before[keywordEnd..]);
        int currentStart = lineStart + keywordEnd + arguments.CurrentStart;
        string current = arguments.Current;
        var previous = arguments.Complete;

        if (keyword.ArgumentKind == ArgumentKind.MatchCriteria)
            return MatchCriteria(target, previous, ProtocolConversions.ToRange(text, TextSpan.FromBounds(currentStart, wordEndInLine)), snippets);
        if (AlgorithmCatalog.KindFor(keyword.EffectiveName) is { } kind && previous.Count == 0)
            return Algorithms(kind, target, text, current, currentStart, wordEndInLine);
        if (keyword.AllowedValues.Count > 0 && (previous.Count == 0 || keyword.ArgumentKind == ArgumentKind.IpQos && previous.Count == 1))
            return Values(keyword, ProtocolConversions.ToRange(text, TextSpan.FromBounds(currentStart, wordEndInLine)));
        return [];
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '=';

    /// <summary>The arguments typed so far: complete ones, and the one under the cursor with its start.</summary>
    private static (List<string> Complete, string Current, int CurrentStart) SplitArguments(string afterKeyword)
    {
        var complete = new List<string>();
        int i = 0;
        bool sawEquals = false;
        int start = 0;
        while (true)
        {
            while (i < afterKeyword.Length && (afterKeyword[i] is ' ' or '\t' || afterKeyword[i] == '=' && !sawEquals && complete.Count == 0))
            {
                if (afterKeyword[i] == '=') sawEquals = true;
                i++;
            }
            start = i;
            while (i < afterKeyword.Length && afterKeyword[i] is not (' ' or '\t')) i++;
            if (i == afterKeyword.Length) return (complete, afterKeyword[start..], start);
            complete.Add(afterKeyword[start..i]);
        }
    }

    /// <summary>True when the line is inside a Match block: a Match line comes before it (blocks run to the next Match or the end).</summary>
    private static bool InMatchBlock(SourceText text, int line)
    {
        for (int l = line - 1; l >= 0; l--)
        {
            string content = text.ToString(text.GetLineSpan(l)).TrimStart();
            if (content.Length < 5 || content[0] == '#') continue;
            if (content.StartsWith("match", StringComparison.OrdinalIgnoreCase) && (content.Length == 5 || IsSeparator(content[5]))) return true;
        }
        return false;
    }

    private static List<CompletionItem> Keywords(KeywordTable table, bool inMatch, Range replace, bool snippets)
    {
        var items = new List<CompletionItem>();
        foreach (var keyword in table.All)
        {
            if (keyword.Status != KeywordStatus.Active) continue; // aliases, deprecated and ignored names would only be flagged
            if (inMatch && !keyword.AllowedInMatch) continue;
            var values = keyword.AllowedValues.Where(v => !v.StartsWith('<')).ToList();
            bool snippet = snippets && values.Count > 0 && values.All(v => v.All(c => c is not (',' or '|' or '$' or '}' or '\\')));
            items.Add(new CompletionItem
            {
                Label = keyword.Name,
                Kind = CompletionItemKind.Keyword,
                Detail = KeywordDocs.SyntaxOf(keyword),
                Documentation = new MarkupContent { Kind = MarkupKind.Markdown, Value = KeywordDocs.Markdown(keyword, table.Target) },
                InsertTextFormat = snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                TextEdit = new TextEdit
                {
                    Range = replace,
                    NewText = snippet ? $"{keyword.Name} ${{1|{string.Join(',', values)}|}}" : keyword.Name + " ",
                },
            });
        }
        return items;
    }

    private static List<CompletionItem> Values(KeywordDefinition keyword, Range replace) =>
        keyword.AllowedValues.Where(v => !v.StartsWith('<')).Select((v, i) => new CompletionItem
        {
            Label = v,
            Kind = CompletionItemKind.EnumMember,
            Detail = keyword.Default is { } d && d.Split(' ').Contains(v, StringComparer.OrdinalIgnoreCase) ? "default" : null,
            SortText = i.ToString("D3", CultureInfo.InvariantCulture),
            TextEdit = new TextEdit { Range = replace, NewText = v },
        }).ToList();

    /// <summary>
    /// Algorithm names the target supports, for the element after the last comma; at the start of the list also the
    /// prefixes the target accepts (<c>+</c> 7.0, <c>-</c> 7.5, <c>^</c> 8.1: append, remove, prepend).
    /// </summary>
    private static List<CompletionItem> Algorithms(AlgorithmListKind kind, Target target, SourceText text, string current, int currentStart, int wordEnd)
    {
        var items = new List<CompletionItem>();
        int prefix = current.Length > 0 && current[0] is '+' or '-' or '^' ? 1 : 0;
        int lastComma = current.LastIndexOf(',');
        int elementStart = lastComma >= 0 ? lastComma + 1 : prefix;
        var already = new HashSet<string>(current[prefix..Math.Max(prefix, lastComma)].Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var replace = ProtocolConversions.ToRange(text, TextSpan.FromBounds(currentStart + elementStart, wordEnd));
        if (current.Length == 0)
        {
            foreach (var (op, meaning) in new[] { ('+', "append to the default list"), ('-', "remove from the default list (wildcards allowed)"), ('^', "put first in the default list") })
            {
                if (!AlgorithmCatalog.SupportsPrefix(op, target)) continue;
                items.Add(new CompletionItem
                {
                    Label = op.ToString(),
                    Kind = CompletionItemKind.Operator,
                    Detail = meaning,
                    SortText = "0" + op,
                    TextEdit = new TextEdit { Range = replace, NewText = op.ToString() },
                });
            }
        }
        var defaults = new HashSet<string>(AlgorithmCatalog.Defaults(kind, target), StringComparer.Ordinal);
        int order = 0;
        foreach (var name in AlgorithmCatalog.Supported(kind, target))
        {
            order++;
            if (already.Contains(name)) continue;
            items.Add(new CompletionItem
            {
                Label = name,
                Kind = CompletionItemKind.Value,
                Detail = defaults.Contains(name) ? $"in the OpenSSH {target.Version} default list" : $"supported by OpenSSH {target.Version}, not in the default list",
                SortText = "1" + order.ToString("D4", CultureInfo.InvariantCulture),
                TextEdit = new TextEdit { Range = replace, NewText = name },
            });
        }
        return items;
    }

    /// <summary>Match criteria the target accepts, where a criterion is expected (not where its pattern is).</summary>
    private static List<CompletionItem> MatchCriteria(Target target, List<string> previous, Range replace, bool snippets)
    {
        int i = 0;
        while (i < previous.Count)
        {
            string word = previous[i];
            bool selfContained = word.Contains('=') || word.Equals("all", StringComparison.OrdinalIgnoreCase) || word.Equals("invalid-user", StringComparison.OrdinalIgnoreCase);
            i += selfContained ? 1 : 2;
        }
        if (i > previous.Count) return []; // the cursor is on a criterion's pattern
        var criteria = new List<(string Name, string Pattern, string Meaning)>
        {
            ("User", "pattern", "user names (patterns, comma-separated, ! negates)"),
            ("Group", "pattern", "groups the user is in"),
            ("Host", "pattern", "the client's host name (as resolved when UseDNS is on)"),
            ("Address", "cidr", "the client's address (CIDR or patterns)"),
            ("LocalAddress", "cidr", "the server address the client connected to"),
            ("LocalPort", "port", "the server port the client connected to (one number)"),
        };
        if (target.Version.AtLeast(7, 7)) criteria.Add(("RDomain", "rdomain", "the routing domain the connection arrived on"));
        if (target.Version.AtLeast(9, 9)) criteria.Add(("invalid-user", "", "the requested user does not exist"));
        if (target.Version.AtLeast(10, 0)) criteria.Add(("Version", "pattern", "the sshd release (to share a file between releases)"));
        if (previous.Count == 0) criteria.Insert(0, ("All", "", "every connection (ends the previous Match block's conditions)"));
        return criteria.Select((c, n) => new CompletionItem
        {
            Label = c.Name,
            Kind = CompletionItemKind.Keyword,
            Detail = c.Meaning,
            SortText = n.ToString("D2", CultureInfo.InvariantCulture),
            InsertTextFormat = snippets && c.Pattern.Length > 0 ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            TextEdit = new TextEdit { Range = replace, NewText = c.Pattern.Length == 0 ? c.Name : snippets ? $"{c.Name} ${{1:{c.Pattern}}}" : c.Name + " " },
        }).ToList();
    }
}
