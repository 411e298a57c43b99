// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1009: an AllowUsers (AllowGroups) entry that a DenyUsers (DenyGroups) entry always cancels: the same
/// pattern in both lists, or a deny pattern that covers an allowed name from every host. Catalog C-18.
/// </summary>
/// <remarks>
/// auth.c allowed_user() checks DenyUsers, AllowUsers, DenyGroups, AllowGroups in that order, and a deny match
/// refuses the login whatever the allow lists say. The lists are compared where they apply together: the startup
/// lists, and each Match block's lists (a block's list replaces the global one; semantics.md §4.1).
/// </remarks>
public sealed class AllowDenyConflictRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1009", "allow-deny-conflict", "Allowed name that a deny list cancels",
        "{0} entry {1} admits no one: {2} {3} ({4}) denies it, and deny rules win", DiagnosticSeverity.Warning,
        DiagnosticTags.None, FixAvailability.None);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        Check(context, "AllowUsers", "DenyUsers");
        Check(context, "AllowGroups", "DenyGroups");
    }

    private static void Check(RuleContext context, string allowKeyword, string denyKeyword)
    {
        var globalAllow = context.Startup.Get(allowKeyword).Sources;
        var globalDeny = context.Startup.Get(denyKeyword).Sources;
        Compare(context, globalAllow, globalDeny, null);

        // A block's own lines, in read order, for the blocks that set either list (not those applied at startup,
        // whose lines are in the startup lists already).
        var blocks = context.Model.Directives
            .Where(d => d.Scope is not null && !d.ActiveAtStartup && d.SetsValue && (d.SettingName == allowKeyword || d.SettingName == denyKeyword))
            .GroupBy(d => d.Scope!);
        foreach (var block in blocks)
        {
            var scope = block.Key;
            var allow = block.Where(d => d.SettingName == allowKeyword).ToList();
            var deny = block.Where(d => d.SettingName == denyKeyword).ToList();
            // One side at least comes from the block, so these pairs differ from the global ones reported above.
            Compare(context, allow.Count > 0 ? allow : globalAllow, deny.Count > 0 ? deny : globalDeny, scope);
        }
    }

    private static void Compare(RuleContext context, IReadOnlyList<BoundDirective> allowLines, IReadOnlyList<BoundDirective> denyLines, MatchScope? scope)
    {
        if (allowLines.Count == 0 || denyLines.Count == 0) return;
        var denies = new DenyIndex(denyLines);
        foreach (var allowLine in allowLines)
        {
            var tokens = allowLine.Syntax.Arguments.ToList();
            foreach (var entry in Entries(allowLine))
            {
                var hit = denies.FindCancelling(entry);
                if (hit.Line is null) continue;
                var token = tokens.FirstOrDefault(t => t.ValueText == entry.Text);
                var location = token is null ? allowLine.Location : allowLine.File.Tree.GetLocation(token.Span);
                var related = new List<RelatedLocation> { new(hit.Line.Location, "this deny entry wins") };
                if (scope is not null) related.Add(new RelatedLocation(scope.Header.Location, $"for connections matching {scope}"));
                string suffix = scope is not null ? $" (in {scope})" : "";
                context.Report(location,
                    [allowLine.SettingName, entry.Text, hit.Line.SettingName, hit.Entry!.Text, DirectiveText.Reference(hit.Line, allowLine.File)],
                    null, related, suffix);
            }
        }
    }

    private static IEnumerable<UserPattern> Entries(BoundDirective line) => line.Value switch
    {
        UserPatternListValue users => users.Patterns,
        PatternListValue groups => groups.Items.Select(i => new UserPattern(i, i, null)),
        _ => [],
    };

    /// <summary>
    /// The deny entries, indexed so that each allow entry is checked in constant time plus one match per wildcard
    /// deny pattern (lists can be long in generated configurations).
    /// </summary>
    /// <remarks>
    /// An allow entry is cancelled when every login it admits is denied: the same entry, or a deny entry without a
    /// host part (or with <c>@*</c>) whose pattern matches the allowed name (auth.c match_user and ga_match use
    /// match_pattern, which has no negation).
    /// </remarks>
    private sealed class DenyIndex
    {
        private readonly Dictionary<string, (BoundDirective Line, UserPattern Entry)> _byText = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (BoundDirective Line, UserPattern Entry)> _byUser = new(StringComparer.Ordinal);
        private readonly List<(BoundDirective Line, UserPattern Entry)> _wildcards = [];

        public DenyIndex(IReadOnlyList<BoundDirective> lines)
        {
            foreach (var line in lines)
            {
                foreach (var entry in Entries(line))
                {
                    _byText.TryAdd(entry.Text, (line, entry));
                    if (entry.Host is not null && entry.Host != "*") continue;
                    if (entry.User.IndexOfAny(['*', '?']) >= 0) _wildcards.Add((line, entry));
                    else _byUser.TryAdd(entry.User, (line, entry));
                }
            }
        }

        public (BoundDirective? Line, UserPattern? Entry) FindCancelling(UserPattern allow)
        {
            if (_byText.TryGetValue(allow.Text, out var exact)) return exact;
            if (allow.User.IndexOfAny(['*', '?']) >= 0 || allow.User.StartsWith('!')) return (null, null);
            if (_byUser.TryGetValue(allow.User, out var user)) return user;
            foreach (var w in _wildcards)
                if (SshPatterns.MatchPattern(allow.User, w.Entry.User)) return w;
            return (null, null);
        }
    }
}
