// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>Parses a directive's argument tokens into a typed <see cref="SettingValue"/> per the keyword's grammar.</summary>
/// <remarks>
/// <para>
/// The grammar is chosen by <see cref="KeywordDefinition.ArgumentKind"/>; keyword-specific behaviour (value
/// tables, which paths sshd makes absolute, version changes) is looked up by
/// <see cref="KeywordDefinition.EffectiveName"/>. Problems are reported in sshd's words (servconf.c), without the
/// <c>file line N:</c> prefix. <see cref="ArgumentError.IsFatal"/> is true exactly when the target sshd refuses to
/// start: immediate <c>fatal()</c>s and, from 8.7, errors sshd counts and turns into
/// <c>terminating, N bad configuration options</c>.
/// </para>
/// <para>
/// When sshd stores a value and still fails (extra arguments, a lone bad token after a valid one), the result
/// carries both the value and the error. Checks that need other keywords (AuthenticationMethods against
/// disabled methods, AuthorizedKeysCommand without a user, duplicate Subsystem names, MAX_PORTS) belong to the
/// binder and rules, not here.
/// </para>
/// </remarks>
public static partial class ArgumentParser
{
    /// <summary>
    /// Parses <paramref name="arguments"/> (unquoted token values, or for rest-of-line keywords a single raw string)
    /// for <paramref name="keyword"/> as the <paramref name="target"/> sshd would. Messages name the keyword by its
    /// canonical spelling; use the overload taking the spelling as written to match sshd exactly.
    /// </summary>
    public static ArgumentParseResult Parse(KeywordDefinition keyword, IReadOnlyList<string> arguments, Target target)
        => Parse(keyword, arguments, target, keyword.Name);

    /// <summary>
    /// Parses <paramref name="arguments"/> for <paramref name="keyword"/> as the <paramref name="target"/> sshd
    /// would; <paramref name="keywordAsWritten"/> is the keyword as it appears in the file, which sshd quotes in
    /// many messages (<c>maxauthtries integer value invalid.</c>).
    /// </summary>
    public static ArgumentParseResult Parse(
        KeywordDefinition keyword, IReadOnlyList<string> arguments, Target target, string keywordAsWritten)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(target);
        var c = new Ctx(keyword, arguments, target, keywordAsWritten);

        if (keyword.Status == KeywordStatus.Unknown)
        {
            return ArgumentParseResult.Fail($"Bad configuration option: {keywordAsWritten}");
        }

        bool noArgument = arguments.Count == 0 || (keyword.TakesRestOfLine && arguments.Count == 1 && arguments[0].Length == 0);
        if (noArgument && c.V(8, 7))
        {
            // servconf.c (8.7+) checks this for every keyword before dispatching, deprecated ones included;
            // the error is counted and sshd exits after reading the file.
            return ArgumentParseResult.Fail($"no argument after keyword \"{keywordAsWritten}\"");
        }

        if (keyword.Status is KeywordStatus.Deprecated or KeywordStatus.Ignored or KeywordStatus.Unsupported)
        {
            return ArgumentParseResult.Ok(new IgnoredValue(arguments));
        }

        if (noArgument)
        {
            // Before 8.7 each handler reported a missing argument itself (always fatal).
            return c.KindAcceptsNoArguments ? c.Finish(Dispatch(c), 0) : ArgumentParseResult.Fail(c.MissingMessage());
        }

