// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2028: RekeyLimit lets a session key protect more than <c>max-bytes</c> of data or live longer than
/// <c>max-seconds</c> (STIG RHEL-09-255090: <c>1G 1h</c>; CaC's default is <c>512M 1h</c>). The default <c>default none</c>
/// rekeys only at the cipher's own limit (gigabytes for AES) and never on time. Catalog C-52.
/// </summary>
/// <remarks>
/// Off by default: modern AEAD ciphers rekey safely on their own, so this is a compliance setting. The size and the
/// interval are first-wins independently (semantics.md §4), and a Match block only overrides the components it sets.
/// </remarks>
public sealed class RekeyLimitRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2028", "rekey-limit", "Session keys renegotiated too rarely",
        "RekeyLimit {0} allows {1} before keys are renegotiated", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    private const long OneGiB = 1L << 30;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max-bytes"] = OneGiB,
        ["max-seconds"] = 3600,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "stig" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        long maxBytes = Convert.ToInt64(context.Options.Values.GetValueOrDefault("max-bytes", OneGiB), CultureInfo.InvariantCulture);
        long maxSeconds = context.Options.GetInt("max-seconds", 3600);

        var globalSetting = context.Startup.Get("RekeyLimit");
        var global = RekeyLimitValue.Merge(globalSetting.Values) ?? context.DefaultValue("RekeyLimit") as RekeyLimitValue ?? new RekeyLimitValue(0, null);
        var globalOccurrence = context.Global("RekeyLimit");
        Check(context, globalOccurrence, global, maxBytes, maxSeconds);

        // Every RekeyLimit line of each Match block, in one pass (a block may split size and interval over two lines).
        var byScope = new Dictionary<MatchScope, List<SettingValue>>();
        foreach (var d in context.Model.Directives)
        {
            if (d.Scope is null || d.ActiveAtStartup || !d.SetsValue) continue;
            if (!string.Equals(d.SettingName, "RekeyLimit", StringComparison.OrdinalIgnoreCase)) continue;
            if (!byScope.TryGetValue(d.Scope, out var list)) byScope[d.Scope] = list = [];
            list.Add(d.Value!);
        }

        foreach (var occurrence in context.InMatchBlocks("RekeyLimit"))
        {
            if (!byScope.TryGetValue(occurrence.Scope!, out var values) || RekeyLimitValue.Merge(values) is not { } own) continue;
            var effective = new RekeyLimitValue(own.Bytes ?? global.Bytes, own.IntervalSeconds ?? global.IntervalSeconds);
            Check(context, occurrence, effective, maxBytes, maxSeconds);
        }
    }

    private static void Check(RuleContext context, SettingOccurrence occurrence, RekeyLimitValue value, long maxBytes, long maxSeconds)
    {
        long bytes = value.Bytes ?? 0;
        double seconds = value.IntervalSeconds ?? 0;
        var problems = new List<string>();
        if (bytes == 0) problems.Add($"the cipher's own data limit (far more than {FormatSize(maxBytes)})");
        else if (bytes > maxBytes) problems.Add($"more than {FormatSize(maxBytes)} of data");
        if (seconds <= 0) problems.Add("unlimited time");
        else if (seconds > maxSeconds) problems.Add($"more than {FormatTime(maxSeconds)}");
        if (problems.Count == 0) return;

        long fixBytes = bytes > 0 && bytes <= maxBytes ? bytes : maxBytes;
        long fixSeconds = seconds > 0 && seconds <= maxSeconds ? (long)Math.Truncate(seconds) : maxSeconds;
        string text = FormatSize(fixBytes) + " " + FormatTime(fixSeconds);
        string title = $"Set RekeyLimit to {text}";
        // UNSAFE (catalog C-52): more frequent rekeying is invisible to users but changes behaviour.
        var fix = occurrence.Scope is { } scope
            ? FixBuilder.SetInBlock(scope, occurrence.Line, "RekeyLimit", text, title, FixApplicability.Unsafe)
            : FixBuilder.SetGlobal(context, "RekeyLimit", text, title, FixApplicability.Unsafe);
        string shown = (bytes == 0 ? "default" : FormatSize(bytes)) + " " + (seconds <= 0 ? "none" : FormatTime((long)Math.Truncate(seconds)));
        context.Report(occurrence, [shown, AlgorithmLists.JoinWithAnd(problems)], [fix]);
    }

    /// <summary>Formats bytes with sshd's scale suffixes (K, M, G are powers of 1024).</summary>
    internal static string FormatSize(long bytes)
    {
        if (bytes > 0 && bytes % OneGiB == 0) return (bytes / OneGiB).ToString(CultureInfo.InvariantCulture) + "G";
        if (bytes > 0 && bytes % (1L << 20) == 0) return (bytes >> 20).ToString(CultureInfo.InvariantCulture) + "M";
        if (bytes > 0 && bytes % 1024 == 0) return (bytes >> 10).ToString(CultureInfo.InvariantCulture) + "K";
        return bytes.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats seconds the way sshd_config(5) TIME FORMATS writes them (1h, 30m, 90s).</summary>
    internal static string FormatTime(long seconds)
    {
        if (seconds > 0 && seconds % 3600 == 0) return (seconds / 3600).ToString(CultureInfo.InvariantCulture) + "h";
        if (seconds > 0 && seconds % 60 == 0) return (seconds / 60).ToString(CultureInfo.InvariantCulture) + "m";
        return seconds.ToString(CultureInfo.InvariantCulture) + "s";
    }
}
