// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using Sprache;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

public static partial class ArgumentParser
{
    // PerSourcePenalties (9.8+): "yes"/"no" (any case, only as the last argument) or key:value items. Keys are
    // matched case-sensitively (strprefix); durations use convtime (convtime_double from 10.3).
    private static ArgumentParseResult ParsePenalties(Ctx c)
    {
        var v = new PerSourcePenaltiesValue();
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            bool no = arg.Equals("no", StringComparison.OrdinalIgnoreCase);
            if (no || arg.Equals("yes", StringComparison.OrdinalIgnoreCase))
            {
                if (i < c.Args.Count - 1) return c.Fatal($"keyword {c.Kw} \"{arg}\" argument must appear alone.", i);
                v = v with { Switch = v.Switch ?? !no };
                continue;
            }
            switch (arg)
            {
                case "overflow:deny-all": v = v with { Overflow = v.Overflow ?? PenaltyOverflowMode.DenyAll }; continue;
                case "overflow:permissive": v = v with { Overflow = v.Overflow ?? PenaltyOverflowMode.Permissive }; continue;
                case "overflow6:deny-all": v = v with { Overflow6 = v.Overflow6 ?? PenaltyOverflowMode.DenyAll }; continue;
                case "overflow6:permissive": v = v with { Overflow6 = v.Overflow6 ?? PenaltyOverflowMode.Permissive }; continue;
            }
            var item = Grammars.PenaltyItem.TryParse(arg);
            string key = item.WasSuccessful ? item.Value.Key : "";
            string text = item.WasSuccessful ? item.Value.Value : "";
            bool known = key switch
            {
                "crash" or "authfail" or "noauth" or "grace-exceeded" or "max" or "min" or "max-sources4" or "max-sources6" => true,
                "refuseconnection" => c.V(9, 9),
                "invaliduser" => c.V(10, 3),
                _ => false,
            };
            if (!known) return c.Fatal($"unsupported {c.Kw} keyword {arg}", i);
            if (key is "max-sources4" or "max-sources6")
            {
                string? err = CNumbers.AtoiErr(text, out int n);
                if (err is not null) return c.Fatal($"{c.Kw} value {err}.", i);
                v = key == "max-sources4" ? v with { MaxSources4 = v.MaxSources4 ?? n } : v with { MaxSources6 = v.MaxSources6 ?? n };
                continue;
            }
            double? seconds = Grammars.ConvTime(text, c.Target);
            if (seconds is null) return c.Fatal($"invalid {c.Kw} time value.", i);
            double s = seconds.Value;
            v = key switch
            {
                "crash" => v with { Crash = v.Crash ?? s },
                "authfail" => v with { AuthFail = v.AuthFail ?? s },
                "noauth" => v with { NoAuth = v.NoAuth ?? s },
                "invaliduser" => v with { InvalidUser = v.InvalidUser ?? s },
                "grace-exceeded" => v with { GraceExceeded = v.GraceExceeded ?? s },
                "refuseconnection" => v with { RefuseConnection = v.RefuseConnection ?? s },
                "max" => v with { Max = v.Max ?? s },
                _ => v with { Min = v.Min ?? s },
            };
        }
        return ArgumentParseResult.Ok(v);
    }

    // Match criteria (servconf.c match_cfg_line): attribute names are case-insensitive; "all" stands alone;
    // any problem ends in "Bad Match condition" (fatal).
    private static ArgumentParseResult ParseMatch(Ctx c)
    {
        var criteria = new List<MatchCriterion>();
        ArgumentParseResult Bad(string detail, int index) =>
            ArgumentParseResult.Fail(new ArgumentError("Bad Match condition", index) { Detail = detail });

        bool equalsForm = !(c.Target.Version.Major == 9 && c.Target.Version.Minor == 9 && c.Target.Version.Portable == 1);
        int i = 0;
        while (i < c.Args.Count)
        {
            string token = c.Args[i];
            if (token.StartsWith('#')) break;
            string attr = token;
            string? inlineArg = null;
            int eq = token.IndexOf('=');
            if (eq > 0 && equalsForm)
            {
                attr = token[..eq];
                inlineArg = token[(eq + 1)..];
            }
            string lower = attr.ToLowerInvariant();
            bool known = lower switch
            {
                "all" or "user" or "group" or "host" or "address" or "localaddress" or "localport" => true,
                "rdomain" => c.V(7, 7),
                "invalid-user" => c.V(9, 9),
                "version" => c.V(10, 0),
                _ => false,
            };
            if (!known || (inlineArg is not null && lower is "all" or "invalid-user"))
            {
                return Bad($"Unsupported Match attribute {attr}", i);
            }
            if (lower is "all" or "invalid-user")
            {
                criteria.Add(new MatchCriterion(lower, null));
                i++;
                continue;
            }
            string? arg = inlineArg;
            if (arg is null)
            {
                if (i + 1 >= c.Args.Count || c.Args[i + 1].Length == 0 || c.Args[i + 1].StartsWith('#'))
                {
                    return Bad($"Missing Match criteria for {attr}", i);
                }
                arg = c.Args[i + 1];
                i += 2;
            }
            else
            {
                if (arg.Length == 0) return Bad($"Missing Match criteria for {attr}", i);
                i++;
            }
            if (lower is "address" or "localaddress" && c.V(8, 4) && !IsValidAddressList(arg))
            {
                return ArgumentParseResult.Fail(new ArgumentError($"Invalid Match {lower} argument '{arg}'", i - 1));
            }
            if (lower == "localport" && ServiceNames.A2Port(arg, c.Target) <= 0)
            {
                return Bad($"Invalid LocalPort '{arg}' on Match line", i - 1);
            }
            criteria.Add(new MatchCriterion(lower, arg));
        }
        if (criteria.Count == 0) return Bad("One or more attributes required for Match", -1);
        if (criteria.Count > 1 && criteria.Any(k => k.Attribute == "all"))
        {
            return Bad("'all' cannot be combined with other Match attributes", 0);
        }
        return ArgumentParseResult.Ok(new MatchCriteriaValue(criteria));
    }
}
