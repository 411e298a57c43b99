// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using SshdLint.Parser.Catalog;

namespace SshdLint.Tools.Catalog;

/// <summary>
/// Converts the shared reference keyword table (<c>shared/reference/openssh/keywords.json</c>) into the
/// catalog format embedded in SshdLint.Parser (<c>src/Parser/Catalog/Data/keywords.json</c>).
/// </summary>
/// <remarks>
/// <para>
/// The output holds, per spelling, maps from the first release of a range to the value for that range:
/// <c>status</c>, <c>match</c>, <c>precedence</c>, <c>printed</c>, <c>key</c> (sshd -T key) and
/// <c>default</c> (sshd -T value lines, null when nothing is printed). A <c>debian</c> object holds
/// complete replacement maps for Debian's build. The catalog loader
/// (<c>SshdLint.Parser.Catalog.CatalogData</c>) reads exactly this shape.
/// </para>
/// <para>
/// The conversion is deterministic (same input, same bytes) so a test can regenerate it and compare.
/// It refuses input it does not understand rather than guessing; <see cref="CuratedFacts"/> holds the
/// decisions a person made.
/// </para>
/// </remarks>
internal static partial class CatalogGenerator
{
    /// <summary>Identifies the output format; bump when the loader must change.</summary>
    public const string FormatName = "sshdlint-keywords/1";

    private static readonly OpenSshVersion First = OpenSshVersion.Oldest;
    private static readonly IReadOnlyList<OpenSshVersion> Known = OpenSshVersion.Known;

    /// <summary>Generates the catalog JSON (UTF-8 text, LF line ends, trailing newline).</summary>
    /// <exception cref="InvalidDataException">The reference contains something the generator cannot place.</exception>
    public static string Generate(string referenceJson, string summariesMarkdown)
    {
        using var doc = JsonDocument.Parse(referenceJson);
        var summaries = ParseSummaries(summariesMarkdown);
        var keywords = doc.RootElement.GetProperty("keywords").EnumerateArray().ToList();

        // Lower-case name → canonical spelling, to resolve "alias:kbdinteractiveauthentication".
        var canonicalByLower = keywords.ToDictionary(
            k => k.GetProperty("name").GetString()!.ToLowerInvariant(),
            k => k.GetProperty("name").GetString()!,
            StringComparer.Ordinal);

        var converted = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var k in keywords)
        {
            var entry = Convert(k, canonicalByLower);
            converted.Add(entry.Name, entry);
        }

        foreach (var (name, successor) in CuratedFacts.DefaultsFromSuccessor)
            converted[name].Default = DefaultsBeforeRename(converted[name], keywords.Single(k => Name(k) == successor));

        foreach (var vk in CuratedFacts.VendorKeywords)
            converted.Add(vk.Name, ConvertVendorKeyword(vk));

        foreach (var entry in converted.Values)
            AddDebianOverlay(entry);

        var errors = new List<string>();
        foreach (var entry in converted.Values)
        {
            if (summaries.TryGetValue(entry.Name, out var summary)) entry.Summary = summary;
            else errors.Add($"{entry.Name}: no paragraph in summaries.md");
            Validate(entry, converted, errors);
        }
        errors.AddRange(summaries.Keys.Where(n => !converted.ContainsKey(n)).Select(n => $"summaries.md: '{n}' is not a keyword"));
        if (errors.Count > 0)
            throw new InvalidDataException("catalog generation failed:\n  " + string.Join("\n  ", errors));

