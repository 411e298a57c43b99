// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>
/// Typed compiled-in defaults, so rules can reason about keywords the configuration does not set: parses a
/// catalog default (as <c>sshd -T</c> prints it) back into <see cref="SettingValue"/>s.
/// </summary>
/// <remarks>
/// Algorithm lists come from <see cref="AlgorithmCatalog"/> (exact per version and vendor) rather than from the
/// string. Other defaults are re-parsed with the keyword's own grammar: <c>sshd -T</c> output is valid
/// configuration for almost every key (<c>RekeyLimit 0 0</c>, <c>IPQoS lowdelay throughput</c>,
/// <c>ListenAddress [::]:22</c>, <c>PermitRootLogin without-password</c>). The exceptions are handled here:
/// PerSourcePenalties prints fractions that releases before 10.3 cannot read back, and RDomain is not settable on
/// the platforms we model.
/// </remarks>
public static class SettingDefaults
{
    /// <summary>
    /// The values sshd uses when no line sets <paramref name="keyword"/>: empty when there is no default to
    /// print (AllowUsers, Subsystem, …), one value for most keys, one per printed line for Port, ListenAddress
    /// and HostKey.
    /// </summary>
    public static IReadOnlyList<SettingValue> For(KeywordDefinition keyword, Target target)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(target);
        if (AlgorithmKind(keyword) is AlgorithmListKind kind)
        {
            if (kind == AlgorithmListKind.CASignatureAlgorithms && !target.Version.AtLeast(7, 9)) return [];
            return [AlgorithmListValue.Default(kind, target)];
        }
        if (keyword.ArgumentKind == ArgumentKind.PenaltyList)
        {
            if (!target.Version.AtLeast(9, 8)) return [];
            return keyword.Default is string d && d.Trim() == "no"
                ? [new PerSourcePenaltiesValue { Switch = false }]
                : [new PerSourcePenaltiesValue()];
        }
        return keyword.Default is null ? [] : ParseSshdT(keyword, keyword.Default, target);
    }

    /// <summary>The single default value, or null when there is none (for multi-line keys: the first line's value).</summary>
    public static SettingValue? Single(KeywordDefinition keyword, Target target)
    {
        var all = For(keyword, target);
        return all.Count == 0 ? null : all[0];
    }

    /// <summary>
    /// Parses text as <c>sshd -T</c> prints it for <paramref name="keyword"/> (without the key). Several printed
    /// lines may be separated by newlines or <c> | </c>. Returns an empty list for descriptions such as
    /// <c>(none; not printed)</c> and for text the grammar rejects.
    /// </summary>
    public static IReadOnlyList<SettingValue> ParseSshdT(KeywordDefinition keyword, string printed, Target target)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(printed);
        string text = StripRemark(printed.Trim());
        if (text.Length == 0 || text.StartsWith('(') || text.StartsWith("build dependent", StringComparison.Ordinal)) return [];

        var active = keyword.Status == KeywordStatus.Active ? keyword : keyword with { Status = KeywordStatus.Active };
        if (AlgorithmKind(active) is not null || keyword.ArgumentKind == ArgumentKind.KeyAlgorithmList)
        {
            return ParseLine(active, [text], target) is SettingValue alg ? [alg] : [];
        }
        switch (keyword.ArgumentKind)
        {
            case ArgumentKind.String:
            case ArgumentKind.Username:
                return [new StringValue(text)];
            case ArgumentKind.PenaltyList:
                // sshd -T prints "%f" from 10.3; read it with the newest grammar, print per target.
                return ParseLine(active, Tokens(text), new Target(OpenSshVersion.Newest)) is SettingValue p ? [p] : [];
            case ArgumentKind.Command:
            case ArgumentKind.Text:
                return ParseLine(active, [text], target) is SettingValue raw ? [raw] : [];
        }

        var values = new List<SettingValue>();
        foreach (var line in Lines(keyword, text))
        {
            if (ParseLine(active, Tokens(line), target) is SettingValue v) values.Add(v);
        }
        return values;
    }

    private static SettingValue? ParseLine(KeywordDefinition keyword, IReadOnlyList<string> tokens, Target target)
    {
        var r = ArgumentParser.Parse(keyword, tokens, target);
        return r.Error is null || r.Error.OnlyIfEffective ? r.Value : null;
    }

    private static AlgorithmListKind? AlgorithmKind(KeywordDefinition keyword) => keyword.ArgumentKind switch
    {
        ArgumentKind.CipherList => AlgorithmListKind.Ciphers,
        ArgumentKind.MacList => AlgorithmListKind.Macs,
        ArgumentKind.KexList => AlgorithmListKind.KexAlgorithms,
        ArgumentKind.KeyAlgorithmList => AlgorithmCatalog.KindFor(keyword.EffectiveName) ?? AlgorithmCatalog.KindFor(keyword.Name),
        _ => null,
    };

    private static IEnumerable<string> Lines(KeywordDefinition keyword, string text)
    {
        var lines = text.Split(['\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (keyword.ArgumentKind is ArgumentKind.Path && lines.Length == 1 && text.Contains(", ", StringComparison.Ordinal))
        {
            // keywords.json lists the default HostKey files separated by ", ".
            return text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return lines;
    }

    private static string[] Tokens(string line) =>
        line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    // "no (printed only when built with AFS)" → "no".
    private static string StripRemark(string s)
    {
        int i = s.IndexOf(" (", StringComparison.Ordinal);
        return i > 0 && s.EndsWith(')') ? s[..i].TrimEnd() : s;
    }
}
