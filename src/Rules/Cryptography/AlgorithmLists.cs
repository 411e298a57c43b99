// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Cryptography;

/// <summary>Why an algorithm is weak, and how loudly to say so.</summary>
/// <param name="Singular">Noun phrase for one name ("CBC-mode cipher").</param>
/// <param name="Plural">Noun phrase for several names ("CBC-mode ciphers").</param>
/// <param name="Severity">The graded severity of a finding that contains this weakness.</param>
/// <param name="ToleratedInDefault">
/// True for algorithms OpenSSH itself ships in the target's default list (hmac-sha1, ssh-rsa before 8.8,
/// diffie-hellman-group14-sha1 before 8.2): reported only when the configuration names them, unless the rule's
/// <c>flag-defaults</c> option asks for the defaults too. OpenSSH's own defaults are not "contested advice" the
/// recommended profile should argue with.
/// </param>
/// <param name="Order">Sort key: groups are listed in this order in the message.</param>
internal sealed record Weakness(string Singular, string Plural, DiagnosticSeverity Severity, bool ToleratedInDefault, int Order);

/// <summary>One effective algorithm list a rule looks at.</summary>
/// <param name="Occurrence">Where it is set (or the default).</param>
/// <param name="Value">The parsed list; <see cref="AlgorithmListValue.Effective"/> is what sshd uses.</param>
/// <param name="KeywordText">The keyword as written (or the canonical name for defaults), for messages.</param>
/// <param name="IsOnlyLine">
/// True when no other line sets the keyword in the same scope (the startup pass, or the Match block), so deleting this
/// line restores the default instead of promoting another line.
/// </param>
internal sealed record AlgorithmListSetting(SettingOccurrence Occurrence, AlgorithmListValue Value, string KeywordText, bool IsOnlyLine);

