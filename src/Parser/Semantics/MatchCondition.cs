// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using System.Globalization;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Semantics;

/// <summary>The criteria sshd_config's <c>Match</c> accepts (sshd_config(5) "Match"; semantics.md §5).</summary>
public enum MatchCriterionKind
{
    /// <summary><c>All</c>: matches every connection; must be the only criterion.</summary>
    All,

    /// <summary><c>User</c>: user-name pattern list.</summary>
    User,

    /// <summary><c>Group</c>: group-name pattern list, against the user's groups.</summary>
    Group,

    /// <summary><c>Host</c>: host-name pattern list (lower-cased).</summary>
    Host,

    /// <summary><c>Address</c>: client address list (CIDR or wildcards).</summary>
    Address,

    /// <summary><c>LocalAddress</c>: server address list (CIDR or wildcards).</summary>
    LocalAddress,

    /// <summary><c>LocalPort</c>: one server port (no list).</summary>
    LocalPort,

    /// <summary><c>RDomain</c> (7.7+): routing-domain pattern list.</summary>
    RDomain,

    /// <summary><c>invalid-user</c> (9.9+): the requested user does not exist; takes no argument.</summary>
    InvalidUser,

    /// <summary><c>Version</c> (10.0+): pattern list against the sshd release string.</summary>
    Version,
}

/// <summary>One criterion of a Match line.</summary>
/// <param name="Kind">Which criterion.</param>
/// <param name="Attribute">The criterion word as written (<c>user</c> from <c>user=alice</c>).</param>
/// <param name="Argument">The pattern (list), port or version pattern; null for All and invalid-user.</param>
/// <param name="TokenIndex">Zero-based index of the token holding the criterion word.</param>
/// <param name="ArgumentTokenIndex">Index of the token holding the argument (equal to <paramref name="TokenIndex"/> for <c>user=alice</c>); -1 when there is none.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record MatchCriterion(MatchCriterionKind Kind, string Attribute, string? Argument, int TokenIndex, int ArgumentTokenIndex)
{
    /// <summary>For <see cref="MatchCriterionKind.LocalPort"/>: the port as sshd's a2port reads it.</summary>
    public int? Port { get; init; }

    /// <summary>The criterion in sshd_config(5) spelling with its argument, e.g. <c>User alice,bob</c>.</summary>
    public override string ToString() => Argument is null ? CanonicalName(Kind) : $"{CanonicalName(Kind)} {Argument}";

    /// <summary>The sshd_config(5) spelling of a criterion.</summary>
    public static string CanonicalName(MatchCriterionKind kind) => kind switch
    {
        MatchCriterionKind.InvalidUser => "invalid-user",
        _ => kind.ToString(),
    };
}

/// <summary>A problem with a Match line, in sshd's words.</summary>
/// <param name="Message">sshd's message without the file/line prefix, e.g. <c>Unsupported Match attribute Foo</c>.</param>
/// <param name="TokenIndex">Zero-based index of the offending token; -1 when the line as a whole is at fault.</param>
/// <param name="DetectedAtStartup">
/// True when the target sshd refuses to start (the line ends with "Bad Match condition", or the address
/// check of 8.4+). False for problems older releases only hit per connection, when the line is evaluated.
/// </param>
public sealed record MatchError(string Message, int TokenIndex, bool DetectedAtStartup = true);

/// <summary>The outcome of <see cref="MatchCondition.Parse"/>.</summary>
/// <param name="Condition">The criteria read before the first startup error (all of them when there is none).</param>
/// <param name="Errors">Problems in token order; sshd stops at the first startup error, so there is at most one of those.</param>
/// <param name="CommentTokenIndex">Index of the token starting with <c>#</c> that ended the criteria, if any.</param>
public sealed record MatchParseResult(MatchCondition Condition, IReadOnlyList<MatchError> Errors, int? CommentTokenIndex)
{
    /// <summary>True when the target sshd accepts the line at startup.</summary>
    public bool Succeeded => Errors.All(e => !e.DetectedAtStartup);
}

/// <summary>The outcome of evaluating a Match line.</summary>
/// <param name="Matches">True or false; null when sshd could not decide (see <paramref name="Error"/>).</param>
/// <param name="Error">
/// Why there is no answer, in sshd's words: <c>Bad Match condition</c> (the line has errors, or an address
/// list turned out malformed), or <c>sshd -T</c>'s connection-test fatal
/// <c>'Match LocalPort' in configuration but 'lport' not in connection test specification.</c>
/// </param>
public sealed record MatchEvaluation(bool? Matches, string? Error);

