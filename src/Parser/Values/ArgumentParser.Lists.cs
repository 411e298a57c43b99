// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using Sprache;
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Values;

public static partial class ArgumentParser
{
    // auth2.c authmethods[] names (gssapi-with-mic assumes a GSSAPI build, as Debian's and ours).
    private static readonly HashSet<string> AuthMethodNames = new(StringComparer.Ordinal)
    {
        "none", "publickey", "gssapi-with-mic", "password", "keyboard-interactive", "hostbased",
    };

    // AuthenticationMethods: "any" (exact, 7.3+) alone, or comma-separated lists of method[:submethod].
    private static ArgumentParseResult ParseAuthenticationMethods(Ctx c)
    {
        var lists = new List<string>();
        var methods = new List<IReadOnlyList<AuthMethod>>();
        bool sawAny = false;
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg == "any" && c.V(7, 3))
            {
                if (lists.Count > 0) return c.Fatal($"\"any\" must appear alone in {c.Kw}", i);
                sawAny = true;
                continue;
            }
            if (sawAny) return c.Fatal($"\"any\" must appear alone in {c.Kw}", i);

            var invalid = new ArgumentError($"invalid {c.Kw} method list.", i);
            if (arg.Length == 0)
            {
                return ArgumentParseResult.Fail(invalid with { Detail = "empty authentication method list" });
            }
            var parsed = new List<AuthMethod>();
            foreach (var item in arg.Split(','))
            {
                var m = Grammars.AuthMethodGrammar.Parse(item);
                if (!AuthMethodNames.Contains(m.Name))
                {
                    return ArgumentParseResult.Fail(invalid with { Detail = $"Unknown authentication method \"{m.Name}\" in list" });
                }
                parsed.Add(m);
            }
            lists.Add(arg);
            methods.Add(parsed);
        }
        if (!sawAny && lists.Count == 0) return c.Fatal(c.MissingMessage());
        return ArgumentParseResult.Ok(new AuthenticationMethodsValue(lists, methods));
    }

    // ChannelTimeout (9.2+): "none" (any case) or type=interval entries (misc.c parse_pattern_interval).
    private static ArgumentParseResult ParseChannelTimeout(Ctx c)
    {
        var entries = new List<ChannelTimeoutEntry>();
        bool lateFix = c.V(9, 7);
        int stored = 0;
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                // 9.2–9.6 never advanced the position counter, so "none" passed as long as it was the last
                // argument (obs 9.2: "session=5 none" is accepted and printed). 9.7+ wants it first and alone.
                bool alone = lateFix ? stored == 0 && i == c.Args.Count - 1 : i == c.Args.Count - 1;
                if (!alone) return ArgumentParseResult.Fail(c.Counted($"keyword {c.Kw} \"none\" argument must appear alone.", i));
                stored++;
                continue;
            }
            var r = Grammars.Assignment.TryParse(arg);
            double? seconds = r.WasSuccessful ? Grammars.ConvTime(r.Value.Value, c.Target) : null;
            if (seconds is null) return c.Fatal($"invalid channel timeout {arg}", i);
            entries.Add(new ChannelTimeoutEntry(arg, r.Value.Name, r.Value.Value, seconds.Value));
            stored++;
        }
        if (stored == 0) return c.Fatal(c.V(9, 7) ? $"no {c.Kw} specified" : c.KwMissing);
        // A lone "none" clears the list; as a trailing extra (9.2–9.6) it is kept and printed back.
        IReadOnlyList<string> written = entries.Count == 0 ? [] : c.Args;
        return ArgumentParseResult.Ok(new ChannelTimeoutValue(entries, written));
    }

    // Ciphers, MACs, KexAlgorithms and the key/signature lists.
    // GSSAPIKexAlgorithms (Debian's GSSAPI key-exchange patch): kex_gss_names_valid accepts a comma list whose
    // elements (up to the first empty one) each start with "gss-" and name a known gss-* method prefix; no +/-/^.
    // The value is kept verbatim, as sshd -T prints it (obs 9.2p1).
    private static ArgumentParseResult ParseGssKexList(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        foreach (var name in arg.Split(','))
        {
            if (name.Length == 0) break;
            if (!name.StartsWith("gss-", StringComparison.Ordinal) || !AlgorithmCatalog.IsValidName(AlgorithmListKind.KexAlgorithms, name, c.Target))
                return c.Fatal($"Bad GSSAPI KexAlgorithms '{arg}'.");
        }
        return c.Finish(new StringValue(arg), 1);
    }

    private static ArgumentParseResult ParseAlgorithms(Ctx c, AlgorithmListKind kind)
    {
        string arg = c.Args[0];
        if (arg.Length == 0)
        {
            return c.Fatal(kind is AlgorithmListKind.Ciphers or AlgorithmListKind.Macs or AlgorithmListKind.KexAlgorithms
                ? c.KwMissing
                : "Missing argument.");
        }
        var shape = Grammars.AlgorithmList.Parse(arg);
        char? prefix = shape.Prefix is char p && AlgorithmCatalog.SupportsPrefix(p, c.Target) ? p : null;
        string body = prefix is null ? arg : shape.Body;
        var operation = prefix switch
        {
            '+' => AlgorithmListOperation.Append,
            '-' => AlgorithmListOperation.Remove,
            '^' => AlgorithmListOperation.Prepend,
            _ => AlgorithmListOperation.Replace,
        };

        // servconf.c validates everything except "-" lists (ciphers_valid, mac_valid, kex_names_valid,
        // sshkey_names_valid2); the validators stop at the first empty element ("a,,junk" passes).
        if (operation != AlgorithmListOperation.Remove)
        {
            string? bad = FirstInvalidAlgorithm(kind, body, c.Target);
            if (bad is not null)
            {
                var err = new ArgumentError(AlgorithmCatalog.BadSpecMessage(kind, arg), 0);
                if (kind == AlgorithmListKind.KexAlgorithms && c.V(8, 0) && bad.Length > 0)
                {
                    err = err with { Detail = $"Unsupported KEX algorithm \"{bad}\"" };
                }
                return ArgumentParseResult.Fail(err);
            }
        }

        var assembly = AlgorithmAssembler.Assemble(kind, arg, c.Target);
        var value = new AlgorithmListValue
        {
            Kind = kind,
            Written = arg,
            Operation = operation,
            Items = body.Split(','),
            ParsedFor = c.Target,
            Assembly = assembly,
        };
        if (assembly.Failed)
        {
            // Reported by assemble_algorithms after the whole file is read, for the value that won.
            var err = new ArgumentError($"assemble_algorithms: {AlgorithmCatalog.AssembleFieldName(kind, c.Target)}: invalid argument", 0)
            {
                OnlyIfEffective = true,
            };
            return ArgumentParseResult.WithError(value, err);
        }
        return c.Finish(value, 1);
    }

    /// <summary>The first element the validator rejects; "" when the whole list is empty; null when valid.</summary>
    private static string? FirstInvalidAlgorithm(AlgorithmListKind kind, string names, Target target)
    {
        if (names.Length == 0) return "";
        foreach (var p in names.Split(','))
        {
            if (p.Length == 0) break;
            if (!AlgorithmCatalog.IsValidName(kind, p, target)) return p;
        }
        // 10.4 rejects lists with no names at all (",") for ciphers and MACs (versions.md).
        if (target.Version.AtLeast(10, 4) && kind is AlgorithmListKind.Ciphers or AlgorithmListKind.Macs && names.Split(',')[0].Length == 0)
        {
            return "";
        }
        return null;
    }

    // SetEnv (7.8+): NAME=value items; since 9.1 a repeated name on the line keeps its first value.
    private static ArgumentParseResult ParseSetEnv(Ctx c)
    {
        var list = new List<EnvAssignment>(c.Args.Count);
        HashSet<string>? seen = c.V(9, 1) ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (int i = 0; i < c.Args.Count; i++)
        {
            var r = Grammars.Assignment.TryParse(c.Args[i]);
            // servconf.c only checks for an "=" anywhere; "=x" is accepted with an empty name.
            int eq = c.Args[i].IndexOf('=');
            if (eq < 0) return c.Fatal("Invalid environment.", i);
            var a = r.WasSuccessful ? new EnvAssignment(r.Value.Name, r.Value.Value) : new EnvAssignment("", c.Args[i][(eq + 1)..]);
            if (seen is not null && !seen.Add(a.Name)) continue;
            list.Add(a);
        }
        if (list.Count == 0 && c.V(9, 7)) return c.Fatal($"no {c.Kw} specified");
        return ArgumentParseResult.Ok(new EnvAssignmentsValue(list));
    }

    // AcceptEnv: variable-name patterns; an empty one or one containing "=" is fatal.
    private static ArgumentParseResult ParseAcceptEnv(Ctx c)
    {
        for (int i = 0; i < c.Args.Count; i++)
        {
            if (c.Args[i].Length == 0 || c.Args[i].Contains('=')) return c.Fatal("Invalid environment name.", i);
        }
        return ArgumentParseResult.Ok(new PatternListValue(c.Args, OneLinePerItem: true));
    }

    // AllowGroups/DenyGroups: group patterns, only emptiness checked.
    private static ArgumentParseResult ParseGroupPatterns(Ctx c)
    {
        for (int i = 0; i < c.Args.Count; i++)
        {
            if (c.Args[i].Length == 0 && c.V(8, 7)) return c.Fatal($"empty {c.Kw} pattern", i);
        }
        return ArgumentParseResult.Ok(new PatternListValue(c.Args, OneLinePerItem: true));
    }

    // LogVerbose (8.5+): patterns on one line; "none" only alone; empty tokens are counted errors.
    private static ArgumentParseResult ParseLogVerbose(Ctx c)
    {
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg.Length == 0) return ArgumentParseResult.Fail(c.Counted($"keyword {c.Kw} empty argument", i));
            if (arg.Equals("none", StringComparison.OrdinalIgnoreCase) && (i > 0 || i < c.Args.Count - 1))
            {
                return ArgumentParseResult.Fail(c.Counted($"keyword {c.Kw} \"none\" argument must appear alone.", i));
            }
        }
        return ArgumentParseResult.Ok(new PatternListValue(c.Args, OneLinePerItem: false));
    }

    // HostKey, HostCertificate, ModuliFile, SshdSessionPath, SshdAuthPath (Path) and Banner, PidFile,
    // XAuthLocation, TrustedUserCAKeys, HostKeyAgent, RevokedKeys before 10.3 (PathOrNone).
    private static ArgumentParseResult ParsePath(Ctx c, bool noneClears)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal("missing file name.");
        bool none = arg.Equals("none", StringComparison.OrdinalIgnoreCase);
        bool hostFile = c.Name is "hostkey" or "hostcertificate" or "hostdsakey";
        if (c.Name == "hostkeyagent" && arg == "SSH_AUTH_SOCK")
        {
            return c.Finish(new PathValue(arg, false, PathResolution.Verbatim, KeepsWord: arg), 1);
        }
        var resolution = DerelativisedKeywords.Contains(c.Name) ? PathResolution.Derelativise : PathResolution.Verbatim;
        return c.Finish(new PathValue(arg, none && (noneClears || hostFile || resolution == PathResolution.Derelativise),
            resolution, PrintsNullWhenNone: hostFile), 1);
    }

    // Keywords whose paths go through misc.c derelativise_path when stored.
    private static readonly HashSet<string> DerelativisedKeywords = new(StringComparer.Ordinal)
    {
        "hostkey", "hostdsakey", "hostcertificate", "modulifile", "sshdsessionpath", "sshdauthpath", "banner",
        "pidfile", "xauthlocation", "trustedusercakeys", "revokedkeys", "hostkeyagent", "securitykeyprovider",
    };

    // SecurityKeyProvider (8.2+): "internal" (any case, kept as written) or a library path made absolute.
    private static ArgumentParseResult ParseSecurityKeyProvider(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        if (arg.Equals("internal", StringComparison.OrdinalIgnoreCase))
        {
            return c.Finish(new PathValue(arg, false, PathResolution.Verbatim, KeepsWord: arg), 1);
        }
        bool none = arg.Equals("none", StringComparison.OrdinalIgnoreCase);
        return c.Finish(new PathValue(arg, none, PathResolution.Derelativise), 1);
    }

    // ChrootDirectory (verbatim; tokens and ~ expanded per connection) and AuthorizedPrincipalsFile (~ expanded).
    private static ArgumentParseResult ParsePathWithTokens(Ctx c)
    {
        string arg = c.Args[0];
        if (arg.Length == 0) return c.Fatal(c.KwMissing);
        bool none = arg.Equals("none", StringComparison.OrdinalIgnoreCase);
        var resolution = c.Name == "authorizedprincipalsfile" ? PathResolution.TildeExpand : PathResolution.Verbatim;
        return c.Finish(new PathValue(arg, none, resolution), 1);
    }

    // AuthorizedKeysFile (several paths, ~ expanded) and RevokedKeys (several files from 10.3).
    private static ArgumentParseResult ParsePathList(Ctx c, bool revokedKeys)
    {
        if (revokedKeys && !c.V(10, 3))
        {
            // One file, through parse_filename.
            string arg = c.Args[0];
            if (arg.Length == 0) return c.Fatal("missing file name.");
            bool none = arg.Equals("none", StringComparison.OrdinalIgnoreCase);
            return c.Finish(new PathListValue([arg], none, PathResolution.Derelativise), 1);
        }
        for (int i = 0; i < c.Args.Count; i++)
        {
            string arg = c.Args[i];
            if (arg.Length == 0) return ArgumentParseResult.Fail(c.Counted($"keyword {c.Kw} empty argument", i));
            if (c.V(10, 3) && arg.Equals("none", StringComparison.OrdinalIgnoreCase) && (i > 0 || i < c.Args.Count - 1))
            {
                return ArgumentParseResult.Fail(c.Counted($"keyword {c.Kw} \"none\" argument must appear alone.", i));
            }
        }
        if (c.Args.Count == 0) return c.Fatal(c.V(9, 7) ? $"no {c.Kw} specified" : c.KwMissing);
        bool isNone = c.Args.Count == 1 && c.Args[0].Equals("none", StringComparison.OrdinalIgnoreCase);
        return ArgumentParseResult.Ok(new PathListValue(c.Args, isNone, PathResolution.TildeExpand));
    }
}
