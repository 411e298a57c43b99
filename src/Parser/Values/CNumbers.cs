// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Values;

/// <summary>
/// Ports of the C library number parsers sshd relies on (<c>strtol</c>, <c>strtonum</c>, <c>atoi</c>,
/// <c>sscanf("%d")</c>), so that leading blanks, signs, trailing garbage and overflow behave as in sshd.
/// </summary>
internal static class CNumbers
{
    /// <summary>C <c>isspace</c> in the C locale.</summary>
    public static bool IsCSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>
    /// <c>strtoll(s + start, &amp;end, base)</c>: skips blanks, takes one sign, then digits of the base (base 0
    /// detects <c>0x</c> and leading-zero octal). <paramref name="end"/> is <paramref name="start"/> when no digit
    /// was read. Overflow saturates and sets <paramref name="overflow"/> (errno ERANGE).
    /// </summary>
    public static long StrToLong(string s, int start, int numberBase, out int end, out bool overflow)
    {
        overflow = false;
        int i = start;
        while (i < s.Length && IsCSpace(s[i])) i++;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        int b = numberBase;
        if ((b == 0 || b == 16) && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')
            && i + 2 < s.Length && DigitValue(s[i + 2]) is >= 0 and < 16)
        {
            i += 2;
            b = 16;
        }
        else if (b == 0)
        {
            b = i < s.Length && s[i] == '0' ? 8 : 10;
        }

        int digitsStart = i;
        ulong acc = 0;
        ulong limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        while (i < s.Length)
        {
            int d = DigitValue(s[i]);
            if (d < 0 || d >= b) break;
            if (!overflow)
            {
                if (acc > (limit - (ulong)d) / (ulong)b) overflow = true;
                else acc = acc * (ulong)b + (ulong)d;
            }
            i++;
        }
        if (i == digitsStart)
        {
            end = start;
            return 0;
        }
        end = i;
        if (overflow) return negative ? long.MinValue : long.MaxValue;
        return negative ? (long)(0 - acc) : (long)acc;
    }

    /// <summary>
    /// OpenBSD <c>strtonum</c>: the whole string must be a base-10 number within [min, max]. Returns null and the
    /// value, or the error string sshd prints: <c>invalid</c>, <c>too small</c>, <c>too large</c>.
    /// </summary>
    public static string? StrToNum(string s, long min, long max, out long value)
    {
        value = 0;
        long ll = StrToLong(s, 0, 10, out int end, out bool overflow);
        if (end == 0 || end != s.Length) return "invalid";
        if ((ll == long.MinValue && overflow) || ll < min) return "too small";
        if ((ll == long.MaxValue && overflow) || ll > max) return "too large";
        value = ll;
        return null;
    }

    /// <summary>misc.c <c>atoi_err</c> (7.7+ integer options): <c>missing</c> for an empty string, else strtonum in 0..INT_MAX.</summary>
    public static string? AtoiErr(string s, out int value)
    {
        value = 0;
        if (s.Length == 0) return "missing";
        string? err = StrToNum(s, 0, int.MaxValue, out long v);
        if (err is null) value = (int)v;
        return err;
    }

    /// <summary>C <c>atoi</c> as used before 7.7: leading number or 0, never an error (overflow wraps to int).</summary>
    public static int Atoi(string s)
    {
        long v = StrToLong(s, 0, 10, out _, out _);
        return unchecked((int)v);
    }

    /// <summary>
    /// <c>sscanf(s, "%d:%d:...")</c> with <paramref name="count"/> conversions separated by literal colons:
    /// returns how many integers were assigned (0 when the first conversion fails, -1 for an empty input, as
    /// sscanf returns EOF). Each <c>%d</c> skips blanks and takes an optional sign; trailing text is ignored.
    /// </summary>
    public static int ScanColonInts(string s, Span<int> values)
    {
        int pos = 0;
        int assigned = 0;
        for (int n = 0; n < values.Length; n++)
        {
            if (n > 0)
            {
                if (pos >= s.Length || s[pos] != ':') return assigned;
                pos++;
            }
            int p = pos;
            while (p < s.Length && IsCSpace(s[p])) p++;
            if (p >= s.Length) return assigned == 0 && n == 0 ? -1 : assigned;
            long v = StrToLong(s, p, 10, out int end, out bool overflow);
            if (end == p) return assigned;
            // glibc stores the (saturated) long into the int.
            values[n] = overflow ? (v < 0 ? int.MinValue : int.MaxValue) : unchecked((int)v);
            assigned++;
            pos = end;
        }
        return assigned;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