/// <summary>
/// Shared logic of the algorithm-list rules (SSHD2020–SSHD2025): which names of the effective list are weak,
/// how to describe them, and how to rewrite the list without them (semantics.md §9).
/// </summary>
/// <remarks>
/// Every check grades the <em>effective</em> list, after <c>+</c>, <c>-</c>, <c>^</c> and wildcard expansion for the
/// target (<see cref="AlgorithmAssembler"/>), so <c>Ciphers +aes256-cbc</c> and <c>HostKeyAlgorithms ssh-*</c> are
/// graded by what they enable, and <c>-</c> lists can never add anything.
/// </remarks>
internal static class AlgorithmLists
{
    /// <summary>
    /// The global value and every Match block value of an algorithm keyword. Blocks are skipped when the keyword is not
    /// allowed in Match (the binder already reports that line as fatal), as are lists that fail to assemble (fatal too).
    /// </summary>
    public static IEnumerable<AlgorithmListSetting> Settings(RuleContext context, string keyword)
    {
        if (!context.Knows(keyword)) yield break;
        var definition = context.Keywords.Lookup(keyword);
        bool allowedInMatch = definition?.AllowedInMatch ?? false;
        string name = definition?.EffectiveName ?? keyword;

        // Lines per scope, counted in one pass so fixes can tell whether deleting a line restores the default.
        int startupLines = 0;
        var blockLines = new Dictionary<MatchScope, int>();
        foreach (var d in context.Model.Directives)
        {
            if (!d.SetsValue || !string.Equals(d.SettingName, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (d.ActiveAtStartup) startupLines++;
            else if (d.Scope is { } s) blockLines[s] = blockLines.GetValueOrDefault(s) + 1;
        }

        foreach (var occurrence in context.Occurrences(keyword))
        {
            if (occurrence.Scope is not null && !allowedInMatch) continue;
            if (occurrence.Value is not AlgorithmListValue value || value.Assembly.Failed) continue;
            string text = occurrence.Line?.Syntax.KeywordText ?? occurrence.Keyword;
            bool only = occurrence.Line is not null
                && (occurrence.Scope is null ? startupLines == 1 : blockLines.GetValueOrDefault(occurrence.Scope) == 1);
            yield return new AlgorithmListSetting(occurrence, value, text, only);
        }
    }

    /// <summary>The first keyword of <paramref name="names"/> the target knows (new name first, then its old alias).</summary>
    public static string? KnownKeyword(RuleContext context, params string[] names) => names.FirstOrDefault(context.Knows);

    /// <summary>
    /// True when the configuration line itself names <paramref name="algorithm"/> (exactly or through a wildcard),
    /// as opposed to inheriting it from the default list. A <c>-</c> list never names what it keeps.
    /// </summary>
    public static bool IsNamed(AlgorithmListSetting setting, string algorithm)
    {
        if (setting.Occurrence.IsDefault || setting.Value.Operation == AlgorithmListOperation.Remove) return false;
        foreach (var item in setting.Value.Items)
        {
            if (item.Length == 0) continue;
            if (item == algorithm) return true;
            if (item.AsSpan().IndexOfAny('*', '?') >= 0 && AlgorithmAssembler.MatchPattern(algorithm, item)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the line, rather than OpenSSH's default, puts <paramref name="algorithm"/> in the list: an explicit list
    /// that names it, or a <c>+</c>/<c>^</c> list that adds it to a default lacking it (<c>+ssh-rsa</c> on 8.8+). A
    /// <c>+ssh-rsa</c> on 8.7, whose default already has it, changes nothing and is left to <c>flag-defaults</c>.
    /// </summary>
    public static bool IsChosen(AlgorithmListSetting setting, string algorithm)
    {
        if (!IsNamed(setting, algorithm)) return false;
        if (setting.Value.Operation == AlgorithmListOperation.Replace) return true;
        return !AlgorithmCatalog.Defaults(setting.Value.Kind, setting.Value.ParsedFor).Contains(algorithm);
    }

    /// <summary>
    /// The names of the effective list that the rule flags, with their weakness, in effective-list order.
    /// <paramref name="classify"/> returns null for acceptable names (or weaknesses the current options ignore).
    /// </summary>
    public static List<(string Name, Weakness Weakness)> Flag(AlgorithmListSetting setting, Func<string, Weakness?> classify, bool flagDefaults)
    {
        var result = new List<(string, Weakness)>();
        foreach (var name in setting.Value.Effective)
        {
            if (classify(name) is not { } weakness) continue;
            if (weakness.ToleratedInDefault && !flagDefaults && !IsChosen(setting, name)) continue;
            result.Add((name, weakness));
        }
        return result;
    }

    /// <summary>The highest graded severity among the flagged names.</summary>
    public static DiagnosticSeverity MaxSeverity(IEnumerable<(string Name, Weakness Weakness)> flagged)
    {
        var max = DiagnosticSeverity.Hint;
        foreach (var (_, w) in flagged) if (w.Severity > max) max = w.Severity;
        return max;
    }

    /// <summary>
    /// Describes flagged names grouped by weakness: <c>64-bit-block cipher 3des-cbc and CBC-mode ciphers aes128-cbc, aes256-cbc</c>.
    /// </summary>
    public static string Describe(IEnumerable<(string Name, Weakness Weakness)> flagged)
    {
        var groups = flagged.GroupBy(f => f.Weakness).OrderBy(g => g.Key.Order).ToList();
        var parts = new List<string>(groups.Count);
        foreach (var g in groups)
        {
            var names = g.Select(f => f.Name).ToList();
            parts.Add((names.Count == 1 ? g.Key.Singular : g.Key.Plural) + " " + string.Join(", ", names));
        }
        return JoinWithAnd(parts);
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinWithAnd(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    /// <summary>The note used instead of quoting a whole default list when no line sets the keyword.</summary>
    public static string DefaultNote(RuleContext context) => $"the OpenSSH {context.Target.Version} default list enables them";

    /// <summary>
    /// A fix that takes <paramref name="remove"/> out of the effective list, or null when no list without them is
    /// valid for the target (everything would be removed).
    /// </summary>
    /// <remarks>
    /// Preference order, chosen to keep the administrator's intent and future default upgrades:
    /// <list type="number">
    /// <item>the same line without the names (<c>+aes256-cbc,aes128-ctr</c> → <c>+aes128-ctr</c>); for a <c>-</c> list,
    /// the names added to it;</item>
    /// <item>a <c>+</c>/<c>^</c> line that only added weak names: delete it when no other line for the keyword in the
    /// same scope would take over (sshd keeps the first line, so deleting the winner can promote another one);</item>
    /// <item>a removal list <c>-name,…</c> relative to the default (7.5+);</item>
    /// <item>the effective list minus the names, written out explicitly; if that is empty, the default list.</item>
    /// </list>
    /// Every candidate is re-assembled for the target and used only when it no longer enables any of the names.
    /// </remarks>
    public static CodeFix? RemovalFix(RuleContext context, AlgorithmListSetting setting, IReadOnlyCollection<string> remove, string title, FixApplicability applicability)
    {
        var value = setting.Value;
        var target = context.Target;
        var removeSet = new HashSet<string>(remove, StringComparer.Ordinal);
        var occurrence = setting.Occurrence;

        foreach (var candidate in Candidates(context, setting, removeSet))
        {
            if (candidate is null)
            {
                // Deleting the line restores the default list; only when that default lacks the names.
                if (occurrence.Line is { } deleted && !AlgorithmCatalog.Defaults(value.Kind, target).Any(removeSet.Contains))
                    return FixBuilder.DeleteLine(deleted, title, applicability);
                continue;
            }
            if (!Valid(value.Kind, candidate, removeSet, target)) continue;
            if (occurrence.Line is { } line) return FixBuilder.ReplaceValue(line, candidate, title, applicability);
            if (occurrence.Scope is { } scope) return FixBuilder.SetInBlock(scope, null, setting.Occurrence.Keyword, candidate, title, applicability);
            return FixBuilder.SetGlobal(context, setting.KeywordText, candidate, title, applicability);
        }
        return null;
    }

    /// <summary>Candidate list texts in preference order; null stands for "delete the line".</summary>
    private static IEnumerable<string?> Candidates(RuleContext context, AlgorithmListSetting setting, HashSet<string> remove)
    {
        var value = setting.Value;
        var target = context.Target;
        bool canRemove = AlgorithmCatalog.SupportsPrefix('-', target);
        if (!setting.Occurrence.IsDefault)
        {
            if (value.Operation == AlgorithmListOperation.Remove)
            {
                var items = value.Items.Where(i => i.Length > 0).ToList();
                foreach (var r in remove) if (!items.Contains(r)) items.Add(r);
                yield return "-" + string.Join(',', items);
            }
            else
            {
                // Exact names are dropped; a wildcard that matches a removed name is replaced by what it matched
                // besides (HostKeyAlgorithms ssh-rsa*,ssh-ed25519 -> ssh-ed25519), keeping the list's intent.
                var remaining = new List<string>();
                foreach (var item in value.Items)
                {
                    if (item.Length == 0 || remove.Contains(item)) continue;
                    bool wildcard = item.AsSpan().IndexOfAny('*', '?') >= 0;
                    if (wildcard && remove.Any(r => AlgorithmAssembler.MatchPattern(r, item)))
                    {
                        foreach (var n in value.Effective)
                        {
                            if (!remove.Contains(n) && AlgorithmAssembler.MatchPattern(n, item) && !remaining.Contains(n)) remaining.Add(n);
                        }
                        continue;
                    }
                    if (!remaining.Contains(item)) remaining.Add(item);
                }
                string prefix = value.Operation switch
                {
                    AlgorithmListOperation.Append => "+",
                    AlgorithmListOperation.Prepend => "^",
                    _ => "",
                };
                if (remaining.Count > 0) yield return prefix + string.Join(',', remaining);
                else if (value.Operation is AlgorithmListOperation.Append or AlgorithmListOperation.Prepend && setting.IsOnlyLine)
                    yield return null;
            }
        }
        if (canRemove) yield return "-" + string.Join(',', remove);
        string explicitList = string.Join(',', value.Effective.Where(n => !remove.Contains(n)));
        if (explicitList.Length > 0) yield return explicitList;
        // Everything enabled was weak: the target's default list, written out (only before 7.5, without "-").
        string defaults = string.Join(',', AlgorithmCatalog.Defaults(value.Kind, target).Where(n => !remove.Contains(n)));
        if (defaults.Length > 0) yield return defaults;
    }

    /// <summary>True when <paramref name="written"/> parses for the target and its expansion contains none of <paramref name="remove"/>.</summary>
    private static bool Valid(AlgorithmListKind kind, string written, HashSet<string> remove, Target target)
    {
        if (written.Length > 0)
        {
            char first = written[0];
            bool prefixed = first is '+' or '-' or '^';
            if (prefixed && !AlgorithmCatalog.SupportsPrefix(first, target)) return false;
            string body = prefixed ? written[1..] : written;
            if (body.Length == 0) return false;
            foreach (var item in body.Split(','))
            {
                if (item.Length == 0) return false;
                // Removal lists accept wildcards for every kind; other lists are validated name by name.
                if (first == '-' && item.AsSpan().IndexOfAny('*', '?') >= 0) continue;
                if (!AlgorithmCatalog.IsValidName(kind, item, target)) return false;
            }
        }
        var assembly = AlgorithmAssembler.Assemble(kind, written, target);
        if (assembly.Failed || assembly.RemovedEverything || assembly.Effective.Count == 0) return false;
        foreach (var name in assembly.Effective) if (remove.Contains(name)) return false;
        return true;
    }

    /// <summary>Joins names for a fix title: "Remove 3des-cbc and aes256-cbc from Ciphers".</summary>
    public static string RemoveTitle(IReadOnlyList<string> names, string keyword)
    {
        var sb = new StringBuilder("Remove ");
        sb.Append(JoinWithAnd(names));
        sb.Append(" from ").Append(keyword);
        return sb.ToString();
    }
}
