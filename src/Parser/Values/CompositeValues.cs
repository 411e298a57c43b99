// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>
/// <c>RekeyLimit &lt;size&gt; [&lt;interval&gt;]</c>: bytes and seconds before renegotiating keys. Each component is
/// first-wins on its own (see <see cref="Merge"/>).
/// </summary>
/// <param name="Bytes">Data limit in bytes; 0 for <c>default</c> (cipher-dependent). Always set by a valid line.</param>
/// <param name="IntervalSeconds">Time limit in seconds; null when the line gives none or <c>none</c> (which leaves it unset).</param>
public sealed record RekeyLimitValue(long? Bytes, double? IntervalSeconds) : SettingValue, Semantics.SshdT.IPerComponentValue
{
    /// <inheritdoc/>
    public SettingValue CombineWith(SettingValue later) => Merge([this, later]) ?? this;

    /// <inheritdoc/>
    /// <remarks>servconf.c prints <c>"%llu %d"</c>: unset components print as 0.</remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [string.Create(CultureInfo.InvariantCulture, $"{(ulong)(Bytes ?? 0)} {(int)Math.Truncate(IntervalSeconds ?? 0)}")];

    /// <summary>
    /// Combines the RekeyLimit lines of one parsing pass, in read order, as sshd does: the size and the interval
    /// are each taken from the first line that sets them (<c>RekeyLimit 1G</c> then <c>RekeyLimit 2G 1h</c> gives
    /// 1G and 3600 s, obs 9.2). <c>RekeyLimit 1G none</c> does not set the interval, so a later line still can.
    /// </summary>
    /// <returns>The merged value, or null when <paramref name="values"/> holds no RekeyLimit value.</returns>
    public static RekeyLimitValue? Merge(IReadOnlyList<SettingValue> values)
    {
        long? bytes = null;
        double? interval = null;
        bool any = false;
        foreach (var v in values)
        {
            if (v is not RekeyLimitValue r) continue;
            any = true;
            bytes ??= r.Bytes;
            interval ??= r.IntervalSeconds;
        }
        return any ? new RekeyLimitValue(bytes, interval) : null;
    }
}

/// <summary><c>MaxStartups start:rate:full</c> or a single number (random early drop of unauthenticated connections).</summary>
/// <param name="Begin">Unauthenticated connections before dropping starts.</param>
/// <param name="Rate">Drop percentage; null for the single-number form (sshd leaves the previous rate, default 30).</param>
/// <param name="Full">Connections at which every new one is refused.</param>
public sealed record MaxStartupsValue(int Begin, int? Rate, int Full) : SettingValue
{
    /// <summary>sshd's default rate (percent).</summary>
    public const int DefaultRate = 30;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [string.Create(CultureInfo.InvariantCulture, $"{Begin}:{Rate ?? DefaultRate}:{Full}")];

    /// <summary>
    /// Combines MaxStartups lines of one pass in read order. Up to 10.0 there is no first-wins guard: each line
    /// overwrites, but the single-number form keeps the rate of an earlier line (obs 9.2: <c>10:50:100</c> then
    /// <c>20</c> prints <c>20:50:20</c>). From 10.1 the first line wins.
    /// </summary>
    public static MaxStartupsValue? Merge(IReadOnlyList<SettingValue> values, Target target)
    {
        MaxStartupsValue? result = null;
        foreach (var v in values)
        {
            if (v is not MaxStartupsValue m) continue;
            if (target.Version.AtLeast(10, 1)) return m;
            result = result is null ? m : m with { Rate = m.Rate ?? result.Rate };
        }
        return result;
    }
}

/// <summary><c>PerSourceNetBlockSize v4[:v6]</c> (8.5+): prefix lengths that group sources for PerSourceMaxStartups/penalties.</summary>
/// <param name="IPv4">IPv4 prefix length, 0–32.</param>
/// <param name="IPv6">IPv6 prefix length, 0–128. The single-number form stores 0 here (obs 9.2: <c>24</c> prints <c>24:0</c>).</param>
public sealed record NetblockValue(int IPv4, int IPv6) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [string.Create(CultureInfo.InvariantCulture, $"{IPv4}:{IPv6}")];
}

