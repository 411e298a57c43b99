// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

public static partial class ArgumentParser
{
    // servconf.c parse_flag: strcasecmp against multistate_flag since 7.7 ("unsupported option"), exact
    // strcmp "yes"/"no" before ("Bad yes/no argument").
    private static ArgumentParseResult ParseFlag(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.MissingMessage());
        FlagValue? value = null;
        if (c.V(7, 7))
        {
            if (arg.Equals("yes", StringComparison.OrdinalIgnoreCase)) value = FlagValue.Yes;
            else if (arg.Equals("no", StringComparison.OrdinalIgnoreCase)) value = FlagValue.No;
            if (value is null) return c.Fatal($"unsupported option \"{arg}\".");
        }
        else
        {
            if (arg == "yes") value = FlagValue.Yes;
            else if (arg == "no") value = FlagValue.No;
            if (value is null) return c.Fatal($"Bad yes/no argument: {arg}");
        }
        return c.Finish(value, 1);
    }

    private static ArgumentParseResult ParseEnum(Ctx c)
    {
        string arg = c.Args[0];
        var table = EnumTables.For(c.Name, c.Target);
        if (table is null)
        {
            // IgnoreRhosts was a plain flag before shosts-only (8.3).
            if (c.Name == "ignorerhosts") return ParseFlag(c);
            return ParseEnumFromCatalog(c, arg);
        }
        if (arg.Length == 0) return c.Fatal(c.MissingMessage());
        if (!table.Map.TryGetValue(arg, out string? canonical))
        {
            return c.Fatal(c.Name switch
            {
                "loglevel" => $"unsupported log level '{arg}'",
                "syslogfacility" => $"unsupported log facility '{arg}'",
                "fingerprinthash" => $"Invalid {c.Kw} algorithm \"{arg}\".",
                "permittunnel" => $"bad {c.Kw} argument {arg}",
                _ => $"unsupported option \"{arg}\".",
            });
        }
        return c.Finish(new EnumValue(c.Keyword.EffectiveName, canonical, arg), 1);
    }

    private static ArgumentParseResult ParseEnumFromCatalog(Ctx c, string arg)
    {
        if (arg.Length == 0) return c.Fatal(c.MissingMessage());
        foreach (var allowed in c.Keyword.AllowedValues)
        {
            if (string.Equals(allowed, arg, StringComparison.OrdinalIgnoreCase))
            {
                return c.Finish(new EnumValue(c.Keyword.EffectiveName, allowed.ToLowerInvariant(), arg), 1);
            }
        }
        return c.Fatal($"unsupported option \"{arg}\".");
    }

    // PubkeyAuthOptions (8.2+): flags, case-insensitive; "none" is skipped; unknown words are counted errors.
    private static ArgumentParseResult ParsePubkeyAuthOptions(Ctx c)
    {
        bool touch = false, verify = false;
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg.Equals("none", StringComparison.OrdinalIgnoreCase)) continue;
            if (arg.Equals("touch-required", StringComparison.OrdinalIgnoreCase)) touch = true;
            else if (arg.Equals("verify-required", StringComparison.OrdinalIgnoreCase) && c.V(8, 4)) verify = true;
            else return ArgumentParseResult.Fail(c.Counted($"unsupported {c.Kw} option {arg}", i));
        }
        return ArgumentParseResult.Ok(new PubkeyAuthOptionsValue(touch, verify));
    }

    // parse_int: atoi_err/strtonum 0..INT_MAX since 7.7; plain atoi before (garbage silently accepted).
    private static ArgumentParseResult ParseInteger(Ctx c)
    {
        string arg = c.Args[0];
        if (!c.V(7, 7))
        {
            if (arg.Length == 0) return c.Fatal(c.MissingMessage());
            return c.Finish(new IntegerValue(CNumbers.Atoi(arg)), 1);
        }
        string? err = CNumbers.AtoiErr(arg, out int value);
        if (err is not null) return c.Fatal($"{c.Kw} integer value {err}.");
        return c.Finish(new IntegerValue(value), 1);
    }

    // PerSourceMaxStartups (8.5+): "none" (exact) or an integer.
    private static ArgumentParseResult ParseIntegerOrNone(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        if (arg == "none") return c.Finish(new IntegerOrNoneValue(null), 1);
        string? err = CNumbers.AtoiErr(arg, out int value);
        if (err is not null) return c.Fatal($"{c.Kw} integer value {err}.");
        return c.Finish(new IntegerOrNoneValue(value), 1);
    }

    // parse_time: convtime; UnusedConnectionTimeout also takes "none" (strcasecmp) for 0.
    private static ArgumentParseResult ParseTime(Ctx c, bool noneAllowed)
    {
        string arg = c.Args[0];
        if (noneAllowed && arg.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return c.Finish(new TimeValue(0, arg, NoneWhenZero: true), 1);
        }
        if (arg.Length == 0) return c.Fatal("missing time value.");
        double? seconds = Grammars.ConvTime(arg, c.Target);
        if (seconds is null) return c.Fatal("invalid time value.");
        return c.Finish(new TimeValue(seconds.Value, arg, noneAllowed), 1);
    }

    // RekeyLimit: scan_scaled size or "default", then an optional interval or "none" (exact; leaves it unset).
    private static ArgumentParseResult ParseRekeyLimit(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        long bytes;
        if (arg == "default")
        {
            bytes = 0;
        }
        else
        {
            string? err = Grammars.ScanScaled(arg, out bytes);
            if (err is not null)
            {
                return c.Fatal(c.V(8, 7) ? $"Bad {c.Kw} number '{arg}': {err}" : $"Bad number '{arg}': {err}");
            }
            if (bytes != 0 && bytes < 16) return c.Fatal(c.V(8, 7) ? $"{c.Kw} too small" : "RekeyLimit too small");
        }
        if (!c.Has(1)) return c.Finish(new RekeyLimitValue(bytes, null), 1);
        string interval = c.Args[1];
        if (interval == "none") return c.Finish(new RekeyLimitValue(bytes, null), 2);
        if (interval.Length == 0) return c.Fatal("missing time value.", 1);
        double? seconds = Grammars.ConvTime(interval, c.Target);
        if (seconds is null) return c.Fatal("invalid time value.", 1);
        return c.Finish(new RekeyLimitValue(bytes, seconds), 2);
    }

    // MaxStartups: sscanf("%d:%d:%d"); non-positive values rejected at parse time since 9.2.
    private static ArgumentParseResult ParseMaxStartups(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.MissingMessage());
        string invalid = c.V(8, 7) ? $"Invalid {c.Kw} spec." : "Illegal MaxStartups spec.";
        Span<int> v = stackalloc int[3];
        int n = CNumbers.ScanColonInts(arg, v);
        MaxStartupsValue value;
        if (n == 3)
        {
            if (v[0] > v[2] || v[1] > 100 || v[1] < 1) return c.Fatal(invalid);
            value = new MaxStartupsValue(v[0], v[1], v[2]);
        }
        else if (n != 1)
        {
            return c.Fatal(invalid);
        }
        else
        {
            value = new MaxStartupsValue(v[0], null, v[0]);
        }
        if (c.V(9, 2) && (value.Full <= 0 || value.Begin <= 0)) return c.Fatal(invalid);
        return c.Finish(value, 1);
    }

    // PerSourceNetBlockSize (8.5+): sscanf("%d:%d"), v4 0..32, v6 0..128; the one-number form stores 0 for v6.
    private static ArgumentParseResult ParseNetblock(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        Span<int> v = stackalloc int[2];
        int n = CNumbers.ScanColonInts(arg, v);
        if (n == 2 && (v[1] < 0 || v[1] > 128)) n = -1;
        if ((n == 1 || n == 2) && (v[0] < 0 || v[0] > 32)) n = -1;
        if (n != 1 && n != 2) return c.Fatal($"Invalid {c.Kw} spec.");
        return c.Finish(new NetblockValue(v[0], n == 2 ? v[1] : 0), 1);
    }

    // IPQoS: one or two values from misc.c's table or 0..255 (C notation: 0x10, 010).
    private static ArgumentParseResult ParseIpQos(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        int a = IpQosTable.Parse(arg, c.Target);
        if (a == -1) return c.Fatal($"Bad {c.Kw} value: {arg}");
        if (a == IpQosTable.Deprecated) a = IpQosValue.None;
        int b = a;
        if (c.Has(1))
        {
            b = IpQosTable.Parse(c.Args[1], c.Target);
            if (b == -1) return c.Fatal($"Bad {c.Kw} value: {c.Args[1]}", 1);
            if (b == IpQosTable.Deprecated) b = IpQosValue.None;
        }
        int consumed = c.Has(1) ? 2 : 1;
        return c.Finish(new IpQosValue(a, b, [.. c.Args.Take(consumed)]), consumed);
    }

    // StreamLocalBindMask: strtol(arg, &p, 8), 0..0777; trailing garbage ignored (obs 9.2: "07x" is 07).
    private static ArgumentParseResult ParseOctalMode(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        long value = CNumbers.StrToLong(arg, 0, 8, out int end, out bool overflow);
        if (end == 0 || overflow || value < 0 || value > Convert.ToInt32("777", 8)) return c.Fatal($"Invalid {c.Kw}.");
        return c.Finish(new OctalModeValue((int)value), 1);
    }

    // Port: a2port (strtonum 0..65535, else a service name since 7.9); 0 is rejected.
    private static ArgumentParseResult ParsePort(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal("missing port number.");
        int port = ServiceNames.A2Port(arg, c.Target);
        if (port <= 0) return c.Fatal("Badly formatted port number.");
        return c.Finish(new PortValue(port, arg), 1);
    }

    // PermitUserEnvironment: exact "yes"/"no", anything else a pattern list (7.8+); a plain flag before.
    private static ArgumentParseResult ParsePermitUserEnvironment(Ctx c)
    {
        if (!c.V(7, 8))
        {
            var flag = ParseFlag(c);
            return flag.Value is FlagValue f ? flag with { Value = new PermitUserEnvironmentValue(f.Value, null) } : flag;
        }
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        var value = arg switch
        {
            "yes" => new PermitUserEnvironmentValue(true, null),
            "no" => new PermitUserEnvironmentValue(false, null),
            _ => new PermitUserEnvironmentValue(true, arg),
        };
        return c.Finish(value, 1);
    }

    // AuthorizedKeysCommandUser / AuthorizedPrincipalsCommandUser: one word, not checked against passwd here.
    private static ArgumentParseResult ParseUsername(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.MissingMessage());
        return c.Finish(new StringValue(arg), 1);
    }

    // PAMServiceName, RDomain.
    private static ArgumentParseResult ParseString(Ctx c)
    {
        if (c.Name == "rdomain" && c.V(8, 3))
        {
            // Portable sshd rejects RDomain at parse time on platforms without routing-domain support, which
            // includes the Linux builds we model (obs 9.2 and 10.5).
            return c.Fatal("setting RDomain not supported on this platform.");
        }
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        return c.Finish(new StringValue(arg), 1);
    }

    // ForceCommand, AuthorizedKeysCommand, AuthorizedPrincipalsCommand: the raw rest of the line.
    private static ArgumentParseResult ParseCommand(Ctx c)
    {
        string raw = string.Join(' ', c.Args).TrimStart(' ', '\t', '\r', '\n');
        if (raw.Length == 0) return c.Fatal(c.KwMissing);
        bool none = raw.Equals("none", StringComparison.OrdinalIgnoreCase);
        if (c.Name is "authorizedkeyscommand" or "authorizedprincipalscommand" && !none && raw[0] != '/')
        {
            return c.Fatal($"{c.Kw} must be an absolute path");
        }
        return ArgumentParseResult.Ok(new CommandValue(raw, none));
    }

    // VersionAddendum: raw rest of the line; "none" (any case) means empty; a CR is rejected.
    private static ArgumentParseResult ParseText(Ctx c)
    {
        string raw = string.Join(' ', c.Args).TrimStart(' ', '\t', '\r', '\n');
        if (raw.Length == 0) return c.Fatal(c.KwMissing);
        if (raw.Contains('\r') && c.V(8, 7)) return c.Fatal($"Invalid {c.Kw} argument");
        return ArgumentParseResult.Ok(new TextValue(raw.Equals("none", StringComparison.OrdinalIgnoreCase) ? "" : raw));
    }

    // Subsystem: name, command, arguments.
    private static ArgumentParseResult ParseSubsystem(Ctx c)
    {
        string name = c.Args[0];
        if (name.Length == 0) return c.Fatal(c.MissingMessage());
        if (!c.Has(1) || c.Args[1].Length == 0) return c.Fatal("Missing subsystem command.", c.Has(1) ? 1 : -1);
        return ArgumentParseResult.Ok(new SubsystemValue(name, c.Args[1], [.. c.Args.Skip(2)]));
    }

    // Include (8.2+): glob patterns; an empty one is a counted error.
    private static ArgumentParseResult ParseInclude(Ctx c)
    {
        for (int i = 0; i < c.Args.Count; i++)
        {
            if (c.Args[i].Length == 0)
            {
                return ArgumentParseResult.Fail(c.V(8, 7)
                    ? c.Counted($"keyword {c.Kw} empty argument", i)
                    : new ArgumentError($"{c.Kw} missing filename argument", i));
            }
        }
        return ArgumentParseResult.Ok(new IncludeValue(c.Args));
    }
}
