// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using Sprache;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

/// <summary>
/// The Sprache argument grammars, built once. Each grammar recognises the shape sshd accepts; the numeric
/// conversions that follow C library rules (strtol, scan_scaled) are done by <see cref="CNumbers"/> so that
/// blanks, signs and overflow behave exactly as in sshd.
/// </summary>
internal static class Grammars
{
    private const int IntMax = int.MaxValue;

    private static readonly Parser<char> AsciiDigit = Parse.Char(c => c is >= '0' and <= '9', "digit");
    private static readonly Parser<string> Digits = AsciiDigit.AtLeastOnce().Text();
    private static readonly Parser<char> CBlank = Parse.Char(CNumbers.IsCSpace, "blank");

    /// <summary>Succeeds, consuming nothing, only at the end of the input.</summary>
    private static Parser<T> AtEnd<T>(T value) =>
        input => input.AtEnd ? Result.Success(value, input) : Result.Failure<T>(input, "end of input", ["end of input"]);

    private static readonly Parser<long> TimeUnit =
        Parse.Chars("sSmMhHdDwW").Select(c => char.ToLowerInvariant(c) switch
        {
            's' => 1L,
            'm' => 60L,
            'h' => 3600L,
            'd' => 86400L,
            _ => 604800L,
        });

    // misc.c convtime before 10.3: each component is strtol (blanks and a sign allowed) followed by a unit, or by
    // the end of the string (a bare number is seconds only in last position: "5 5" is invalid).
    private static readonly Parser<(bool Negative, string Digits, long Multiplier)> LegacyTimeComponent =
        from blanks in CBlank.Many()
        from sign in Parse.Chars("+-").Optional()
        from digits in Digits
        from unit in TimeUnit.Or(AtEnd(0L))
        select (sign.IsDefined && sign.Get() == '-', digits, unit);

    private static readonly Parser<IEnumerable<(bool Negative, string Digits, long Multiplier)>> LegacyTime =
        LegacyTimeComponent.AtLeastOnce().End();

    // misc.c convtime_double (10.3+): numbers may have a decimal fraction ("1.5", ".5"), but only the seconds
    // component ("s" or no unit) may be fractional and it may appear only once (test_convtime.c).
    private static readonly Parser<string> DecimalNumber =
        (from whole in Digits
         from frac in (from dot in Parse.Char('.') from d in Digits select "." + d).Optional()
         select whole + frac.GetOrElse(""))
        .Or(from dot in Parse.Char('.') from d in Digits select "0." + d);

    private static readonly Parser<(string Number, long Multiplier)> FractionalTimeComponent =
        from number in DecimalNumber
        from unit in TimeUnit.Or(AtEnd(0L))
        select (number, unit);

    private static readonly Parser<IEnumerable<(string Number, long Multiplier)>> FractionalTime =
        FractionalTimeComponent.AtLeastOnce().End();

    /// <summary>
    /// misc.c <c>convtime</c> (before 10.3) / <c>convtime_double</c> (10.3+): seconds, or null for
    /// <c>invalid time value</c>. Units s m h d w are case-insensitive; totals above INT_MAX are invalid.
    /// </summary>
    public static double? ConvTime(string s, Target target)
    {
        if (s.Length == 0) return null;

        // Fast path: plain seconds, by far the most common form.
        if (s.Length <= 9 && IsAllDigits(s)) return long.Parse(s, CultureInfo.InvariantCulture);

        if (!target.Version.AtLeast(10, 3))
        {
            var r = LegacyTime.TryParse(s);
            if (!r.WasSuccessful) return null;
            long total = 0;
            foreach (var (negative, digits, unit) in r.Value)
            {
                long mult = unit == 0 ? 1 : unit;
                if (!TryParseBounded(digits, out long secs)) return null;
                if (negative && secs != 0) return null;
                if (secs > IntMax / mult) return null;
                secs *= mult;
                if (total > IntMax - secs) return null;
                total += secs;
            }
            return total;
        }

        var f = FractionalTime.TryParse(s);
        if (!f.WasSuccessful) return null;
        double sum = 0;
        bool seenSeconds = false;
        foreach (var (number, unit) in f.Value)
        {
            bool seconds = unit is 0 or 1;
            if (seconds)
            {
                if (seenSeconds) return null;
                seenSeconds = true;
            }
            else if (number.Contains('.'))
            {
                return null;
            }
            double value = double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            sum += value * (unit == 0 ? 1 : unit);
            if (sum > IntMax) return null;
        }
        return sum;
    }

    /// <summary>The shape of an algorithm list argument: an optional prefix character and comma-separated elements.</summary>
    public static readonly Parser<(char? Prefix, string Body)> AlgorithmList =
        from prefix in Parse.Chars("+-^").Optional()
        from body in Parse.AnyChar.Many().Text()
        select (prefix.IsDefined ? prefix.Get() : (char?)null, body);

