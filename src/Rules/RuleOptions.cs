// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;

namespace SshdLint.Rules;

/// <summary>A rule's options after profile and configuration file are applied.</summary>
public sealed class RuleOptions
{
    private readonly IReadOnlyDictionary<string, object> _values;

    public RuleOptions(IReadOnlyDictionary<string, object> values) => _values = values;

    public static RuleOptions Empty { get; } = new(new Dictionary<string, object>());

    public IReadOnlyDictionary<string, object> Values => _values;

    public int GetInt(string name, int fallback) => _values.TryGetValue(name, out var v) ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : fallback;

    public double GetDouble(string name, double fallback) => _values.TryGetValue(name, out var v) ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : fallback;

    public bool GetBool(string name, bool fallback) => _values.TryGetValue(name, out var v) ? Convert.ToBoolean(v, CultureInfo.InvariantCulture) : fallback;

    public string GetString(string name, string fallback) => _values.TryGetValue(name, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? fallback : fallback;

    public IReadOnlyList<string> GetList(string name, IReadOnlyList<string> fallback) => _values.TryGetValue(name, out var v) switch
    {
        false => fallback,
        true when v is IEnumerable<string> list => list.ToArray(),
        true when v is string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => fallback,
    };
}
