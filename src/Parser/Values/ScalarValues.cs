// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>A yes/no flag (<c>PasswordAuthentication no</c>).</summary>
/// <param name="Value">True for <c>yes</c>.</param>
public sealed record FlagValue(bool Value) : SettingValue
{
    /// <summary>The shared <c>yes</c> instance.</summary>
    public static FlagValue Yes { get; } = new(true);

    /// <summary>The shared <c>no</c> instance.</summary>
    public static FlagValue No { get; } = new(false);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Value ? "yes" : "no"];
}

/// <summary>One word of a keyword's value table (<c>PermitRootLogin prohibit-password</c>, <c>LogLevel VERBOSE</c>).</summary>
/// <param name="Keyword">Canonical keyword the value belongs to; printing rules depend on it.</param>
/// <param name="Value">
/// The canonical meaning: the word <c>sshd -T</c> of the newest release prints, e.g. <c>yes</c> for
/// <c>AllowTcpForwarding all</c>, <c>prohibit-password</c> for <c>without-password</c>, <c>DEBUG</c> for
/// <c>debug1</c>. Lower case except for LogLevel, SyslogFacility and FingerprintHash, which sshd prints in upper case.
/// </param>
/// <param name="Written">The argument as written.</param>
public sealed record EnumValue(string Keyword, string Value, string Written) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [EnumTables.Print(Keyword, Value, target)];

    /// <summary>Case-insensitive comparison of <see cref="Value"/> with <paramref name="word"/>.</summary>
    public bool Is(string word) => string.Equals(Value, word, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A non-negative integer (<c>MaxAuthTries 3</c>).</summary>
/// <param name="Value">The value sshd stores (before 7.7 <c>atoi</c>: garbage reads as 0 and negatives are kept).</param>
public sealed record IntegerValue(long Value) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Value.ToString(CultureInfo.InvariantCulture)];
}

/// <summary><c>PerSourceMaxStartups</c>: a number or <c>none</c> (unlimited).</summary>
/// <param name="Value">The limit; null for <c>none</c>. sshd stores <c>none</c> as INT_MAX and prints INT_MAX as <c>none</c>.</param>
public sealed record IntegerOrNoneValue(int? Value) : SettingValue
{
    /// <summary>True when unlimited (<c>none</c>, or INT_MAX).</summary>
    public bool IsNone => Value is null or int.MaxValue;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [IsNone ? "none" : Value!.Value.ToString(CultureInfo.InvariantCulture)];
}

/// <summary>A time interval (<c>LoginGraceTime 1h30m</c>) in seconds.</summary>
/// <param name="Seconds">Total seconds; fractional only from 10.3 (integer keywords truncate when printed and used).</param>
/// <param name="Written">The argument as written.</param>
/// <param name="NoneWhenZero">True for <c>UnusedConnectionTimeout</c>, which prints 0 as <c>none</c>.</param>
public sealed record TimeValue(double Seconds, string Written, bool NoneWhenZero = false) : SettingValue
{
    /// <summary>The whole seconds sshd keeps in its <c>int</c> option.</summary>
    public int WholeSeconds => (int)Math.Truncate(Seconds);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) =>
        [NoneWhenZero && WholeSeconds == 0 ? "none" : WholeSeconds.ToString(CultureInfo.InvariantCulture)];
}

/// <summary><c>StreamLocalBindMask</c>: an octal file-creation mask, 0–0777.</summary>
/// <param name="Mode">The mask.</param>
public sealed record OctalModeValue(int Mode) : SettingValue
{
    /// <inheritdoc/>
    /// <remarks>servconf.c <c>dump_cfg_oct</c> prints <c>"0%o"</c>: 0 is <c>00</c>, 18 is <c>022</c>.</remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => ["0" + Convert.ToString(Mode, 8)];
}

/// <summary>One <c>Port</c> line.</summary>
/// <param name="Number">1–65535.</param>
/// <param name="Written">As written: a number or (7.9+) a service name such as <c>ssh</c>.</param>
public sealed record PortValue(int Number, string Written) : SettingValue, Semantics.SshdT.IPortValue
{
    /// <inheritdoc/>
    int Semantics.SshdT.IPortValue.Port => Number;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Number.ToString(CultureInfo.InvariantCulture)];
}

