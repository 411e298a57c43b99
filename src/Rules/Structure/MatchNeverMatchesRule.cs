// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Text;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1005: a Match criterion no connection can satisfy, so the block is dead. Catalog C-11.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A pattern list of only negated entries (<c>Match User !root</c>): match_pattern_list returns a match only
/// for a positive entry, so such a list matches nobody (semantics.md §5; sshd_config(5) "PATTERNS").</item>
/// <item><c>Match LocalPort</c> with a port sshd does not listen on (Port and ListenAddress of the startup pass).</item>
/// <item><c>Match Host</c> with only name patterns while UseDNS is no: sshd then compares Host patterns with the
/// client's IP address (sshd_config(5) "UseDNS"; auth.c auth_get_canonical_hostname).</item>
/// </list>
/// </remarks>
public sealed class MatchNeverMatchesRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1005", "match-never-matches", "Match criterion that never matches",
        "Match {0} never matches: {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.None, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        HashSet<int>? ports = null;
        bool? useDns = null;
        foreach (var scope in context.Model.MatchScopes)
        {
            if (scope.Condition is null) continue;
            var tokens = scope.Header.Syntax.Arguments.ToList();
            foreach (var criterion in scope.Condition.Criteria)
            {
                if (criterion.Argument is not { Length: > 0 } argument) continue;
                var token = criterion.ArgumentTokenIndex >= 0 && criterion.ArgumentTokenIndex < tokens.Count ? tokens[criterion.ArgumentTokenIndex] : null;
                var location = token is null ? scope.Header.Location : scope.Header.File.Tree.GetLocation(token.Span);
                string shown = criterion.ToString();
                switch (criterion.Kind)
                {
                    case MatchCriterionKind.User or MatchCriterionKind.Group or MatchCriterionKind.Host or MatchCriterionKind.Address
                        or MatchCriterionKind.LocalAddress or MatchCriterionKind.RDomain or MatchCriterionKind.Version:
                        if (OnlyNegated(argument))
                        {
                            var fixes = NegationFix(scope, criterion, token, argument);
                            context.Report(location, [shown, $"every pattern in {argument} is negated, and negated patterns only exclude (*,{argument} matches everyone else)"], fixes);
                        }
                        else if (criterion.Kind == MatchCriterionKind.Host && !(useDns ??= UseDns(context)) && !CanMatchAddress(argument))
                        {
                            context.Report(location, [shown, "UseDNS is no, so sshd compares Host patterns with the client's IP address, and these patterns are names"]);
                        }
                        break;
                    case MatchCriterionKind.LocalPort when criterion.Port is int port:
                        ports ??= ListeningPorts(context);
                        if (!ports.Contains(port))
                        {
                            string list = string.Join(", ", ports.Order());
                            context.Report(location, [shown, $"sshd listens only on port{(ports.Count == 1 ? "" : "s")} {list} (Port and ListenAddress)"]);
                        }
                        break;
                }
            }
        }
    }

    private static bool OnlyNegated(string list)
    {
        var entries = list.Split(',');
        return entries.All(e => e.StartsWith('!'));
    }

    /// <summary>Inserts <c>*,</c> before the first entry (after <c>user=</c> and an opening quote, if any).</summary>
    private static IReadOnlyList<CodeFix> NegationFix(MatchScope scope, Parser.Semantics.MatchCriterion criterion, Parser.Syntax.SyntaxToken? token, string argument)
    {
        if (token is null) return [];
        if (criterion.Kind is MatchCriterionKind.Address or MatchCriterionKind.LocalAddress
            && SshPatterns.AddrMatchList(null, "*," + argument) == PatternMatch.Invalid) return [];
        int bang = token.Text.IndexOf('!', StringComparison.Ordinal);
        if (bang < 0) return [];
        var edit = new FileTextEdit(scope.Header.File.Path, new TextChange(new TextSpan(token.Span.Start + bang, 0), "*,"));
        return [new CodeFix($"Change the pattern to *,{argument}", FixApplicability.Unsafe, [edit])];
    }

    private static bool UseDns(RuleContext context) => context.Global("UseDNS").Value is FlagValue { Value: true };

    /// <summary>
    /// True when some positive entry could match an address as text: only hex digits, dots, colons and wildcards.
    /// </summary>
    private static bool CanMatchAddress(string list)
    {
        foreach (var entry in list.Split(','))
        {
            if (entry.StartsWith('!') || entry.Length == 0) continue;
            bool possible = true;
            foreach (char c in entry)
            {
                if (c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or '.' or ':' or '*' or '?') continue;
                possible = false;
                break;
            }
            if (possible) return true;
        }
        return false;
    }

    /// <summary>
    /// The ports sshd listens on after the startup pass: each ListenAddress with its own port, or with every Port
    /// value when it has none; every Port value when there is no ListenAddress (servconf.c add_listen_addr).
    /// </summary>
    private static HashSet<int> ListeningPorts(RuleContext context)
    {
        var portValues = context.Startup.Get("Port").Values.OfType<PortValue>().Select(p => p.Number).ToList();
        if (portValues.Count == 0) portValues.Add(22);
        var listen = context.Startup.Get("ListenAddress").Values.OfType<ListenAddressValue>().ToList();
        var result = new HashSet<int>();
        if (listen.Count == 0)
        {
            result.UnionWith(portValues);
            return result;
        }
        foreach (var address in listen)
        {
            if (address.Port is int p) result.Add(p);
            else result.UnionWith(portValues);
        }
        return result;
    }
}
