// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Semantics.SshdT;

/// <summary>One output line of <c>sshd -T</c>.</summary>
/// <param name="Keyword">The canonical keyword the line belongs to.</param>
/// <param name="Key">The key as the target prints it.</param>
/// <param name="Value">Everything after the key and its separating space.</param>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct SshdTLine(string Keyword, string Key, string Value)
{
    /// <summary>The line as sshd prints it (<c>printf("%s %s\n")</c>, so an empty value still leaves the space), without the newline.</summary>
    public override string ToString() => $"{Key} {Value}";
}

/// <summary>A rendered dump, with the keywords that could not be printed because no default was known.</summary>
/// <param name="Lines">The output lines, in sshd's order.</param>
/// <param name="MissingDefaults">
/// Keywords printed on every dump that were unset and for which the lookup gave no <see cref="KeywordDefinition.Default"/>;
/// their lines are left out. Empty when the catalog is complete for the target.
/// </param>
public sealed record SshdTOutput(IReadOnlyList<SshdTLine> Lines, IReadOnlyList<string> MissingDefaults)
{
    /// <summary>The dump as text: every line followed by <c>\n</c>, exactly as <c>sshd -T</c> writes stdout.</summary>
    public string Text => string.Concat(Lines.Select(l => l.ToString() + "\n"));
}

/// <summary>
/// Renders effective settings as the exact text <c>sshd -T</c> prints for the settings' target, following
/// <see cref="SshdTLayout"/>.
/// </summary>
/// <remarks>
/// <para>Set keywords print <see cref="SettingValue.FormatForSshdT"/>, one line per returned string, across every
/// value the settings hold (accumulating keywords such as Port, AllowUsers or Subsystem hold one value per
/// line). Single-line keywords with several values are folded through <see cref="IPerComponentValue"/>
/// (RekeyLimit, PerSourcePenalties), or else the first value is printed, as first-wins would keep it. Unset
/// keywords print the target's default from the keyword lookup; <see cref="SshdTPrintPolicy.WhenSet"/>
/// keywords print nothing.</para>
/// <para>Two keywords are computed here. <b>ListenAddress</b>: sshd prints one line per address and port. With no
/// ListenAddress line it listens on the wildcard address of each enabled family for each Port: <c>[::]:P</c>
/// then <c>0.0.0.0:P</c> for <c>AddressFamily any</c>, only one of them for <c>inet6</c> / <c>inet</c>. With
/// ListenAddress lines, addresses are grouped by routing domain (groups in order of first appearance, the group
/// without rdomain being one of them); inside a group lines keep file order, and a line without its own port
/// expands to every Port in Port order. Numeric addresses are printed in canonical form (<c>127.1</c> →
/// <c>127.0.0.1</c>, <c>::0001</c> → <c>[::1]</c>); host names cannot be resolved here and print as written.
/// Values that do not implement <see cref="IListenAddressValue"/> print their own formatted lines.
/// <b>HostKey</b>: when no HostKey is set sshd prints its default key files (<see cref="SshdTLayout.DefaultHostKeys"/>).</para>
/// </remarks>
public static class SshdTWriter
{
    /// <summary>sshd's port when neither a Port line nor the catalog says otherwise (<c>SSH_DEFAULT_PORT</c>).</summary>
    private const int DefaultPort = 22;

    /// <summary>The dump text, with defaults from the target's keyword catalog.</summary>
    public static string Write(IEffectiveSettings settings) => Render(settings).Text;

    /// <summary>The dump text, with defaults from <paramref name="lookup"/> (canonical keyword → definition for the target).</summary>
    public static string Write(IEffectiveSettings settings, Func<string, KeywordDefinition?> lookup) => Render(settings, lookup).Text;

    /// <summary>The dump as lines, with defaults from the target's keyword catalog.</summary>
    public static SshdTOutput Render(IEffectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Render(settings, KeywordCatalog.For(settings.Target).Lookup);
    }