    /// <summary><c>name=value</c> with a non-empty name (ChannelTimeout type=interval, SetEnv NAME=value).</summary>
    public static readonly Parser<(string Name, string Value)> Assignment =
        from name in Parse.CharExcept('=').AtLeastOnce().Text()
        from eq in Parse.Char('=')
        from value in Parse.AnyChar.Many().Text()
        select (name, value);

    /// <summary><c>user[@hostlist]</c> split at the first <c>@</c>.</summary>
    public static readonly Parser<(string User, string? Host)> UserAtHost =
        from user in Parse.CharExcept('@').Many().Text()
        from host in (from at in Parse.Char('@') from h in Parse.AnyChar.Many().Text() select h).Optional()
        select (user, host.IsDefined ? host.Get() : null);

    /// <summary><c>method[:submethod]</c> split at the first <c>:</c> (auth2.c <c>auth2_methods_valid</c>).</summary>
    public static readonly Parser<AuthMethod> AuthMethodGrammar =
        from name in Parse.CharExcept(':').Many().Text()
        from sub in (from colon in Parse.Char(':') from s in Parse.AnyChar.Many().Text() select s).Optional()
        select new AuthMethod(name, sub.IsDefined ? sub.Get() : null);

    /// <summary>A PerSourcePenalties <c>key:value</c> token (keys are matched case-sensitively with strprefix).</summary>
    public static readonly Parser<(string Key, string Value)> PenaltyItem =
        from key in Parse.Char(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-', "key character").AtLeastOnce().Text()
        from colon in Parse.Char(':')
        from value in Parse.AnyChar.Many().Text()
        select (key, value);

    /// <summary>
    /// OpenBSD <c>scan_scaled</c> (RekeyLimit sizes): blanks, one sign, digits with an optional fraction, then an
    /// optional unit B K M G T P E (powers of 1024, either case) not followed by a letter or digit. Returns null and
    /// the value, or the strerror text sshd prints: <c>Invalid argument</c> or <c>Numerical result out of range</c>.
    /// </summary>
    public static string? ScanScaled(string s, out long result)
    {
        const string InvalidArgument = "Invalid argument";
        const string OutOfRange = "Numerical result out of range";
        const int MaxDigits = 21; // SCALE_LENGTH * 3 in openbsd-compat/fmt_scaled.c
        result = 0;
        int p = 0;
        while (p < s.Length && s[p] < 128 && CNumbers.IsCSpace(s[p])) p++;
        int sign = 0;
        while (p < s.Length && (s[p] == '-' || s[p] == '+'))
        {
            if (sign != 0) return InvalidArgument;
            sign = s[p] == '-' ? -1 : 1;
            p++;
        }
        int ndigits = 0, fractDigits = 0;
        long whole = 0, fpart = 0;
        for (; p < s.Length && (s[p] is >= '0' and <= '9' || s[p] == '.'); p++)
        {
            if (s[p] == '.')
            {
                if (fractDigits > 0) return InvalidArgument;
                fractDigits = 1;
                continue;
            }
            int i = s[p] - '0';
            if (fractDigits > 0)
            {
                if (fractDigits >= MaxDigits - 1) continue;
                fractDigits++;
                if (fpart > long.MaxValue / 10) return OutOfRange;
                fpart *= 10;
                if (i > long.MaxValue - fpart) return OutOfRange;
                fpart += i;
            }
            else
            {
                if (++ndigits >= MaxDigits) return OutOfRange;
                if (whole > long.MaxValue / 10) return OutOfRange;
                whole *= 10;
                if (i > long.MaxValue - whole) return OutOfRange;
                whole += i;
            }
        }
        if (sign != 0) whole *= sign;
        if (p >= s.Length)
        {
            result = whole;
            return null;
        }
        int unit = "BKMGTPE".IndexOf(char.ToUpperInvariant(s[p]));
        if (unit < 0 || s[p] >= 128) return InvalidArgument;
        if (p + 1 < s.Length && char.IsAsciiLetterOrDigit(s[p + 1])) return InvalidArgument;
        long scale = 1L << (10 * unit);
        if (whole > long.MaxValue / scale || whole < long.MinValue / scale) return OutOfRange;
        whole *= scale;
        while (fpart >= long.MaxValue / scale || fpart <= long.MinValue / scale)
        {
            fpart /= 10;
            fractDigits--;
        }
        fpart *= scale;
        if (fractDigits > 0)
        {
            for (int i = 0; i < fractDigits - 1; i++) fpart /= 10;
        }
        whole = sign == -1 ? whole - fpart : whole + fpart;
        result = whole;
        return null;
    }

    /// <summary>True when <paramref name="s"/> is non-empty and all ASCII digits.</summary>
    public static bool IsAllDigits(string s)
    {
        if (s.Length == 0) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    private static bool TryParseBounded(string digits, out long value)
    {
        // Anything longer than 18 digits is far above INT_MAX; treat as overflow (strtol saturates).
        if (digits.Length > 18)
        {
            value = long.MaxValue;
            return true;
        }
        value = long.Parse(digits, CultureInfo.InvariantCulture);
        return true;
    }
}
