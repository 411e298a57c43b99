// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics.CodeAnalysis;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Semantics;

/// <summary>
/// What sshd knows about a connection when it evaluates Match blocks: the connection-test parameters of
/// <c>sshd -T -C user=…,host=…,addr=…</c>, plus the user's groups.
/// </summary>
/// <remarks>
/// A null field is a parameter that was not given. As with <c>sshd -T</c> since 8.1, criteria that need a
/// missing parameter do not match (before 8.1 sshd -T stopped; <see cref="MatchCondition.EvaluateDetailed"/>
/// reports that). sshd resolves groups from the system's user database; the linter cannot, so
/// <see cref="Groups"/> supplies them (null: unknown, Match Group does not match).
/// </remarks>
public sealed record ConnectionContext
{
    /// <summary>The user name being authenticated (<c>user=</c>).</summary>
    public string? User { get; init; }

    /// <summary>The client's host name (<c>host=</c>); the address when UseDNS is off.</summary>
    public string? Host { get; init; }

    /// <summary>The client's address (<c>addr=</c>).</summary>
    public string? Address { get; init; }

    /// <summary>The server address the connection arrived on (<c>laddr=</c>).</summary>
    public string? LocalAddress { get; init; }

    /// <summary>The server port the connection arrived on (<c>lport=</c>); null or 0 when not given.</summary>
    public int? LocalPort { get; init; }

    /// <summary>The routing domain the connection arrived in (<c>rdomain=</c>, 7.7+).</summary>
    public string? RDomain { get; init; }

    /// <summary>The user's primary and supplementary group names; null when unknown.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>True when the user does not exist (<c>invalid-user</c>, 9.9+): Match invalid-user matches, Match Group cannot.</summary>
    public bool InvalidUser { get; init; }

    /// <summary>
    /// Parses an <c>sshd -C</c> specification as the newest sshd does (all keys, including
    /// <c>rdomain=</c> and <c>invalid-user</c>).
    /// </summary>
    public static bool TryParse(string spec, [NotNullWhen(true)] out ConnectionContext? context, out string? error) =>
        TryParse(spec, Target.Default, out context, out error);

    /// <summary>
    /// Parses an <c>sshd -C</c> specification as <paramref name="target"/>'s sshd does
    /// (<c>parse_server_match_testspec</c>).
    /// </summary>
    /// <remarks>
    /// Items are separated by commas and an empty item ends the list (later items are ignored, as with
    /// sshd's strsep loop). Keys are case-sensitive: <c>addr=</c>, <c>host=</c>, <c>user=</c>,
    /// <c>laddr=</c>, <c>lport=</c>, <c>rdomain=</c> (7.7+) and the bare flag <c>invalid-user</c> (9.9+).
    /// Errors use sshd's words: <c>Invalid test mode specification &lt;item&gt;</c> and
    /// <c>Invalid port '&lt;p&gt;' in test mode specification &lt;item&gt;</c>.
    /// </remarks>
    public static bool TryParse(string spec, Target target, [NotNullWhen(true)] out ConnectionContext? context, out string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(target);
        var v = target.Version;
        var ctx = new ConnectionContext();
        context = null;
        foreach (var item in spec.Split(','))
        {
            if (item.Length == 0) break;
            if (item.StartsWith("addr=", StringComparison.Ordinal)) ctx = ctx with { Address = item[5..] };
            else if (item.StartsWith("host=", StringComparison.Ordinal)) ctx = ctx with { Host = item[5..] };
            else if (item.StartsWith("user=", StringComparison.Ordinal)) ctx = ctx with { User = item[5..] };
            else if (item.StartsWith("laddr=", StringComparison.Ordinal)) ctx = ctx with { LocalAddress = item[6..] };
            else if (item.StartsWith("rdomain=", StringComparison.Ordinal) && v.AtLeast(7, 7)) ctx = ctx with { RDomain = item[8..] };
            else if (item.StartsWith("lport=", StringComparison.Ordinal))
            {
                int port = SshPort.Parse(item[6..], v);
                if (port < 0)
                {
                    error = $"Invalid port '{item[6..]}' in test mode specification {item}";
                    return false;
                }
                ctx = ctx with { LocalPort = port };
            }
            else if (item == "invalid-user" && v.AtLeast(9, 9)) ctx = ctx with { InvalidUser = true };
            else
            {
                error = $"Invalid test mode specification {item}";
                return false;
            }
        }
        context = ctx;
        error = null;
        return true;
    }

    /// <summary>The context as an <c>sshd -C</c> specification (groups are not part of it).</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (User is not null) parts.Add("user=" + User);
        if (Host is not null) parts.Add("host=" + Host);
        if (Address is not null) parts.Add("addr=" + Address);
        if (LocalAddress is not null) parts.Add("laddr=" + LocalAddress);
        if (LocalPort is { } port) parts.Add("lport=" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (RDomain is not null) parts.Add("rdomain=" + RDomain);
        if (InvalidUser) parts.Add("invalid-user");
        return string.Join(',', parts);
    }
}