/// <summary>
/// The criteria of one <c>Match</c> line, parsed for a target sshd, and their evaluation for a connection
/// (servconf.c <c>match_cfg_line</c>).
/// </summary>
/// <remarks>
/// <para>
/// All criteria on a line must hold. Negation exists only inside pattern lists (<c>User *,!root</c>); a
/// list with only negated entries matches nobody.
/// </para>
/// <para>
/// Startup (pass 1, no connection): criteria that need connection data are false, so a block is skipped;
/// <c>All</c> and a matching <c>Version</c> are true, so lines after them act as global lines. Per
/// connection (pass 2): criteria are tested against the <see cref="ConnectionContext"/>.
/// </para>
/// </remarks>
[DebuggerDisplay("Match {Description,nq}")]
public sealed class MatchCondition
{
    /// <summary>The Debian package revision of the one Debian release catalogued (observed with ssh -V).</summary>
    private const string Debian92Revision = "2+deb12u10";

    private static readonly string[] EqualsPrefixes = ["user", "group", "host", "address", "localaddress", "localport", "rdomain"];

    private readonly bool _hasStartupErrors;

    private MatchCondition(IReadOnlyList<MatchCriterion> criteria, bool hasStartupErrors)
    {
        Criteria = criteria;
        _hasStartupErrors = hasStartupErrors;
    }

    /// <summary>The criteria in line order.</summary>
    public IReadOnlyList<MatchCriterion> Criteria { get; }

    /// <summary>
    /// True when the line has a LocalPort criterion. <c>sshd -T</c> then stops with
    /// <c>'Match LocalPort' in configuration but 'lport' not in connection test specification.</c> unless
    /// <c>-C lport=</c> is given — even without any <c>-C</c> (semantics.md §7, observed 9.2 and 10.5).
    /// </summary>
    public bool RequiresLocalPort => Criteria.Any(c => c.Kind == MatchCriterionKind.LocalPort);

    /// <summary>True for <c>Match All</c>.</summary>
    public bool IsAll => Criteria is [{ Kind: MatchCriterionKind.All }];

    /// <summary>The criteria for messages, e.g. <c>User alice,bob Address 10.0.0.0/8</c>.</summary>
    public string Description => string.Join(' ', Criteria);

    /// <inheritdoc/>
    public override string ToString() => Description;

    /// <summary>
    /// Parses the tokens after the <c>Match</c> keyword as <paramref name="target"/>'s sshd reads them.
    /// </summary>
    /// <param name="tokens">
    /// The argument tokens as the lexer split them for the target: before 9.9 <c>User=alice</c> arrives as
    /// <c>User</c>, <c>alice</c>; from 9.9 as one token <c>user=alice</c>, which 9.9p2 and later accept
    /// (9.9p1 reports it as an unsupported attribute).
    /// </param>
    /// <param name="target">The sshd whose rules apply: RDomain needs 7.7, invalid-user 9.9, Version 10.0.</param>
    public static MatchParseResult Parse(IReadOnlyList<string> tokens, Target target)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(target);
        var v = target.Version;
        bool equalsForm = v >= new OpenSshVersion(9, 9, 2);
        var criteria = new List<MatchCriterion>();
        var errors = new List<MatchError>();
        int? comment = null;
        int attributes = 0;

        MatchParseResult Done(MatchError? fatal = null)
        {
            if (fatal is not null) errors.Add(fatal);
            return new MatchParseResult(new MatchCondition(criteria, errors.Any(e => e.DetectedAtStartup)), errors, comment);
        }

        if (tokens.Count == 0)
        {
            // 8.7+ rejects the bare keyword before match_cfg_line runs.
            return Done(new MatchError(v.AtLeast(8, 7) ? "no argument after keyword \"Match\"" : "One or more attributes required for Match", -1));
        }

