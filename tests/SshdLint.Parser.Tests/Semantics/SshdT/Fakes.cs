// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Semantics.SshdT;
using SshdLint.Parser.Values;
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Semantics.SshdT;

// Stand-ins for the typed values and the catalog, which are built elsewhere: the writer must work against
// the SettingValue contract alone, plus the small interfaces in Semantics/SshdT.

/// <summary>A value that prints the given strings, one output line each.</summary>
internal sealed record FakeValue(params string[] Lines) : SettingValue
{
    public override IReadOnlyList<string> FormatForSshdT(Target target) => Lines;
}

internal sealed record FakePort(int Port) : SettingValue, IPortValue
{
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Port.ToString(CultureInfo.InvariantCulture)];
}

internal sealed record FakeListen(string Host, int? Port = null, string? RDomain = null) : SettingValue, IListenAddressValue
{
    // Never used by the writer for IListenAddressValue; returns something recognisable if it were.
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [$"unexpanded {Host}"];
}

/// <summary>RekeyLimit: size and interval are first-wins independently.</summary>
internal sealed record FakeRekeyLimit(long? Bytes, int? Seconds) : SettingValue, IPerComponentValue
{
    public SettingValue CombineWith(SettingValue later) => later is FakeRekeyLimit l ? new FakeRekeyLimit(Bytes ?? l.Bytes, Seconds ?? l.Seconds) : this;

    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [string.Create(CultureInfo.InvariantCulture, $"{Bytes ?? 0} {Seconds ?? 0}")];
}

internal sealed class FakeSettings(Target target) : IEffectiveSettings
{
    private readonly Dictionary<string, List<SettingValue>> _values = new(StringComparer.OrdinalIgnoreCase);

    public Target Target { get; } = target;

    public FakeSettings Set(string keyword, params SettingValue[] values)
    {
        _values[keyword] = [.. values];
        return this;
    }

    /// <summary>Shorthand for a keyword whose lines each print one string.</summary>
    public FakeSettings Lines(string keyword, params string[] lines) => Set(keyword, [.. lines.Select(l => new FakeValue(l))]);

    public IReadOnlyList<SettingValue> Values(string canonicalKeyword) =>
        _values.TryGetValue(canonicalKeyword, out var v) ? v : [];
}

internal static class FakeCatalog
{
    /// <summary>A hand-made definition carrying only what the writer reads.</summary>
    public static KeywordDefinition Definition(string name, string? @default) => new()
    {
        Name = name,
        Status = KeywordStatus.Active,
        AllowedInMatch = false,
        ArgumentKind = ArgumentKind.String,
        Precedence = Precedence.FirstWins,
        Default = @default,
    };

    /// <summary>
    /// Defaults taken from a recorded dump of an empty configuration: the first value printed for each key,
    /// mapped to its keyword through the layout. Reproduces the target's catalog for the keys it prints.
    /// </summary>
    public static Func<string, KeywordDefinition?> FromDump(Target target, string dumpPath)
    {
        var layout = SshdTLayout.For(target);
        var defs = new Dictionary<string, KeywordDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadAllLines(dumpPath))
        {
            int space = line.IndexOf(' ');
            var entry = layout.FindByKey(line[..space]) ?? throw new InvalidDataException($"layout does not know '{line}'");
            defs.TryAdd(entry.Keyword, Definition(entry.Keyword, line[(space + 1)..]));
        }
        return k => defs.GetValueOrDefault(k);
    }

    public static string Fixture(string name) => RepoPaths.Fixtures("SshdLint.Parser.Tests", "SshdT", name);
}