/// <summary><c>IPQoS interactive [bulk]</c>: DSCP/ToS values for interactive and bulk traffic.</summary>
/// <param name="Interactive">The IP_TOS value; <see cref="None"/> for <c>none</c> (system default).</param>
/// <param name="Bulk">Same for bulk traffic (equal to <paramref name="Interactive"/> when only one value is given).</param>
/// <param name="Written">The arguments as written.</param>
public sealed record IpQosValue(int Interactive, int Bulk, IReadOnlyList<string> Written) : SettingValue
{
    /// <summary>sshd's stored value for <c>none</c> (INT_MAX; 0 is CS0).</summary>
    public const int None = int.MaxValue;

    /// <summary>The name sshd prints for the interactive value on <paramref name="target"/>.</summary>
    public string InteractiveName(Target target) => IpQosTable.Name(Interactive, target);

    /// <summary>The name sshd prints for the bulk value on <paramref name="target"/>.</summary>
    public string BulkName(Target target) => IpQosTable.Name(Bulk, target);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [InteractiveName(target) + " " + BulkName(target)];
}

/// <summary>What PerSourcePenalties does when its table of penalised sources is full.</summary>
public enum PenaltyOverflowMode
{
    /// <summary><c>permissive</c>: stop penalising new sources.</summary>
    Permissive,
    /// <summary><c>deny-all</c>: refuse every new connection.</summary>
    DenyAll,
}

/// <summary>
/// <c>PerSourcePenalties</c> (9.8+): <c>yes</c>, <c>no</c>, or key:value pairs. Every component is first-wins on its
/// own (see <see cref="Merge"/>); null components are not set by this line and fall back to sshd's defaults.
/// </summary>
public sealed record PerSourcePenaltiesValue : SettingValue, Semantics.SshdT.IPerComponentValue
{
    /// <inheritdoc/>
    public SettingValue CombineWith(SettingValue later) => Merge([this, later]) ?? this;

    /// <summary>The first <c>yes</c>/<c>no</c> of the line; null when absent.</summary>
    public bool? Switch { get; init; }

    /// <summary><c>crash:</c> seconds.</summary>
    public double? Crash { get; init; }

    /// <summary><c>authfail:</c> seconds.</summary>
    public double? AuthFail { get; init; }

    /// <summary><c>noauth:</c> seconds.</summary>
    public double? NoAuth { get; init; }

    /// <summary><c>invaliduser:</c> seconds (10.3+).</summary>
    public double? InvalidUser { get; init; }

    /// <summary><c>grace-exceeded:</c> seconds.</summary>
    public double? GraceExceeded { get; init; }

    /// <summary><c>refuseconnection:</c> seconds (9.9+).</summary>
    public double? RefuseConnection { get; init; }

    /// <summary><c>max:</c> seconds.</summary>
    public double? Max { get; init; }

    /// <summary><c>min:</c> seconds.</summary>
    public double? Min { get; init; }

    /// <summary><c>max-sources4:</c> entries.</summary>
    public int? MaxSources4 { get; init; }

    /// <summary><c>max-sources6:</c> entries.</summary>
    public int? MaxSources6 { get; init; }

    /// <summary><c>overflow:</c> mode.</summary>
    public PenaltyOverflowMode? Overflow { get; init; }

    /// <summary><c>overflow6:</c> mode.</summary>
    public PenaltyOverflowMode? Overflow6 { get; init; }

    /// <summary>True when at least one key:value component is set.</summary>
    public bool SetsAnyComponent =>
        Crash is not null || AuthFail is not null || NoAuth is not null || InvalidUser is not null ||
        GraceExceeded is not null || RefuseConnection is not null || Max is not null || Min is not null ||
        MaxSources4 is not null || MaxSources6 is not null || Overflow is not null || Overflow6 is not null;