/// <summary>A single word kept verbatim (<c>PAMServiceName</c>, <c>RDomain</c>, <c>AuthorizedKeysCommandUser</c>).</summary>
/// <param name="Value">As written; <c>none</c> is kept as is (sshd prints it back).</param>
public sealed record StringValue(string Value) : SettingValue
{
    /// <summary>True when the value is <c>none</c> (any case).</summary>
    public bool IsNone => string.Equals(Value, "none", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Value];
}

/// <summary>How sshd turns a written path into the stored one (misc.c).</summary>
public enum PathResolution
{
    /// <summary>Stored as written (<c>ChrootDirectory</c>: tokens expanded per connection).</summary>
    Verbatim,
    /// <summary><c>tilde_expand_filename</c> only (<c>AuthorizedKeysFile</c>, <c>AuthorizedPrincipalsFile</c>).</summary>
    TildeExpand,
    /// <summary>
    /// <c>derelativise_path</c>: <c>~</c> expanded, then a relative path is made absolute against sshd's working
    /// directory (HostKey, PidFile, Banner, ModuliFile, XAuthLocation, TrustedUserCAKeys, RevokedKeys, …).
    /// </summary>
    Derelativise,
}

/// <summary>A file name (<c>Banner /etc/issue.net</c>, <c>PidFile none</c>, <c>HostKey /etc/ssh/key</c>).</summary>
/// <param name="Path">As written (<c>%</c> tokens kept; they are expanded per connection, never validated at parse time).</param>
/// <param name="IsNone">True for <c>none</c> (any case): the option is cleared.</param>
/// <param name="Resolution">How sshd resolves the path when storing it.</param>
/// <param name="PrintsNullWhenNone">
/// True for HostKey/HostCertificate: a <c>none</c> entry is cleared to NULL and <c>sshd -T</c> prints <c>(null)</c> (obs 9.2).
/// </param>
/// <param name="KeepsWord">
/// A word stored verbatim instead of being resolved, compared case-insensitively (<c>internal</c> for
/// SecurityKeyProvider) or exactly (<c>SSH_AUTH_SOCK</c> for HostKeyAgent).
/// </param>
public sealed record PathValue(
    string Path, bool IsNone, PathResolution Resolution, bool PrintsNullWhenNone = false, string? KeepsWord = null) : SettingValue
{
    /// <summary>
    /// The working directory assumed for <see cref="PathResolution.Derelativise"/>: <c>/</c>, where init systems
    /// start sshd (and where the differential tests run it).
    /// </summary>
    public const string AssumedWorkingDirectory = "/";

    /// <summary>The home directory assumed for <c>~</c>: sshd parses its configuration as root.</summary>
    public const string AssumedHome = "/root";

    /// <summary>The path as sshd stores it (resolved against <see cref="AssumedWorkingDirectory"/>).</summary>
    public string Resolved => IsNone ? "none" : Resolve(Path, Resolution);

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (IsNone) return [PrintsNullWhenNone ? "(null)" : "none"];
        if (KeepsWord is not null) return [Path];
        return [Resolve(Path, Resolution)];
    }

    internal static string Resolve(string path, PathResolution resolution)
    {
        if (resolution == PathResolution.Verbatim) return path;
        string expanded = TildeExpand(path);
        if (resolution == PathResolution.TildeExpand || expanded.StartsWith('/')) return expanded;
        // misc.c derelativise_path formats "%s/%s" with getcwd(), so from "/" the result starts with "//"
        // (obs 9.2: "Banner rel" prints "//rel" when sshd runs in /).
        return AssumedWorkingDirectory + "/" + expanded;
    }

    /// <summary>misc.c <c>tilde_expand_filename</c> for root: <c>~</c>, <c>~/x</c> and <c>~root/x</c>; other users are left alone.</summary>
    internal static string TildeExpand(string path)
    {
        if (path.Length == 0 || path[0] != '~') return path;
        int slash = path.IndexOf('/');
        string user = slash < 0 ? path[1..] : path[1..slash];
        if (user.Length != 0 && user != "root") return path;
        string rest = slash < 0 ? "" : path[(slash + 1)..];
        return rest.Length == 0 ? AssumedHome : AssumedHome + "/" + rest;
    }
}