        return Dispatch(c);
    }

    private static ArgumentParseResult Dispatch(Ctx c) => c.Keyword.ArgumentKind switch
    {
        ArgumentKind.Flag => ParseFlag(c),
        ArgumentKind.Enum => ParseEnum(c),
        ArgumentKind.EnumList => ParsePubkeyAuthOptions(c),
        ArgumentKind.Integer => ParseInteger(c),
        ArgumentKind.IntegerOrNone => ParseIntegerOrNone(c),
        ArgumentKind.Time => ParseTime(c, noneAllowed: false),
        ArgumentKind.TimeOrNone => ParseTime(c, noneAllowed: true),
        ArgumentKind.RekeyLimit => ParseRekeyLimit(c),
        ArgumentKind.MaxStartups => ParseMaxStartups(c),
        ArgumentKind.Netblock => ParseNetblock(c),
        ArgumentKind.PenaltyList => ParsePenalties(c),
        ArgumentKind.IpQos => ParseIpQos(c),
        ArgumentKind.OctalMode => ParseOctalMode(c),
        ArgumentKind.Port => ParsePort(c),
        ArgumentKind.ListenAddress => ParseListenAddress(c),
        ArgumentKind.HostPortList => ParseHostPortList(c),
        ArgumentKind.AuthMethodLists => ParseAuthenticationMethods(c),
        ArgumentKind.ChannelTimeoutList => ParseChannelTimeout(c),
        ArgumentKind.CipherList => ParseAlgorithms(c, AlgorithmListKind.Ciphers),
        ArgumentKind.MacList => ParseAlgorithms(c, AlgorithmListKind.Macs),
        ArgumentKind.KexList => ParseAlgorithms(c, AlgorithmListKind.KexAlgorithms),
        ArgumentKind.KeyAlgorithmList => ParseAlgorithms(c,
            AlgorithmCatalog.KindFor(c.Keyword.EffectiveName) ?? AlgorithmCatalog.KindFor(c.Keyword.Name) ?? AlgorithmListKind.HostKeyAlgorithms),
        ArgumentKind.GssKexList => ParseGssKexList(c),
        ArgumentKind.EnvAssignments => ParseSetEnv(c),
        ArgumentKind.EnvNamePatterns => ParseAcceptEnv(c),
        ArgumentKind.UserPatterns => ParseUserPatterns(c),
        ArgumentKind.GroupPatterns => ParseGroupPatterns(c),
        ArgumentKind.PatternList => ParseLogVerbose(c),
        ArgumentKind.FlagOrPatternList => ParsePermitUserEnvironment(c),
        ArgumentKind.AddressPatternList => ParseAddressPatternList(c),
        ArgumentKind.Subsystem => ParseSubsystem(c),
        ArgumentKind.Path => ParsePath(c, noneClears: false),
        ArgumentKind.PathOrNone => ParsePath(c, noneClears: true),
        ArgumentKind.PathOrInternal => ParseSecurityKeyProvider(c),
        ArgumentKind.PathWithTokens => ParsePathWithTokens(c),
        ArgumentKind.PathsWithTokens => ParsePathList(c, revokedKeys: false),
        ArgumentKind.PathsOrNone => ParsePathList(c, revokedKeys: true),
        ArgumentKind.Command => ParseCommand(c),
        ArgumentKind.Text => ParseText(c),
        ArgumentKind.String => ParseString(c),
        ArgumentKind.Username => ParseUsername(c),
        ArgumentKind.GlobPaths => ParseInclude(c),
        ArgumentKind.MatchCriteria => ParseMatch(c),
        ArgumentKind.Ignored => ArgumentParseResult.Ok(new IgnoredValue(c.Args)),
        _ => ArgumentParseResult.Fail($"internal error: no grammar for {c.Keyword.ArgumentKind}"),
    };

    /// <summary>The state of one parse: keyword, tokens, target and message helpers.</summary>
    private sealed class Ctx(KeywordDefinition keyword, IReadOnlyList<string> args, Target target, string kw)
    {
        public KeywordDefinition Keyword { get; } = keyword;
        public IReadOnlyList<string> Args { get; } = args;
        public Target Target { get; } = target;
        public string Kw { get; } = kw;
        public string Name { get; } = keyword.EffectiveName.ToLowerInvariant();

        public bool V(int major, int minor) => Target.Version.AtLeast(major, minor);

        public string Arg(int i) => i < Args.Count ? Args[i] : "";

        public bool Has(int i) => i < Args.Count;

        /// <summary>Kinds whose handlers loop over the arguments and tolerate none at all (before 8.7).</summary>
        public bool KindAcceptsNoArguments => Keyword.ArgumentKind is ArgumentKind.Ignored or ArgumentKind.EnumList
            or ArgumentKind.PatternList or ArgumentKind.GlobPaths or ArgumentKind.UserPatterns or ArgumentKind.GroupPatterns
            or ArgumentKind.EnvNamePatterns or ArgumentKind.EnvAssignments or ArgumentKind.PathsWithTokens
            or ArgumentKind.ChannelTimeoutList;

        /// <summary>An immediately fatal error.</summary>
        public ArgumentParseResult Fatal(string message, int index = 0) => ArgumentParseResult.Fail(message, index);

        /// <summary>
        /// An error sshd counts (8.7+: "bad configuration options", exit 255 after the file); still fatal.
        /// </summary>
        public ArgumentError Counted(string message, int index) => new(message, index, IsFatal: true);

        /// <summary>Attaches the extra-arguments error when fewer tokens were consumed than given.</summary>
        public ArgumentParseResult Finish(ArgumentParseResult result, int consumed)
        {
            if (result.Error is not null || consumed >= Args.Count || result.Value is null) return result;
            var err = V(8, 7)
                ? Counted($"keyword {Kw} extra arguments at end of line", consumed)
                : new ArgumentError($"garbage at end of line; \"{Args[consumed]}\".", consumed);
            return ArgumentParseResult.WithError(result.Value, err);
        }

        public ArgumentParseResult Finish(SettingValue value, int consumed) => Finish(ArgumentParseResult.Ok(value), consumed);

        /// <summary>servconf.c "%s missing argument." (keyword named from 8.7; bare before).</summary>
        public string KwMissing => V(8, 7) ? $"{Kw} missing argument." : "Missing argument.";

        /// <summary>The message a handler gives for a missing or empty first argument.</summary>
        public string MissingMessage()
        {
            switch (Keyword.ArgumentKind)
            {
                case ArgumentKind.Flag:
                    return V(7, 7) ? "missing argument." : "missing yes/no argument.";
                case ArgumentKind.Enum:
                    return Name switch
                    {
                        "loglevel" => "unsupported log level ''",
                        "syslogfacility" => "unsupported log facility ''",
                        "permittunnel" or "fingerprinthash" => KwMissing,
                        "ignorerhosts" when !V(8, 3) => V(7, 7) ? "missing argument." : "missing yes/no argument.",
                        _ => "missing argument.",
                    };
                case ArgumentKind.Integer:
                    return V(7, 7) ? $"{Kw} integer value missing." : "missing integer value.";
                case ArgumentKind.Time:
                case ArgumentKind.TimeOrNone:
                    return "missing time value.";
                case ArgumentKind.Port:
                    return "missing port number.";
                case ArgumentKind.ListenAddress:
                    return "missing address";
                case ArgumentKind.Path:
                case ArgumentKind.PathOrNone:
                    return "missing file name.";
                case ArgumentKind.KeyAlgorithmList:
                    return "Missing argument.";
                case ArgumentKind.Username:
                    return V(8, 7) ? $"missing {Kw} argument." : "missing file name.";
                case ArgumentKind.AddressPatternList:
                    return "missing argument.";
                case ArgumentKind.HostPortList when !V(7, 8):
                    return "missing PermitOpen specification";
                case ArgumentKind.MaxStartups when !V(8, 7):
                    return "Missing MaxStartups spec.";
                case ArgumentKind.AuthMethodLists:
                    return V(7, 3) ? $"no {Kw} specified" : "invalid authentication method list.";
                case ArgumentKind.Subsystem when !V(8, 7):
                    return "Missing subsystem name.";
                case ArgumentKind.MatchCriteria:
                    return "One or more attributes required for Match";
                default:
                    return KwMissing;
            }
        }
    }
}
