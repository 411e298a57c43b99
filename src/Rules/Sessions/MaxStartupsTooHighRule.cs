// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2042: MaxStartups lets too many unauthenticated connections wait at once (catalog C-39). Recommended reports a
/// <c>full</c> value above 100 (the default <c>10:30:100</c> passes; sshd-lint's threshold). CIS wants
/// <c>10:30:60</c> or stricter (CIS 5.1.18 Ubuntu, 5.1.17 RHEL 9): start at most 10, rate at least 30 %, full at most
/// 60; strict uses the same values. A zero option turns that part of the check off.
/// </summary>
public sealed class MaxStartupsTooHighRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2042", "max-startups", "Too many unauthenticated connections allowed",
        "MaxStartups {0} {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max-full"] = 100,
        ["max-start"] = 0,
        ["min-rate"] = 0,
    };

    private static readonly Dictionary<string, object> Cis = new()
    {
        ["max-full"] = 60,
        ["max-start"] = 10,
        ["min-rate"] = 30,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "cis" => new RuleSetting(true, null, Cis),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        int maxFull = context.Options.GetInt("max-full", 100);
        int maxStart = context.Options.GetInt("max-start", 0);
        int minRate = context.Options.GetInt("min-rate", 0);
        // Global only. Up to 10.0 the last MaxStartups line wins, from 10.1 the first; Global() follows the
        // keyword's precedence for the target.
        var occurrence = context.Global("MaxStartups");
        if (occurrence.Value is not MaxStartupsValue m) return;
        int rate = m.Rate ?? MaxStartupsValue.DefaultRate;
        var problems = new List<string>(3);
        if (maxFull > 0 && m.Full > maxFull)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"accepts up to {m.Full} unauthenticated connections, more than {maxFull}"));
        if (maxStart > 0 && m.Begin > maxStart)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"starts refusing connections only after {m.Begin}, more than {maxStart}"));
        // The rate matters only between start and full: the single-number form (start = full) has no early drop.
        if (minRate > 0 && rate < minRate && m.Begin < m.Full)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"refuses only {rate}% of connections past the start, less than {minRate}%"));
        if (problems.Count == 0) return;

        int full = maxFull > 0 ? Math.Min(m.Full, maxFull) : m.Full;
        int begin = Math.Min(maxStart > 0 ? Math.Min(m.Begin, maxStart) : m.Begin, full);
        int newRate = minRate > 0 ? Math.Max(rate, minRate) : rate;
        string value = string.Create(CultureInfo.InvariantCulture, $"{begin}:{newRate}:{full}");
        var fix = ScopedFix.Set(context, null, occurrence, "MaxStartups", value, $"Set MaxStartups to {value}", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text(), string.Join("; ", problems)], [fix]);
    }
}