/// <summary>
/// A list of files on one line: <c>AuthorizedKeysFile</c> (tokens, <c>~</c> expanded) and <c>RevokedKeys</c>
/// (several files 10.3+).
/// </summary>
/// <param name="Paths">As written.</param>
/// <param name="IsNone">True when the single entry is <c>none</c>.</param>
/// <param name="Resolution">How each path is stored.</param>
public sealed record PathListValue(IReadOnlyList<string> Paths, bool IsNone, PathResolution Resolution) : SettingValue
{
    /// <inheritdoc/>
    /// <remarks>
    /// 10.3+ omits the key when the list is <c>none</c> (semantics.md §8); before, <c>none</c> was printed back
    /// like any entry (obs 9.2: <c>authorizedkeysfile .ssh/a /etc/%u none</c>, <c>revokedkeys none</c>).
    /// </remarks>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (IsNone && target.Version.AtLeast(10, 3)) return [];
        var parts = new string[Paths.Count];
        for (int i = 0; i < Paths.Count; i++)
        {
            parts[i] = string.Equals(Paths[i], "none", StringComparison.OrdinalIgnoreCase) && Resolution == PathResolution.Derelativise
                ? "none"
                : PathValue.Resolve(Paths[i], Resolution);
        }
        return [string.Join(' ', parts)];
    }
}

/// <summary>A command taking the raw rest of the line (<c>ForceCommand</c>, <c>AuthorizedKeysCommand</c>, …).</summary>
/// <param name="CommandLine">The rest of the line with leading blanks removed; quotes and <c>#</c> kept verbatim.</param>
/// <param name="IsNone">True for <c>none</c> (any case).</param>
public sealed record CommandValue(string CommandLine, bool IsNone) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [IsNone ? "none" : CommandLine];
}

/// <summary><c>VersionAddendum</c>: free text after the protocol banner (raw rest of the line).</summary>
/// <param name="Text">The text; empty for <c>none</c>.</param>
public sealed record TextValue(string Text) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Text.Length == 0 ? "none" : Text];
}

/// <summary>Arguments sshd never reads (deprecated, ignored and unsupported keywords).</summary>
/// <param name="Arguments">The tokens as given.</param>
public sealed record IgnoredValue(IReadOnlyList<string> Arguments) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [];
}

/// <summary><c>Include</c> glob patterns, kept as written; the include resolver expands them.</summary>
/// <param name="Patterns">One glob(3) pattern per argument.</param>
public sealed record IncludeValue(IReadOnlyList<string> Patterns) : SettingValue
{
    /// <summary>
    /// Each pattern as sshd hands it to glob(3): a path not starting with <c>/</c> or <c>~</c> is prefixed with
    /// SSHDIR (<c>/etc/ssh</c>) (servconf.c, fixed in 8.3; semantics.md §6).
    /// </summary>
    public IReadOnlyList<string> ResolvedPatterns(string sshDir = "/etc/ssh") =>
        [.. Patterns.Select(p => p.StartsWith('/') || p.StartsWith('~') ? p : sshDir + "/" + p)];

    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [];
}

/// <summary><c>PubkeyAuthOptions</c> flags (8.2+).</summary>
/// <param name="TouchRequired"><c>touch-required</c>.</param>
/// <param name="VerifyRequired"><c>verify-required</c> (8.4+).</param>
public sealed record PubkeyAuthOptionsValue(bool TouchRequired, bool VerifyRequired) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target)
    {
        if (!TouchRequired && !VerifyRequired) return ["none"];
        if (TouchRequired && VerifyRequired) return ["touch-required verify-required"];
        return [TouchRequired ? "touch-required" : "verify-required"];
    }
}

/// <summary><c>PermitUserEnvironment</c>: yes/no, or (7.8+) a pattern list of variable names.</summary>
/// <param name="Enabled">True for <c>yes</c> or a pattern list.</param>
/// <param name="Patterns">The pattern list as written; null for yes/no.</param>
public sealed record PermitUserEnvironmentValue(bool Enabled, string? Patterns) : SettingValue
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> FormatForSshdT(Target target) => [Patterns ?? (Enabled ? "yes" : "no")];
}
