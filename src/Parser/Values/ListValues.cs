// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>Patterns printed either one per <c>sshd -T</c> line (AllowGroups, DenyGroups, AcceptEnv) or on one line (LogVerbose).</summary>
/// <param name="Items">The arguments as written (each may itself be a comma-separated pattern list).</param>
/// <param name="OneLinePerItem">True for keys that <c>sshd -T</c> prints once per item.</param>
public sealed record PatternListValue(IReadOnlyList<string> Items, bool OneLinePerItem) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        OneLinePerItem ? Items : Items.Count == 0 ? [] : [string.Join(' ', Items)];
}

/// <summary>One AllowUsers/DenyUsers entry: <c>user</c>, <c>user@host</c> or <c>user@CIDR</c> (patterns allowed).</summary>
/// <param name="Text">As written.</param>
/// <param name="User">The user pattern (before the first <c>@</c>).</param>
/// <param name="Host">The host/address pattern list after the first <c>@</c>; null when absent.</param>
public sealed record UserPattern(string Text, string User, string? Host);

/// <summary>AllowUsers/DenyUsers: user patterns, printed one per <c>sshd -T</c> line.</summary>
/// <param name="Patterns">The entries of this line.</param>
public sealed record UserPatternListValue(IReadOnlyList<UserPattern> Patterns) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [.. Patterns.Select(p => p.Text)];
}

/// <summary><c>PerSourcePenaltyExemptList</c>: an address/CIDR pattern list validated at parse time.</summary>
/// <param name="Patterns">The list as written, or <c>none</c>.</param>
public sealed record AddressPatternListValue(string Patterns) : SettingValue
{
    /// <summary>True for <c>none</c> (any case): no exemptions.</summary>
    public bool IsNone => string.Equals(Patterns, "none", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [IsNone ? "none" : Patterns];
}

/// <summary>One <c>SetEnv</c> assignment.</summary>
/// <param name="Name">Text before the first <c>=</c>.</param>
/// <param name="Value">Text after it (may be empty).</param>
public sealed record EnvAssignment(string Name, string Value)
{
    /// <summary>As sshd prints it: <c>NAME=value</c>.</summary>
    public override string ToString() => Name + "=" + Value;
}

/// <summary><c>SetEnv</c> (7.8+): NAME=value pairs, printed one per <c>sshd -T</c> line.</summary>
/// <param name="Assignments">
/// The assignments sshd keeps from this line: since 9.1 a repeated name keeps its first value (the repeat is
/// dropped); before 9.1 every assignment is kept (and the last one for a name wins at run time).
/// </param>
public sealed record EnvAssignmentsValue(IReadOnlyList<EnvAssignment> Assignments) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [.. Assignments.Select(a => a.ToString())];
}

/// <summary>A <c>Subsystem</c> definition.</summary>
/// <param name="Name">Subsystem name (case-sensitive).</param>
/// <param name="Command">The command (first word after the name).</param>
/// <param name="Arguments">Further arguments, unquoted.</param>
public sealed record SubsystemValue(string Name, string Command, IReadOnlyList<string> Arguments) : SettingValue
{
    /// <inheritdoc/>
    /// <remarks>
    /// Before 9.5 sshd joined the command and arguments with single spaces, losing quotes (obs 9.2:
    /// <c>"/a b/c" "x y"</c> prints as <c>/a b/c x y</c>). From 9.5 it re-assembles them with misc.c
    /// <c>argv_assemble</c>, which quotes arguments containing blanks and escapes quotes and backslashes.
    /// </remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        var sb = new StringBuilder(Name).Append(' ');
        if (!target.Version.AtLeast(9, 5))
        {
            sb.Append(Command);
            foreach (var a in Arguments) sb.Append(' ').Append(a);
            return [sb.ToString()];
        }
        AppendAssembled(sb, Command, first: true);
        foreach (var a in Arguments) AppendAssembled(sb, a, first: false);
        return [sb.ToString()];
    }

    private static void AppendAssembled(StringBuilder sb, string arg, bool first)
    {
        bool ws = arg.Contains(' ') || arg.Contains('\t');
        if (!first) sb.Append(' ');
        if (ws) sb.Append('"');
        foreach (char c in arg)
        {
            if (c is '\\' or '\'' or '"') sb.Append('\\');
            sb.Append(c);
        }
        if (ws) sb.Append('"');
    }
}

/// <summary>One authentication method of an AuthenticationMethods list: <c>keyboard-interactive:pam</c>.</summary>
/// <param name="Name">Method name: publickey, password, keyboard-interactive, hostbased, gssapi-with-mic or none.</param>
/// <param name="Submethod">Text after the first <c>:</c>; null when absent.</param>
public sealed record AuthMethod(string Name, string? Submethod);

/// <summary><c>AuthenticationMethods</c>: <c>any</c>, or one or more comma-separated method lists (all methods of one list required).</summary>
/// <param name="Lists">The lists as written; empty for <c>any</c>.</param>
/// <param name="Methods">The parsed methods of each list, parallel to <paramref name="Lists"/>.</param>
public sealed record AuthenticationMethodsValue(IReadOnlyList<string> Lists, IReadOnlyList<IReadOnlyList<AuthMethod>> Methods) : SettingValue
{
    /// <summary>True for <c>any</c>: a single successful method of any kind suffices.</summary>
    public bool IsAny => Lists.Count == 0;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [IsAny ? "any" : string.Join(' ', Lists)];
}

