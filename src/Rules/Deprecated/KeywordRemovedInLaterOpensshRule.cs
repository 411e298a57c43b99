// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Deprecated;

/// <summary>
/// SSHD3006: a keyword the target uses that a later OpenSSH release ignores ("Deprecated option", silently
/// ignored) or rejects ("Bad configuration option"), so the line will stop working, or stop sshd, on upgrade
/// (UsePrivilegeSeparation on 7.4, UseLogin and Protocol on 7.3, …). Versions from versions.md.
/// </summary>
/// <remarks>
/// Only lasting changes count: a name a later release rejects and the newest release accepts again (the 10.4
/// GSSAPI regression, SKeyAuthentication deprecated 7.8–8.6) is not reported. Keywords the target itself already
/// ignores are reported by the binder (SSHD3001, SSHD3003), with the removal version in the message.
/// </remarks>
public sealed class KeywordRemovedInLaterOpensshRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD3006", "keyword-removed-in-later-openssh", "Keyword that a later OpenSSH drops",
        "{0} works on OpenSSH {1} but {2}", DiagnosticSeverity.Info,
        DiagnosticTags.Deprecated, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        var target = context.Target;
        var cache = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in context.Model.Directives)
        {
            if (line.Syntax.Kind != SyntaxKind.Directive || line.Keyword is not { Status: KeywordStatus.Active or KeywordStatus.Alias } keyword) continue;
            if (!cache.TryGetValue(keyword.Name, out var change)) cache[keyword.Name] = change = LaterChange(keyword.Name, target);
            if (change is null) continue;
            context.Report(line.KeywordLocation, [line.Syntax.KeywordText, target.Version, change]);
        }
    }

    /// <summary>What the first later release that stops using the name does with it; null when none does for good.</summary>
    private static string? LaterChange(string name, Target target)
    {
        var newest = KeywordCatalog.For(new Target(OpenSshVersion.Newest, target.Vendor)).Lookup(name);
        if (newest is { Status: KeywordStatus.Active or KeywordStatus.Alias }) return null;
        var current = new OpenSshVersion(target.Version.Major, target.Version.Minor);
        foreach (var v in OpenSshVersion.Known.Where(v => v > current))
        {
            var definition = KeywordCatalog.For(new Target(v, target.Vendor)).Lookup(name);
            switch (definition?.Status)
            {
                case KeywordStatus.Active or KeywordStatus.Alias:
                    continue;
                case KeywordStatus.Deprecated:
                    return $"OpenSSH {v} ignores it with \"Deprecated option\"" + Rejected(definition.RemovedIn);
                case KeywordStatus.Ignored:
                    return $"OpenSSH {v} ignores it silently" + Rejected(definition.RemovedIn);
                case KeywordStatus.Unsupported:
                    return $"OpenSSH {v} ignores it as \"Unsupported option\"" + Rejected(definition.RemovedIn);
                default:
                    return $"OpenSSH {v} rejects it (\"Bad configuration option\", sshd does not start)";
            }
        }
        return null;
    }

    private static string Rejected(OpenSshVersion? removed) => removed is { } r ? $", and {r} rejects it" : "";
}