    /// <summary>The dump as lines, with defaults from <paramref name="lookup"/>.</summary>
    public static SshdTOutput Render(IEffectiveSettings settings, Func<string, KeywordDefinition?> lookup)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lookup);
        var target = settings.Target;
        var layout = SshdTLayout.For(target);
        var lines = new List<SshdTLine>();
        var missing = new List<string>();

        foreach (var entry in layout.Entries)
        {
            if (entry.Policy == SshdTPrintPolicy.Never) continue;

            IReadOnlyList<string> texts;
            if (entry.Style == SshdTLineStyle.Special && IsKeyword(entry, "ListenAddress"))
            {
                texts = ListenAddresses(settings, lookup);
            }
            else if (entry.Style == SshdTLineStyle.Special && IsKeyword(entry, "HostKey"))
            {
                var keys = settings.Values(entry.Keyword);
                texts = keys.Count > 0 ? Format(keys, target) : layout.DefaultHostKeys;
            }
            else
            {
                var values = settings.Values(entry.Keyword);
                if (values.Count > 0)
                {
                    texts = entry.Style == SshdTLineStyle.LinePerValue ? Format(values, target) : Single(values).FormatForSshdT(target);
                }
                else if (entry.Policy == SshdTPrintPolicy.WhenSet)
                {
                    continue;
                }
                else if (lookup(entry.Keyword)?.Default is { } def)
                {
                    texts = [def];
                }
                else
                {
                    missing.Add(entry.Keyword);
                    continue;
                }
            }

            if (entry.OmitWhenNone && texts is ["none"]) continue;
            foreach (var text in texts) lines.Add(new SshdTLine(entry.Keyword, entry.Key, text));
        }
        return new SshdTOutput(lines, missing);
    }

    private static bool IsKeyword(SshdTEntry entry, string keyword) =>
        string.Equals(entry.Keyword, keyword, StringComparison.OrdinalIgnoreCase);

    private static List<string> Format(IReadOnlyList<SettingValue> values, Target target)
    {
        var texts = new List<string>();
        foreach (var v in values) texts.AddRange(v.FormatForSshdT(target));
        return texts;
    }

    /// <summary>The one value a single-line keyword prints: per-component values folded first-wins, else the first.</summary>
    private static SettingValue Single(IReadOnlyList<SettingValue> values)
    {
        var acc = values[0];
        for (int i = 1; i < values.Count && acc is IPerComponentValue combinable; i++) acc = combinable.CombineWith(values[i]);
        return acc;
    }

    private static List<string> ListenAddresses(IEffectiveSettings settings, Func<string, KeywordDefinition?> lookup)
    {
        var ports = Ports(settings, lookup);
        var listen = settings.Values("ListenAddress");
        var texts = new List<string>();

        if (listen.Count == 0)
        {
            var family = settings.Values("AddressFamily") is [var af, ..] && af.FormatForSshdT(settings.Target) is [var f, ..]
                ? f
                : lookup("AddressFamily")?.Default ?? "any";
            // getaddrinfo(NULL, port, AI_PASSIVE) yields the IPv4 then the IPv6 wildcard; sshd pushes each
            // result on a stack and prints the stack reversed per call, which comes out as [::] first.
            foreach (var port in ports)
            {
                if (!family.Equals("inet", StringComparison.OrdinalIgnoreCase)) texts.Add(Invariant($"[::]:{port}"));
                if (!family.Equals("inet6", StringComparison.OrdinalIgnoreCase)) texts.Add(Invariant($"0.0.0.0:{port}"));
            }
            return texts;
        }

        // servconf.c keeps one address list per routing domain (created on first use) and prints the lists in
        // that order; measured on 9.2: "a rdomain X; b; c rdomain X" prints a, c, then b.
        var groups = new List<(string? RDomain, List<string> Lines)>();
        List<string> Group(string? rdomain)
        {
            foreach (var g in groups)
                if (string.Equals(g.RDomain, rdomain, StringComparison.Ordinal)) return g.Lines;
            var lines = new List<string>();
            groups.Add((rdomain, lines));
            return lines;
        }

        foreach (var value in listen)
        {
            if (value is IListenAddressValue la)
            {
                var suffix = la.RDomain is { } r ? " rdomain " + r : "";
                var group = Group(la.RDomain);
                if (la.Port is int own) group.Add(HostPort(la.Host, own) + suffix);
                else foreach (var port in ports) group.Add(HostPort(la.Host, port) + suffix);
            }
            else
            {
                Group(null).AddRange(value.FormatForSshdT(settings.Target));
            }
        }
        foreach (var g in groups) texts.AddRange(g.Lines);
        return texts;
    }

    private static List<int> Ports(IEffectiveSettings settings, Func<string, KeywordDefinition?> lookup)
    {
        var ports = new List<int>();
        var values = settings.Values("Port");
        if (values.Count == 0)
        {
            AddNumbers(ports, lookup("Port")?.Default);
        }
        else
        {
            foreach (var v in values)
            {
                if (v is IPortValue p) ports.Add(p.Port);
                else foreach (var text in v.FormatForSshdT(settings.Target)) AddNumbers(ports, text);
            }
        }
        if (ports.Count == 0) ports.Add(DefaultPort);
        return ports;
    }

    private static void AddNumbers(List<int> ports, string? text)
    {
        if (text is null) return;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) ports.Add(n);
    }

    /// <summary><c>addr:port</c>, IPv6 as <c>[addr]:port</c>, numeric addresses in the canonical form getnameinfo prints.</summary>
    private static string HostPort(string host, int port)
    {
        // A scoped IPv6 address (fe80::1%eth0) keeps its interface name as written: .NET would print the
        // numeric scope id where sshd prints the name.
        if (!host.Contains('%') && IPAddress.TryParse(host, out var ip))
        {
            return ip.AddressFamily == AddressFamily.InterNetworkV6
                ? Invariant($"[{ip}]:{port}")
                : Invariant($"{ip}:{port}");
        }
        return host.Contains(':') ? Invariant($"[{host}]:{port}") : Invariant($"{host}:{port}");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