        var ordered = converted.Values
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return Write(doc.RootElement, ordered);
    }

    // ---------------------------------------------------------------------------------------------
    // Model

    private sealed class Entry
    {
        public required string Name { get; init; }
        public Vendor? OnlyVendor { get; init; }
        public required ArgumentKind Arg { get; set; }
        public string[] Values { get; set; } = [];
        public (string Value, string Since)[] ValuesSince { get; set; } = [];
        public string? Syntax { get; set; }
        public bool RestOfLine { get; set; }
        public string[] Build { get; set; } = [];
        public string? Added { get; set; }
        public string? Deprecated { get; set; }
        public string? Removed { get; set; }
        public required VersionMap<string> Status { get; init; }
        public required VersionMap<bool> Match { get; init; }
        public required VersionMap<Precedence> Precedence { get; set; }
        public required VersionMap<string> Printed { get; set; }
        public VersionMap<string>? Key { get; set; }
        public required VersionMap<string[]?> Default { get; set; }
        public VersionMap<string>? DebianPrinted { get; set; }
        public VersionMap<string[]?>? DebianDefault { get; set; }
        public List<(string Name, string From, string? Until, bool Match)> Aliases { get; } = [];
        public string Summary { get; set; } = "";
        public string[] Notes { get; set; } = [];

        public OpenSshVersion FirstVersion => Status.FirstFrom;
    }

    /// <summary>Values by release range: each entry holds from its version until the next entry's.</summary>
    private sealed class VersionMap<T>
    {
        private readonly List<(OpenSshVersion From, T Value)> _items = [];
        private readonly IEqualityComparer<T> _comparer;

        public VersionMap(IEqualityComparer<T>? comparer = null) => _comparer = comparer ?? EqualityComparer<T>.Default;

        public IReadOnlyList<(OpenSshVersion From, T Value)> Items => _items;
        public OpenSshVersion FirstFrom => _items.Count == 0 ? First : _items[0].From;

        public void Set(OpenSshVersion from, T value)
        {
            _items.RemoveAll(i => i.From == from);
            _items.Add((from, value));
            _items.Sort((a, b) => a.From.CompareTo(b.From));
        }

        /// <summary>The value for <paramref name="v"/>; <paramref name="fallback"/> before the first range.</summary>
        public T At(OpenSshVersion v, T fallback)
        {
            var result = fallback;
            foreach (var (from, value) in _items)
                if (from <= v) result = value;
            return result;
        }

        /// <summary>Builds a map from a function evaluated on every covered release, merging equal neighbours.</summary>
        public static VersionMap<T> FromFunction(OpenSshVersion start, Func<OpenSshVersion, T> value, IEqualityComparer<T>? comparer = null)
        {
            var map = new VersionMap<T>(comparer);
            foreach (var v in Known.Where(v => v >= start))
            {
                var x = value(v);
                if (map._items.Count == 0 || !map._comparer.Equals(map._items[^1].Value, x))
                    map._items.Add((v, x));
            }
            return map;
        }

        /// <summary>The same map without entries that repeat the previous value.</summary>
        public VersionMap<T> Compacted()
        {
            var map = new VersionMap<T>(_comparer);
            foreach (var item in _items)
                if (map._items.Count == 0 || !_comparer.Equals(map._items[^1].Value, item.Value))
                    map._items.Add(item);
            return map;
        }

        public bool SameAs(VersionMap<T> other) =>
            _items.Count == other._items.Count &&
            _items.Zip(other._items).All(p => p.First.From == p.Second.From && _comparer.Equals(p.First.Value, p.Second.Value));
    }

    private sealed class LinesComparer : IEqualityComparer<string[]?>
    {
        public static readonly LinesComparer Instance = new();
        public bool Equals(string[]? x, string[]? y) => x is null ? y is null : y is not null && x.SequenceEqual(y, StringComparer.Ordinal);
        public int GetHashCode(string[]? obj) => obj is null ? 0 : obj.Length;
    }

    // ---------------------------------------------------------------------------------------------
    // Conversion of one reference entry

    private static string Name(JsonElement k) => k.GetProperty("name").GetString()!;

    private static string? Str(JsonElement k, string property) =>
        k.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static Entry Convert(JsonElement k, Dictionary<string, string> canonicalByLower)
    {
        var name = Name(k);

        // Status by release: "active (build-dependent …)" is active (the build decides, see "build");
        // "removed" means sshd answers "Bad configuration option" again (before the first range the
        // name is simply not known yet).
        var status = new VersionMap<string>();
        foreach (var s in k.GetProperty("status_history").EnumerateArray())
        {
            var raw = s.GetProperty("status").GetString()!;
            var value = raw switch
            {
                "active" => "active",
                _ when raw.StartsWith("active (build-dependent", StringComparison.Ordinal) => "active",
                "deprecated" or "ignored" or "unsupported" => raw,
                "removed" => "removed",
                _ when raw.StartsWith("alias:", StringComparison.Ordinal) =>
                    "alias:" + (canonicalByLower.TryGetValue(raw[6..], out var target)
                        ? target
                        : throw new InvalidDataException($"{name}: alias target '{raw[6..]}' is not a keyword")),
                _ => throw new InvalidDataException($"{name}: unknown status '{raw}'"),
            };
            status.Set(ParseVersion(s.GetProperty("from").GetString()!), value);
        }
        var first = status.FirstFrom;

        var match = new VersionMap<bool>();
        foreach (var m in k.GetProperty("match_history").EnumerateArray())
            match.Set(ParseVersion(m.GetProperty("from").GetString()!), m.GetProperty("allowed").GetBoolean());

        var (arg, values) = CuratedFacts.ArgumentOverrides.TryGetValue(name, out var ov)
            ? ov
            : (ParseArgumentKind(name, k.GetProperty("argument_kind").GetString()!), AllowedValues(k));

        var entry = new Entry
        {
            Name = name,
            Arg = arg,
            Values = values,
            ValuesSince = CuratedFacts.ValuesSince.TryGetValue(name, out var vs) ? vs : [],
            Syntax = Str(k, "syntax"),
            RestOfLine = CuratedFacts.RestOfLine.Contains(name, StringComparer.Ordinal),
            Build = ParseBuild(Str(k, "build_dependency")),
            Added = PredatesRange(Str(k, "added_in")) ? null : Str(k, "added_in"),
            Deprecated = PredatesRange(Str(k, "deprecated_in")) ? First.ToString() : Str(k, "deprecated_in"),
            Removed = Str(k, "removed_in"),
            Status = status.Compacted(),
            Match = match.Compacted(),
            Precedence = ConvertPrecedence(name, k.GetProperty("multi_value").GetString()!, first),
            Printed = ConvertPrinted(name, k.GetProperty("sshd_T"), first),
            Default = new VersionMap<string[]?>(LinesComparer.Instance),
            Notes = k.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToArray(),
        };
        entry.Default = ConvertDefault(k, entry);
        entry.Key = ConvertKey(k.GetProperty("sshd_T"), entry);

        foreach (var a in k.GetProperty("aliases").EnumerateArray())
        {
            entry.Aliases.Add((
                a.GetProperty("name").GetString()!,
                a.GetProperty("from").GetString()!,
                a.GetProperty("until_before").ValueKind == JsonValueKind.String ? a.GetProperty("until_before").GetString() : null,
                a.GetProperty("allowed_in_match").GetBoolean()));
        }

        // The per-status Match flag must agree with match_history (both come from the parser tables).
        foreach (var s in k.GetProperty("status_history").EnumerateArray())
        {
            if (s.GetProperty("allowed_in_match").ValueKind is not (JsonValueKind.True or JsonValueKind.False)) continue;
            var v = ParseVersion(s.GetProperty("from").GetString()!);
            if (match.At(v, false) != s.GetProperty("allowed_in_match").GetBoolean())
                throw new InvalidDataException($"{name}: match_history and status_history disagree at {v}");
        }
        return entry;
    }

    private static Entry ConvertVendorKeyword(CuratedFacts.VendorKeyword vk)
    {
        var status = new VersionMap<string>();
        status.Set(First, "active");
        var match = new VersionMap<bool>();
        match.Set(First, vk.AllowedInMatch);
        var precedence = new VersionMap<Precedence>();
        precedence.Set(First, Precedence.FirstWins);
        var printed = new VersionMap<string>();
        printed.Set(First, vk.Printed);
        var defaults = new VersionMap<string[]?>(LinesComparer.Instance);
        defaults.Set(First, vk.Default);
        var entry = new Entry
        {
            Name = vk.Name,
            OnlyVendor = vk.Vendor,
            Arg = vk.Kind,
            Values = vk.Values,
            Syntax = vk.Syntax,
            Status = status,
            Match = match,
            Precedence = precedence,
            Printed = printed,
            Default = defaults,
            Notes = vk.Notes,
        };
        if (vk.Printed != "never") entry.Key = KeyMap(vk.Name.ToLowerInvariant(), vk.Name, entry);
        return entry;
    }

    private static bool PredatesRange(string? text) => text is not null && text.StartsWith("<=", StringComparison.Ordinal);

    private static OpenSshVersion ParseVersion(string text) =>
        OpenSshVersion.TryParse(text, out var v) && v.Portable == 1 && Known.Contains(v)
            ? v
            : throw new InvalidDataException($"not a catalogued release: '{text}'");

    private static OpenSshVersion Next(OpenSshVersion v)
    {
        int i = Known.ToList().IndexOf(v);
        return i >= 0 && i + 1 < Known.Count ? Known[i + 1] : throw new InvalidDataException($"no release after {v}");
    }

    private static ArgumentKind ParseArgumentKind(string name, string kebab)
    {
        // "env-name-patterns" → EnvNamePatterns, "maxstartups" → MaxStartups, "ipqos" → IpQos.
        return Enum.TryParse<ArgumentKind>(kebab.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind) &&
               Enum.IsDefined(kind)
            ? kind
            : throw new InvalidDataException($"{name}: argument kind '{kebab}' has no ArgumentKind member");
    }

    private static string[] AllowedValues(JsonElement k)
    {
        if (!k.TryGetProperty("allowed_values", out var values)) return [];
        // Words only ("<0-255 numeric>" describes a form, not a word) and lower case, as the contract says;
        // the words that are case-sensitive in sshd are lower case already.
        return values.EnumerateArray()
            .Select(v => v.GetString()!)
            .Where(v => !v.StartsWith('<'))
            .Select(v => v.ToLowerInvariant())
            .ToArray();
    }

    private static string[] ParseBuild(string? text)
    {
        if (text is null) return [];
        // "KRB5", "KRB5 and AFS (Debian 9.2p1: …)", "lastlog (since 7.2, …)".
        var head = text.Split('(')[0];
        var features = head.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var f in features)
            if (f is not ("KRB5" or "GSSAPI" or "PAM" or "AFS" or "lastlog"))
                throw new InvalidDataException($"unknown build feature '{f}' in '{text}'");
        return features;
    }

    private static VersionMap<Precedence> ConvertPrecedence(string name, string sentence, OpenSshVersion first)
    {
        var ranges = CuratedFacts.PrecedenceOverrides.TryGetValue(name, out var ov)
            ? ov
            : CuratedFacts.PrecedenceBySentence.TryGetValue(sentence, out var bySentence)
                ? bySentence
                : throw new InvalidDataException($"{name}: unknown multi_value sentence \"{sentence}\"; add it to CuratedFacts.PrecedenceBySentence");
        var parsed = ranges.Select(r => (From: ParseVersion(r.From), r.Value)).ToList();
        // Ranges that start before the keyword existed collapse onto its first release.
        return VersionMap<Precedence>.FromFunction(first, v => parsed.LastOrDefault(r => r.From <= v, parsed[0]).Value);
    }

    [GeneratedRegex(@"^printed (\d+\.\d+)-(\d+\.\d+) \(lowercased\); never afterwards$")]
    private static partial Regex PrintedUntilRegex();

    [GeneratedRegex(@"^(\d+\.\d+)-(\d+\.\d+) under this \(lowercased\) name; since (\d+\.\d+) the \*Algorithms name is printed$")]
    private static partial Regex PrintedBeforeRenameRegex();

    private static VersionMap<string> ConvertPrinted(string name, JsonElement sshdT, OpenSshVersion first)
    {
        var sentence = sshdT.GetProperty("printed").GetString()!;
        var map = new VersionMap<string>();
        if (CuratedFacts.PrintedOverrides.TryGetValue(name, out var ov))
        {
            foreach (var (from, value) in ov) map.Set(ParseVersion(from), value);
        }
        else if (CuratedFacts.PrintedBySentence.TryGetValue(sentence, out var value))
        {
            map.Set(first, value);
        }
        else if (PrintedUntilRegex().Match(sentence) is { Success: true } until)
        {
            map.Set(ParseVersion(until.Groups[1].Value), "always");
            map.Set(Next(ParseVersion(until.Groups[2].Value)), "never");
        }
        else if (PrintedBeforeRenameRegex().Match(sentence) is { Success: true } rename)
        {
            map.Set(ParseVersion(rename.Groups[1].Value), "always");
            map.Set(ParseVersion(rename.Groups[3].Value), "never");
        }
        else
        {
            throw new InvalidDataException($"{name}: unknown sshd_T.printed sentence \"{sentence}\"; add it to CuratedFacts");
        }
        return map;
    }

    /// <summary>
    /// sshd -T keys: lower case up to 10.3; 10.4 CamelCase except the hand-printed keys; 10.5 CamelCase
    /// as in sshd_config(5) but <c>Macs</c> (§8). Only releases that print the key get an entry.
    /// </summary>
    private static VersionMap<string>? ConvertKey(JsonElement sshdT, Entry entry)
    {
        if (entry.Printed.Items.All(i => i.Value == "never")) return null;
        var lower = Str(sshdT, "key_9_x_and_older") ?? entry.Name.ToLowerInvariant();
        var camel = Str(sshdT, "key_10_5") ?? entry.Name;
        return KeyMap(lower, camel, entry);
    }

    private static VersionMap<string> KeyMap(string lower, string camel, Entry entry)
    {
        var v104 = new OpenSshVersion(10, 4);
        var v105 = new OpenSshVersion(10, 5);
        var lastPrinted = Known.Last(v => entry.Printed.At(v, "never") != "never");
        var keys = VersionMap<string>.FromFunction(entry.FirstVersion, v =>
            v < v104 ? lower
            : v < v105 ? (CuratedFacts.HandPrintedLowercaseIn104.Contains(lower, StringComparer.Ordinal) ? lower : camel)
            : camel);
        // Releases after the last one that prints the key need no entry.
        var trimmed = new VersionMap<string>();
        foreach (var (from, key) in keys.Items.Where(i => i.From <= lastPrinted)) trimmed.Set(from, key);
        return trimmed;
    }

    [GeneratedRegex(@"^(?<from>\d+\.\d+)(?:-(?<to>\d+\.\d+)|\+)?$")]
    private static partial Regex VersionRangeRegex();

    private static VersionMap<string[]?> ConvertDefault(JsonElement k, Entry entry)
    {
        var name = entry.Name;
        var first = entry.FirstVersion;
        var ranges = new List<(OpenSshVersion From, string[]? Lines)>();

        if (CuratedFacts.DefaultOverrides.TryGetValue(name, out var ov))
        {
            ranges.AddRange(ov.Select(r => (ParseVersion(r.From), r.Lines)));
        }
        else if (k.TryGetProperty("default_history", out var history))
        {
            foreach (var h in history.EnumerateArray())
            {
                var versions = h.GetProperty("versions").GetString()!;
                var value = h.GetProperty("value").GetString()!;
                var from = versions == "all" ? first
                    : VersionRangeRegex().Match(versions) is { Success: true } m ? ParseVersion(m.Groups["from"].Value)
                    : throw new InvalidDataException($"{name}: cannot read default_history range '{versions}'; add a DefaultOverrides entry");
                ranges.Add((from, [Literal(name, value)]));
            }
            // The newest range must be what 10.5 printed (the "default" field).
            var newest = Str(k, "default");
            if (newest is not null && ranges.Count > 0 && ranges[^1].Lines![0] != newest)
                throw new InvalidDataException($"{name}: default_history ends with '{ranges[^1].Lines![0]}' but default is '{newest}'");
        }
        else
        {
            var value = Str(k, "default");
            string[]? lines = value switch
            {
                null => null,
                "(none; not printed)" or "(unset; not printed)" or "(none defined; not printed)" => null,
                _ => value.Split(" | ").Select(v => Literal(name, v)).ToArray(),
            };
            ranges.Add((first, lines));
        }

        // Ranges may start before the keyword exists (a history shared with an older name): the value in
        // force when the keyword appeared applies from then on.
        ranges.Sort((a, b) => a.From.CompareTo(b.From));
        return VersionMap<string[]?>.FromFunction(
            first,
            v => ranges.LastOrDefault(r => r.From <= v, ranges[0]).Lines,
            LinesComparer.Instance);
    }

    private static string Literal(string name, string value)
    {
        // Prose in a value means a person has to decide what sshd -T prints.
        string[] proseMarks = ["(", ";", ", ", " but ", " added", "e.g."];
        return proseMarks.Any(p => value.Contains(p, StringComparison.Ordinal))
            ? throw new InvalidDataException($"{name}: default '{value}' is prose; add a CuratedFacts.DefaultOverrides entry")
            : value;
    }

    private static VersionMap<string[]?> DefaultsBeforeRename(Entry oldName, JsonElement successor)
    {
        // The successor's history starts at 7.0 and describes the list under whichever name was current;
        // the old name printed it until the rename (when its printing stops).
        var history = successor.GetProperty("default_history").EnumerateArray()
            .Select(h => (From: ParseVersion(VersionRangeRegex().Match(h.GetProperty("versions").GetString()!).Groups["from"].Value),
                          Lines: new[] { h.GetProperty("value").GetString()! }))
            .ToList();
        return VersionMap<string[]?>.FromFunction(
            oldName.FirstVersion,
            v => oldName.Printed.At(v, "never") == "never" ? null : history.Last(h => h.From <= v).Lines,
            LinesComparer.Instance);
    }

    private static void AddDebianOverlay(Entry entry)
    {
        if (entry.OnlyVendor is not null) return;

        CuratedFacts.DebianDefaultOverrides.TryGetValue(entry.Name, out var overrides);
        var parsed = overrides?.Select(o => (From: ParseVersion(o.From), Until: o.Until is null ? (OpenSshVersion?)null : ParseVersion(o.Until), o.Lines)).ToList();
        var debianDefault = VersionMap<string[]?>.FromFunction(entry.FirstVersion, v =>
            parsed?.LastOrDefault(o => o.From <= v && (o.Until is null || v < o.Until.Value)) is { From.Major: > 0 } o
                ? o.Lines
                : entry.Default.At(v, null)?.Select(SubstituteDebianPaths).ToArray(),
            LinesComparer.Instance);
        if (!debianDefault.SameAs(entry.Default)) entry.DebianDefault = debianDefault;

        if (CuratedFacts.DebianPrinted.TryGetValue(entry.Name, out var printed))
        {
            var map = new VersionMap<string>();
            foreach (var (from, value) in printed) map.Set(ParseVersion(from), value);
            entry.DebianPrinted = map;
            // A Debian-printed key needs a key map covering the releases Debian prints it in.
            var lower = entry.Name.ToLowerInvariant();
            var keyEntry = new Entry
            {
                Name = entry.Name, Arg = entry.Arg, Status = entry.Status, Match = entry.Match,
                Precedence = entry.Precedence, Printed = map, Default = entry.Default,
            };
            var debianKeys = KeyMap(lower, entry.Name, keyEntry);
            if (entry.Key is null || !entry.Key.SameAs(debianKeys)) entry.Key = debianKeys;
        }
    }

    private static string SubstituteDebianPaths(string line)
    {
        foreach (var (placeholder, path) in CuratedFacts.DebianPaths)
            line = line.Replace(placeholder, path, StringComparison.Ordinal);
        return line;
    }

    private static void Validate(Entry e, Dictionary<string, Entry> all, List<string> errors)
    {
        foreach (var v in Known.Where(v => v >= e.FirstVersion))
        {
            var status = e.Status.At(v, "unknown");
            if (status.StartsWith("alias:", StringComparison.Ordinal))
            {
                var target = status[6..];
                if (!all.TryGetValue(target, out var t) || t.Status.At(v, "unknown") != "active")
                    errors.Add($"{e.Name} {v}: alias of '{target}', which is not active then");
                continue;
            }
            if (status != "active") continue;
            foreach (var (printed, defaults, vendor) in new[]
                     {
                         (e.Printed, e.Default, "upstream"),
                         (e.DebianPrinted ?? e.Printed, e.DebianDefault ?? e.Default, "debian"),
                     })
            {
                if (printed.At(v, "never") == "always" && defaults.At(v, null) is null && !e.Build.Contains("AFS"))
                    errors.Add($"{e.Name} {v} ({vendor}): printed always but no default");
                if (printed.At(v, "never") != "never" && e.Key?.At(v, null!) is null)
                    errors.Add($"{e.Name} {v} ({vendor}): printed but no sshd -T key");
            }
        }
        foreach (var a in e.Aliases)
        {
            if (!all.ContainsKey(a.Name)) errors.Add($"{e.Name}: alias '{a.Name}' has no entry of its own");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Summaries

    private static Dictionary<string, string> ParseSummaries(string markdown)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new StringBuilder();
        foreach (var rawLine in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                current = line[3..].Trim();
                continue;
            }
            if (current is null || line.Length == 0) continue;
            if (text.Length > 0) text.Append(' ');
            text.Append(line.Trim());
        }
        Flush();
        return result;

        void Flush()
        {
            if (current is null) return;
            if (text.Length == 0) throw new InvalidDataException($"summaries.md: '{current}' has an empty paragraph");
            if (!result.TryAdd(current, text.ToString())) throw new InvalidDataException($"summaries.md: '{current}' appears twice");
            text.Clear();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Output

    private static string Write(JsonElement referenceRoot, IReadOnlyList<Entry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("{\n");
        sb.Append("  \"format\": ").Append(Q(FormatName)).Append(",\n");
        sb.Append("  \"generatedBy\": \"tools/catalog (dotnet run --project tools/catalog)\",\n");
        sb.Append("  \"source\": ").Append(Q("shared/reference/openssh/keywords.json: " + referenceRoot.GetProperty("covered_versions").GetString())).Append(",\n");
        sb.Append("  \"covers\": {\"from\": ").Append(Q(OpenSshVersion.Oldest.ToString())).Append(", \"to\": ").Append(Q(OpenSshVersion.Newest.ToString())).Append("},\n");
        sb.Append("  \"builds\": {");
        sb.Append(string.Join(", ", CuratedFacts.BuildFeatures.Select(b => Q(VendorName(b.Key)) + ": " + Array(b.Value))));
        sb.Append("},\n");
        sb.Append("  \"keywords\": [\n");
        for (int i = 0; i < entries.Count; i++)
        {
            WriteEntry(sb, entries[i]);
            sb.Append(i + 1 < entries.Count ? ",\n" : "\n");
        }
        sb.Append("  ]\n}\n");
        return sb.ToString();
    }

    private static void WriteEntry(StringBuilder sb, Entry e)
    {
        var props = new List<string>
        {
            P("name", Q(e.Name)),
        };
        if (e.OnlyVendor is { } vendor) props.Add(P("vendors", Array([VendorName(vendor)])));
        props.Add(P("arg", Q(e.Arg.ToString())));
        if (e.Values.Length > 0) props.Add(P("values", Array(e.Values)));
        if (e.ValuesSince.Length > 0) props.Add(P("valuesSince", "{" + string.Join(", ", e.ValuesSince.Select(v => Q(v.Value) + ": " + Q(v.Since))) + "}"));
        if (e.Syntax is not null) props.Add(P("syntax", Q(e.Syntax)));
        if (e.RestOfLine) props.Add(P("restOfLine", "true"));
        if (e.Build.Length > 0) props.Add(P("build", Array(e.Build)));
        props.Add(P("added", e.Added is null ? "null" : Q(e.Added)));
        if (e.Deprecated is not null) props.Add(P("deprecated", Q(e.Deprecated)));
        if (e.Removed is not null) props.Add(P("removed", Q(e.Removed)));
        props.Add(P("status", Map(e.Status, Q)));
        props.Add(P("match", Map(e.Match, b => b ? "true" : "false")));
        props.Add(P("precedence", Map(e.Precedence, p => Q(p.ToString()))));
        props.Add(P("printed", Map(e.Printed, Q)));
        if (e.Key is not null) props.Add(P("key", Map(e.Key, Q)));
        props.Add(P("default", Map(e.Default, Lines)));
        if (e.DebianDefault is not null || e.DebianPrinted is not null)
        {
            var debian = new List<string>();
            if (e.DebianPrinted is not null) debian.Add(Q("printed") + ": " + Map(e.DebianPrinted, Q));
            if (e.DebianDefault is not null) debian.Add(Q("default") + ": " + Map(e.DebianDefault, Lines));
            props.Add(P("debian", "{" + string.Join(", ", debian) + "}"));
        }
        if (e.Aliases.Count > 0)
        {
            props.Add(P("aliases", "[" + string.Join(", ", e.Aliases.Select(a =>
                "{" + Q("name") + ": " + Q(a.Name) + ", " + Q("from") + ": " + Q(a.From) + ", " +
                Q("until") + ": " + (a.Until is null ? "null" : Q(a.Until)) + ", " +
                Q("match") + ": " + (a.Match ? "true" : "false") + "}")) + "]"));
        }
        props.Add(P("summary", Q(e.Summary)));
        if (e.Notes.Length > 0) props.Add(P("notes", Array(e.Notes)));

        sb.Append("    {\n");
        sb.Append(string.Join(",\n", props.Select(p => "      " + p)));
        sb.Append("\n    }");
    }

    private static string VendorName(Vendor v) => v.ToString().ToLowerInvariant();

    private static string P(string name, string json) => Q(name) + ": " + json;

    private static string Map<T>(VersionMap<T> map, Func<T, string> value) =>
        "{" + string.Join(", ", map.Items.Select(i => Q(i.From.ToString()) + ": " + value(i.Value))) + "}";

    private static string Lines(string[]? lines) => lines switch
    {
        null => "null",
        [var single] => Q(single),
        _ => Array(lines),
    };

    private static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static string Q(string s) => "\"" + JsonEncodedText.Encode(s, Encoder).ToString() + "\"";
}