    /// <summary>
    /// Whether penalties are enabled: servconf.c sets <c>enabled</c> to 1 whenever it stores a component, so any
    /// component wins over an explicit <c>no</c>; otherwise the first <c>yes</c>/<c>no</c>; otherwise the default (on).
    /// </summary>
    public bool Enabled => SetsAnyComponent || (Switch ?? true);

    /// <summary>
    /// Combines the PerSourcePenalties lines of one pass in read order: each key keeps the first value set for it,
    /// and the yes/no switch the first one written.
    /// </summary>
    /// <returns>The merged value, or null when <paramref name="values"/> holds no PerSourcePenalties value.</returns>
    public static PerSourcePenaltiesValue? Merge(IReadOnlyList<SettingValue> values)
    {
        PerSourcePenaltiesValue? acc = null;
        foreach (var v in values)
        {
            if (v is not PerSourcePenaltiesValue p) continue;
            if (acc is null)
            {
                acc = p;
                continue;
            }
            acc = new PerSourcePenaltiesValue
            {
                Switch = acc.Switch ?? p.Switch,
                Crash = acc.Crash ?? p.Crash,
                AuthFail = acc.AuthFail ?? p.AuthFail,
                NoAuth = acc.NoAuth ?? p.NoAuth,
                InvalidUser = acc.InvalidUser ?? p.InvalidUser,
                GraceExceeded = acc.GraceExceeded ?? p.GraceExceeded,
                RefuseConnection = acc.RefuseConnection ?? p.RefuseConnection,
                Max = acc.Max ?? p.Max,
                Min = acc.Min ?? p.Min,
                MaxSources4 = acc.MaxSources4 ?? p.MaxSources4,
                MaxSources6 = acc.MaxSources6 ?? p.MaxSources6,
                Overflow = acc.Overflow ?? p.Overflow,
                Overflow6 = acc.Overflow6 ?? p.Overflow6,
            };
        }
        return acc;
    }

    /// <summary>sshd's compiled-in penalty defaults for <paramref name="target"/> (9.8+).</summary>
    public static PerSourcePenaltiesValue Defaults(Target target) => new()
    {
        Crash = 90,
        AuthFail = 5,
        NoAuth = 1,
        InvalidUser = target.Version.AtLeast(10, 3) ? 5 : null,
        // grace-exceeded was 20 s in 9.8 and 10 s from 9.9 (versions.md).
        GraceExceeded = target.Version.AtLeast(9, 9) ? 10 : 20,
        RefuseConnection = target.Version.AtLeast(9, 9) ? 10 : null,
        Max = 600,
        Min = 15,
        MaxSources4 = 65536,
        MaxSources6 = 65536,
        Overflow = PenaltyOverflowMode.Permissive,
        Overflow6 = PenaltyOverflowMode.Permissive,
    };

    /// <inheritdoc/>
    /// <remarks>
    /// <c>no</c> when disabled, else every component (defaults filled in): integers up to 10.2, <c>%f</c> with six
    /// decimals from 10.3 (servconf.c <c>dump_config</c>).
    /// </remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (!Enabled) return ["no"];
        var d = Defaults(target);
        bool frac = target.Version.AtLeast(10, 3);
        string T(double? value, double? fallback)
        {
            double x = value ?? fallback ?? 0;
            return frac
                ? x.ToString("F6", CultureInfo.InvariantCulture)
                : ((int)Math.Truncate(x)).ToString(CultureInfo.InvariantCulture);
        }
        static string O(PenaltyOverflowMode? m, PenaltyOverflowMode? f) =>
            (m ?? f) == PenaltyOverflowMode.DenyAll ? "deny-all" : "permissive";