/// <summary>One <c>type=interval</c> entry of ChannelTimeout.</summary>
/// <param name="Text">As written.</param>
/// <param name="TypePattern">Channel type pattern (not validated by sshd; <c>global</c> is special from 9.7).</param>
/// <param name="Interval">The interval text.</param>
/// <param name="Seconds">The interval in seconds.</param>
public sealed record ChannelTimeoutEntry(string Text, string TypePattern, string Interval, double Seconds);

/// <summary><c>ChannelTimeout</c> (9.2+): <c>none</c> or type=interval entries, printed on one line as written.</summary>
/// <param name="Entries">The entries; empty for <c>none</c>.</param>
/// <param name="Written">All arguments as written (sshd prints these back, including a trailing <c>none</c> 9.2–9.6 accepts).</param>
public sealed record ChannelTimeoutValue(IReadOnlyList<ChannelTimeoutEntry> Entries, IReadOnlyList<string> Written) : SettingValue
{
    /// <summary>True when the line is a single <c>none</c>.</summary>
    public bool IsNone => Entries.Count == 0;

    /// <inheritdoc/>
    /// <remarks>
    /// A lone <c>none</c> clears the list. Up to 9.6 <c>sshd -T</c> omits the key then (obs 9.2); from 9.7 it
    /// prints <c>channeltimeout none</c> (servconf.c <c>dump_cfg_strarray_oneline</c>).
    /// </remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (IsNone) return target.Version.AtLeast(9, 7) ? ["none"] : [];
        return [string.Join(' ', Written)];
    }
}

/// <summary>One PermitOpen/PermitListen entry.</summary>
/// <param name="Text">As sshd stores it (a bare PermitListen port becomes <c>*:port</c>).</param>
/// <param name="Host">Host part (brackets removed); may be <c>*</c> or empty.</param>
/// <param name="Port">The port, or null for <c>*</c> (any port).</param>
public sealed record HostPortEntry(string Text, string Host, int? Port);

/// <summary><c>PermitOpen</c>/<c>PermitListen</c>: <c>any</c>, <c>none</c> or host:port entries on one line.</summary>
/// <param name="Entries">The entries; empty for <c>any</c>/<c>none</c>.</param>
/// <param name="Keyword">Which of the two keywords (PermitListen accepts a bare port).</param>
/// <param name="Special">
/// <c>any</c> or <c>none</c> when the line is that word (case-sensitive), else null. 9.7+ keeps such a word
/// also in front of other entries (then it is the first of <paramref name="Entries"/> texts).
/// </param>
public sealed record HostPortListValue(IReadOnlyList<HostPortEntry> Entries, string Keyword, string? Special) : SettingValue
{
    /// <summary>True for <c>any</c>: no restriction.</summary>
    public bool IsAny => Special == "any";

    /// <summary>True for <c>none</c>: everything forbidden.</summary>
    public bool IsNone => Special == "none";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (Entries.Count == 0) return [Special ?? "any"];
        var parts = Entries.Select(e => e.Text);
        return [Special is null ? string.Join(' ', parts) : Special + " " + string.Join(' ', parts)];
    }
}

/// <summary>
/// One <c>ListenAddress</c> line: <c>host</c>, <c>host:port</c>, <c>[v6]:port</c>, a bare IPv6 address, optional
/// <c>rdomain</c> (7.7+).
/// </summary>
/// <param name="Host">The host or address (brackets removed).</param>
/// <param name="Port">The explicit port; null means every <c>Port</c> value (regardless of line order).</param>
/// <param name="RoutingDomain">The routing domain; null when absent.</param>
public sealed record ListenAddressValue(string Host, int? Port, string? RoutingDomain) : SettingValue, Semantics.SshdT.IListenAddressValue
{
    /// <inheritdoc/>
    string? Semantics.SshdT.IListenAddressValue.RDomain => RoutingDomain;

    /// <summary>True when <see cref="Host"/> is a numeric address (sshd resolves names with getaddrinfo at startup).</summary>
    public bool IsNumeric => System.Net.IPAddress.TryParse(Host, out _);

    /// <inheritdoc/>
    /// <remarks>Assumes the default <c>Port 22</c> when no port is given; see the overload taking the ports.</remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => FormatForSshdT(target, [22]);

    /// <summary>
    /// The <c>sshd -T</c> lines (<c>addr:port</c>, <c>[v6]:port</c>, then <c> rdomain X</c>) given the effective
    /// <c>Port</c> values. Numeric addresses are printed in getnameinfo's canonical form; host names cannot be
    /// resolved here and are printed as written.
    /// </summary>
    public IReadOnlyList<string> FormatForSshdT(Target target, IReadOnlyList<int> ports)
    {
        string host = Host;
        bool v6 = false;
        if (System.Net.IPAddress.TryParse(Host, out var ip))
        {
            v6 = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
            host = ip.ToString();
        }
        else if (Host.Contains(':'))
        {
            v6 = true;
        }
        string suffix = RoutingDomain is null ? "" : " rdomain " + RoutingDomain;
        IReadOnlyList<int> used = Port is int p ? [p] : ports;
        var lines = new string[used.Count];
        for (int i = 0; i < used.Count; i++)
        {
            string port = used[i].ToString(CultureInfo.InvariantCulture);
            lines[i] = (v6 ? "[" + host + "]" : host) + ":" + port + suffix;
        }
        return lines;
    }
}