        int i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.StartsWith('#'))
            {
                comment = i;
                break;
            }
            attributes++;

            if (AsciiEquals(token, "all"))
            {
                var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                if (attributes > 1 || (next is { Length: > 0 } && !next.StartsWith('#')))
                    return Done(new MatchError("'all' cannot be combined with other Match attributes", attributes > 1 ? i : i + 1));
                criteria.Add(new MatchCriterion(MatchCriterionKind.All, token, null, i, -1));
                if (next is not null && next.StartsWith('#')) comment = i + 1;
                return Done();
            }

            if (AsciiEquals(token, "invalid-user") && v.AtLeast(9, 9))
            {
                criteria.Add(new MatchCriterion(MatchCriterionKind.InvalidUser, token, null, i, -1));
                i++;
                continue;
            }

            string attribute = token;
            string? argument;
            int attributeIndex = i;
            int argumentIndex;
            if (equalsForm && SplitEquals(token, v) is { } split)
            {
                (attribute, argument) = split;
                argumentIndex = i;
                i++;
            }
            else
            {
                argumentIndex = i + 1;
                argument = argumentIndex < tokens.Count ? tokens[argumentIndex] : null;
                i += 2;
            }

            // Every other criterion needs an argument; sshd checks that before it looks at the word,
            // so an unknown word at the end of the line is reported as missing criteria.
            if (argument is null || argument.Length == 0 || argument.StartsWith('#'))
                return Done(new MatchError($"Missing Match criteria for {attribute}", attributeIndex));

            if (KindOf(attribute, v) is not { } kind)
                return Done(new MatchError($"Unsupported Match attribute {token}", attributeIndex));

            var criterion = new MatchCriterion(kind, attribute, argument, attributeIndex, argumentIndex);
            switch (kind)
            {
                case MatchCriterionKind.LocalPort:
                    int port = SshPort.Parse(argument, v);
                    if (port < 0) return Done(new MatchError($"Invalid LocalPort '{argument}' on Match line", argumentIndex));
                    criterion = criterion with { Port = port };
                    break;
                case MatchCriterionKind.Address or MatchCriterionKind.LocalAddress:
                    // 8.4+ validates address lists at startup (fatal); older releases only fail when a
                    // connection evaluates the line ("Bad Match condition" for that connection).
                    if (SshPatterns.AddrMatchList(null, argument) == PatternMatch.Invalid)
                    {
                        var what = kind == MatchCriterionKind.Address ? "address" : "localaddress";
                        var error = new MatchError($"Invalid Match {what} argument '{argument}'", argumentIndex, DetectedAtStartup: v.AtLeast(8, 4));
                        if (error.DetectedAtStartup) return Done(error);
                        errors.Add(error);
                    }
                    break;
            }
            criteria.Add(criterion);
        }

        if (attributes == 0) return Done(new MatchError("One or more attributes required for Match", -1));
        return Done();
    }

    /// <summary>
    /// Evaluates the line for a connection, or for startup (pass 1) when <paramref name="context"/> is null.
    /// </summary>
    /// <returns>True or false; null when sshd could not decide (see <see cref="EvaluateDetailed"/>).</returns>
    public bool? Evaluate(ConnectionContext? context, Target target) => EvaluateDetailed(context, target).Matches;

    /// <summary>
    /// Evaluates the line like match_cfg_line; <paramref name="context"/> null means startup (pass 1).
    /// </summary>
    /// <remarks>
    /// <para>
    /// With a context (sshd -T -C), a criterion whose parameter is missing does not match (8.1+); before
    /// 8.1 sshd -T stopped with <c>'Match User' in configuration but 'user' not in connection test
    /// specification.</c>, reported here as an error. LocalPort without <c>lport</c> stops sshd -T in every
    /// release. RDomain without <c>rdomain</c> never matches.
    /// </para>
    /// <para>
    /// Group uses <see cref="ConnectionContext.Groups"/>; like sshd, any group matching a negated pattern
    /// refuses, and a user that does not exist (or unknown groups) does not match.
    /// </para>
    /// </remarks>
    public MatchEvaluation EvaluateDetailed(ConnectionContext? context, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (_hasStartupErrors) return new MatchEvaluation(null, "Bad Match condition");
        var v = target.Version;
        bool result = true;
        foreach (var c in Criteria)
        {
            var arg = c.Argument!;
            switch (c.Kind)
            {
                case MatchCriterionKind.All:
                    return new MatchEvaluation(true, null);

                case MatchCriterionKind.Version:
                    if (SshPatterns.MatchPatternList(ReleaseString(target), arg) != PatternMatch.Match) result = false;
                    continue;

                case MatchCriterionKind.InvalidUser:
                    // 9.9p1 skipped this criterion in pass 1 without clearing the result, so a lone
                    // "Match invalid-user" matched at startup (fixed in 9.9p2).
                    if (context is null)
                    {
                        if (v != new OpenSshVersion(9, 9, 1)) result = false;
                    }
                    else if (!context.InvalidUser)
                    {
                        result = false;
                    }
                    continue;
            }

            if (context is null)
            {
                result = false;
                continue;
            }

            switch (c.Kind)
            {
                case MatchCriterionKind.User:
                    if (context.User is null)
                    {
                        if (MissingIsFatal(v)) return Missing("User", "user");
                        result = false;
                    }
                    else if (SshPatterns.MatchUserGroupPatternList(context.User, arg) != PatternMatch.Match)
                    {
                        result = false;
                    }
                    break;

                case MatchCriterionKind.Group:
                    if (context.User is null)
                    {
                        if (MissingIsFatal(v)) return Missing("Group", "user");
                        result = false;
                    }
                    else if (!GroupsMatch(context, arg))
                    {
                        result = false;
                    }
                    break;

                case MatchCriterionKind.Host:
                    if (context.Host is null)
                    {
                        if (MissingIsFatal(v)) return Missing("Host", "host");
                        result = false;
                    }
                    else if (SshPatterns.MatchHostname(context.Host, arg) != PatternMatch.Match)
                    {
                        result = false;
                    }
                    break;

                case MatchCriterionKind.Address or MatchCriterionKind.LocalAddress:
                    var address = c.Kind == MatchCriterionKind.Address ? context.Address : context.LocalAddress;
                    if (address is null)
                    {
                        if (MissingIsFatal(v))
                            return c.Kind == MatchCriterionKind.Address ? Missing("Address", "addr") : Missing("LocalAddress", "laddr");
                        result = false;
                        break;
                    }
                    switch (SshPatterns.AddrMatchList(address, arg))
                    {
                        case PatternMatch.Match:
                            break;
                        case PatternMatch.Invalid:
                            return new MatchEvaluation(null, "Bad Match condition");
                        default:
                            result = false;
                            break;
                    }
                    break;

                case MatchCriterionKind.LocalPort:
                    // In test mode sshd leaves an absent lport at 0, and 0 means "missing": fatal.
                    if (context.LocalPort is null or 0) return Missing("LocalPort", "lport");
                    if (c.Port != context.LocalPort) result = false;
                    break;

                case MatchCriterionKind.RDomain:
                    if (context.RDomain is null || SshPatterns.MatchPatternList(context.RDomain, arg) != PatternMatch.Match) result = false;
                    break;
            }
        }
        return new MatchEvaluation(result, null);
    }

    /// <summary>
    /// The release string <c>Match Version</c> patterns are matched against: servconf.c uses SSH_RELEASE,
    /// e.g. <c>OpenSSH_10.0p2</c>.
    /// </summary>
    /// <remarks>
    /// Debian's version.h appends the package revision to SSH_RELEASE (<c>ssh -V</c> on Debian 12 prints
    /// <c>OpenSSH_9.2p1 Debian-2+deb12u10</c>), so a Debian build matches <c>OpenSSH_9.2*</c> but not
    /// <c>OpenSSH_9.2p1</c>. The revision is known for 9.2 only; other Debian releases use <c>Debian-1</c>.
    /// (Debian 9.2 has no Match Version; this matters only for newer Debian targets.)
    /// </remarks>
    public static string ReleaseString(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var v = target.Version;
        var release = string.Create(CultureInfo.InvariantCulture, $"OpenSSH_{v.Major}.{v.Minor}p{v.Portable}");
        if (target.Vendor != Vendor.Debian) return release;
        return release + " Debian-" + (v.Major == 9 && v.Minor == 2 ? Debian92Revision : "1");
    }

    private static bool MissingIsFatal(OpenSshVersion v) => !v.AtLeast(8, 1);

    private static MatchEvaluation Missing(string criterion, string parameter) =>
        new(null, $"'Match {criterion}' in configuration but '{parameter}' not in connection test specification.");

    /// <summary>match_cfg_line_group + ga_match_pattern_list: any group hitting a negated pattern refuses.</summary>
    private static bool GroupsMatch(ConnectionContext context, string patterns)
    {
        if (context.InvalidUser || context.Groups is not { Count: > 0 } groups) return false;
        bool found = false;
        foreach (var group in groups)
        {
            switch (SshPatterns.MatchUserGroupPatternList(group, patterns))
            {
                case PatternMatch.Negated:
                    return false;
                case PatternMatch.Match:
                    found = true;
                    break;
            }
        }
        return found;
    }

    /// <summary>9.9p2+: <c>criterion=value</c> for the criteria that take an argument (<c>version=</c> from 10.0).</summary>
    private static (string Attribute, string Argument)? SplitEquals(string token, OpenSshVersion v)
    {
        int eq = token.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0) return null;
        var name = token[..eq];
        bool known = EqualsPrefixes.Contains(name, AsciiCaseInsensitiveComparer.Instance) ||
                     (v.AtLeast(10, 0) && AsciiEquals(name, "version"));
        return known ? (name, token[(eq + 1)..]) : null;
    }

    /// <summary>strcasecmp in the C locale: only ASCII letters fold.</summary>
    private static bool AsciiEquals(string a, string b) => AsciiCaseInsensitiveComparer.Instance.Equals(a, b);

    private static MatchCriterionKind? KindOf(string attribute, OpenSshVersion v) => AsciiCaseInsensitiveComparer.ToLower(attribute) switch
    {
        "user" => MatchCriterionKind.User,
        "group" => MatchCriterionKind.Group,
        "host" => MatchCriterionKind.Host,
        "address" => MatchCriterionKind.Address,
        "localaddress" => MatchCriterionKind.LocalAddress,
        "localport" => MatchCriterionKind.LocalPort,
        "rdomain" when v.AtLeast(7, 7) => MatchCriterionKind.RDomain,
        "version" when v.AtLeast(10, 0) => MatchCriterionKind.Version,
        _ => null,
    };
}