        var parts = new List<string>(12)
        {
            "crash:" + T(Crash, d.Crash),
            "authfail:" + T(AuthFail, d.AuthFail),
            "noauth:" + T(NoAuth, d.NoAuth),
        };
        if (target.Version.AtLeast(10, 3)) parts.Add("invaliduser:" + T(InvalidUser, d.InvalidUser));
        parts.Add("grace-exceeded:" + T(GraceExceeded, d.GraceExceeded));
        if (target.Version.AtLeast(9, 9)) parts.Add("refuseconnection:" + T(RefuseConnection, d.RefuseConnection));
        parts.Add("max:" + T(Max, d.Max));
        parts.Add("min:" + T(Min, d.Min));
        parts.Add("max-sources4:" + (MaxSources4 ?? d.MaxSources4)!.Value.ToString(CultureInfo.InvariantCulture));
        parts.Add("max-sources6:" + (MaxSources6 ?? d.MaxSources6)!.Value.ToString(CultureInfo.InvariantCulture));
        parts.Add("overflow:" + O(Overflow, d.Overflow));
        parts.Add("overflow6:" + O(Overflow6, d.Overflow6));
        return [string.Join(' ', parts)];
    }
}

/// <summary>
/// The IPQoS name table of misc.c (<c>ipqos[]</c>) per release: parsing (<c>parse_ipqos</c>, names
/// case-insensitive, else a number 0–255 in C notation) and printing (<c>iptos2str</c>: first name with that value,
/// else <c>0x%02x</c>).
/// </summary>
internal static class IpQosTable
{
    /// <summary>The value parse_ipqos returns for the legacy ToS names from 10.1 (ignored: system default).</summary>
    internal const int Deprecated = int.MinValue;

    private static readonly (string Name, int Value)[] Dscp =
    [
        ("af11", 0x28), ("af12", 0x30), ("af13", 0x38), ("af21", 0x48), ("af22", 0x50), ("af23", 0x58),
        ("af31", 0x68), ("af32", 0x70), ("af33", 0x78), ("af41", 0x88), ("af42", 0x90), ("af43", 0x98),
        ("cs0", 0x00), ("cs1", 0x20), ("cs2", 0x40), ("cs3", 0x60), ("cs4", 0x80), ("cs5", 0xa0),
        ("cs6", 0xc0), ("cs7", 0xe0), ("ef", 0xb8),
    ];

    /// <summary>The table in misc.c order for <paramref name="target"/>.</summary>
    public static IEnumerable<(string Name, int Value)> Entries(Target target)
    {
        var v = target.Version;
        if (v.AtLeast(7, 6)) yield return ("none", IpQosValue.None);
        foreach (var e in Dscp) yield return e;
        if (v.AtLeast(8, 2)) yield return ("le", 0x04);
        if (v.AtLeast(10, 3)) yield return ("va", 0xb0);
        bool legacyIgnored = v.AtLeast(10, 1);
        yield return ("lowdelay", legacyIgnored ? Deprecated : 0x10);
        yield return ("throughput", legacyIgnored ? Deprecated : 0x08);
        yield return ("reliability", legacyIgnored ? Deprecated : 0x04);
    }

    /// <summary>parse_ipqos: the value, <see cref="Deprecated"/> for an ignored legacy name, or -1 when invalid.</summary>
    public static int Parse(string s, Target target)
    {
        foreach (var (name, value) in Entries(target))
        {
            if (string.Equals(name, s, StringComparison.OrdinalIgnoreCase)) return value;
        }
        long val = CNumbers.StrToLong(s, 0, 0, out int end, out bool overflow);
        if (s.Length == 0 || end != s.Length || overflow || val < 0 || val > 255) return -1;
        return (int)val;
    }

    /// <summary>iptos2str.</summary>
    public static string Name(int value, Target target)
    {
        foreach (var (name, v) in Entries(target))
        {
            if (v == value) return name;
        }
        return "0x" + value.ToString("x2", CultureInfo.InvariantCulture);
    }
}
