// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2026: a HostKey file whose name says it is a DSA key (<c>ssh_host_dsa_key</c>) or an SSH-1 RSA1 key
/// (<c>ssh_host_key</c>); under strict, an ECDSA key. Catalog C-49.
/// </summary>
/// <remarks>
/// Key files are not read: the type is inferred from the file name, following ssh-keygen's naming
/// (<c>ssh_host_&lt;type&gt;_key</c>). When no HostKey line is given sshd loads its default set, which included
/// <c>ssh_host_dsa_key</c> until 7.6 (reported only with <c>flag-defaults</c>: it is OpenSSH's own choice and only
/// loaded when the file exists).
/// </remarks>
public sealed class WeakHostKeyFileRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2026", "weak-host-key-file", "Weak host key file",
        "HostKey {0} is {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Sometimes);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["flag-defaults"] = false,
        ["flag-ecdsa"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["flag-defaults"] = true, ["flag-ecdsa"] = true }),
        _ => null,
    };

    internal enum KeyKind { Other, Dsa, Rsa1, Ecdsa }

    /// <summary>Infers the key type from the file name (<c>ssh_host_dsa_key</c>, <c>ssh_host_key</c>, <c>ssh_host_ecdsa_key</c>).</summary>
    internal static KeyKind KindOf(string path)
    {
        int slash = path.LastIndexOf('/');
        string name = (slash >= 0 ? path[(slash + 1)..] : path).ToLowerInvariant();
        if (name is "ssh_host_key" or "ssh_host_key.pub") return KeyKind.Rsa1;
        foreach (var token in name.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "dsa" or "dss": return KeyKind.Dsa;
                case "rsa1": return KeyKind.Rsa1;
                case "ecdsa": return KeyKind.Ecdsa;
            }
        }
        return KeyKind.Other;
    }

    public override void Analyze(RuleContext context)
    {
        bool flagEcdsa = context.Options.GetBool("flag-ecdsa", false);
        var setting = context.Startup.Get("HostKey");
        if (setting.IsDefault)
        {
            AnalyzeDefault(context, flagEcdsa);
            return;
        }

        var lines = setting.Sources.Where(l => l.Value is PathValue { IsNone: false }).ToList();
        var kinds = lines.Select(l => KindOf(((PathValue)l.Value!).Path)).ToList();
        // A line stays after the fixes when it is not one they delete: deleting every HostKey line would make sshd fall
        // back to its default key set, a different behaviour.
        bool othersRemain = kinds.Any(k => k is KeyKind.Other or KeyKind.Ecdsa);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string path = ((PathValue)line.Value!).Path;
            switch (kinds[i])
            {
                case KeyKind.Dsa:
                {
                    // 10.0 removed DSA: the key cannot be loaded, so the line only produces a load error.
                    bool dead = context.Target.Version.AtLeast(10, 0);
                    string what = dead ? "a DSA host key, which OpenSSH 10.0 and later cannot load" : "a DSA host key (1024-bit, SHA-1 signatures)";
                    Report(context, line, path, what, dead && othersRemain, DiagnosticSeverity.Warning);
                    break;
                }
                case KeyKind.Rsa1:
                {
                    // SSH protocol 1 and its RSA1 keys left sshd in 7.4.
                    bool dead = context.Target.Version.AtLeast(7, 4);
                    string what = dead ? "an SSH-1 (RSA1) host key, which OpenSSH 7.4 and later cannot load" : "an SSH-1 (RSA1) host key";
                    Report(context, line, path, what, dead && othersRemain, DiagnosticSeverity.Warning);
                    break;
                }
                case KeyKind.Ecdsa when flagEcdsa:
                    context.Report(line.Location, [path, "an ECDSA (NIST curve) host key"], null, Related(line), "",
                        context.GradedSeverity(DiagnosticSeverity.Info));
                    break;
            }
        }
    }

    private static void Report(RuleContext context, BoundDirective line, string path, string what, bool safe, DiagnosticSeverity graded)
    {
        var fix = FixBuilder.DeleteLine(line, $"Remove the HostKey line for {path}", safe ? FixApplicability.Safe : FixApplicability.Unsafe);
        context.Report(line.Location, [path, what], [fix], Related(line), "", context.GradedSeverity(graded));
    }

    private static List<RelatedLocation> Related(BoundDirective line) =>
        line.File.IncludedBy is { } include ? [new RelatedLocation(include.Location, $"{line.File.Path} is included here")] : [];

    /// <summary>No HostKey line: sshd tries its default key files (strict only; no fix, as writing HostKey lines replaces the whole set).</summary>
    private static void AnalyzeDefault(RuleContext context, bool flagEcdsa)
    {
        if (!context.Options.GetBool("flag-defaults", false)) return;
        var defaults = context.Keywords.Lookup("HostKey")?.DefaultValues ?? [];
        foreach (var written in defaults)
        {
            // The catalog spells the upstream directory as a placeholder; /etc/ssh is what packages use.
            string path = written.Replace("<sysconfdir>", "/etc/ssh", StringComparison.Ordinal);
            string? what = KindOf(path) switch
            {
                KeyKind.Dsa => "a DSA host key",
                KeyKind.Ecdsa when flagEcdsa => "an ECDSA (NIST curve) host key",
                _ => null,
            };
            if (what is null) continue;
            var severity = KindOf(path) == KeyKind.Dsa ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            context.Report(context.DefaultLocation(), [path, what], null, null,
                $" (HostKey is not set; the OpenSSH {context.Target.Version} default key files include it and sshd loads it when it exists)",
                context.GradedSeverity(severity));
        }
    }
}
