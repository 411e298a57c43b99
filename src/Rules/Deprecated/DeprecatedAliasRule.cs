// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Deprecated;

/// <summary>
/// SSHD3004: a keyword written under an old name that the target accepts silently as an alias
/// (ChallengeResponseAuthentication → KbdInteractiveAuthentication since 8.7, PubkeyAcceptedKeyTypes →
/// PubkeyAcceptedAlgorithms since 8.5, KeepAlive → TCPKeepAlive, …). Catalog C-03.
/// </summary>
/// <remarks>
/// The mapping comes from the catalog (<see cref="KeywordStatus.Alias"/> and <see cref="KeywordDefinition.AliasOf"/>
/// for the target), so a name is reported only on versions where it is an alias: ChallengeResponseAuthentication
/// is its own keyword before 8.7. Renaming is safe because both names set the same option in servconf.c.
/// </remarks>
public sealed class DeprecatedAliasRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD3004", "deprecated-alias", "Keyword under an old name",
        "{0} is an old name for {1}{2}", DiagnosticSeverity.Info,
        DiagnosticTags.Deprecated, FixAvailability.Sometimes, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    // sshd accepts these names without a word and no release plans to drop them, and stock files of Debian 11,
    // Ubuntu 20.04 and RHEL 8 still say ChallengeResponseAuthentication: worth a rename, not a default finding.
    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        var table = context.Keywords;
        var since = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in context.Model.Directives)
        {
            if (line.Syntax.Kind != SyntaxKind.Directive || line.Keyword is not { Status: KeywordStatus.Alias, AliasOf: { } canonicalName } alias) continue;
            var canonical = table.Lookup(canonicalName);
            if (canonical is null) continue;
            if (!since.TryGetValue(alias.Name, out var sinceText))
                since[alias.Name] = sinceText = AliasSince(alias.Name, context.Target) is { } v ? $" (since OpenSSH {v})" : "";
            IReadOnlyList<CodeFix> fixes = [];
            // Inside a Match block that does not apply at startup, the new name must be allowed there too.
            if (line.ActiveAtStartup || canonical.AllowedInMatch)
                fixes = [FixBuilder.RenameKeyword(line, canonical.Name, $"Rename to {canonical.Name}", FixApplicability.Safe)];
            context.Report(line.KeywordLocation, [line.Syntax.KeywordText, canonical.Name, sinceText], fixes);
        }
    }

    /// <summary>The first release of the uninterrupted run of releases, up to the target, where the name is an alias; null when that predates 7.0.</summary>
    private static OpenSshVersion? AliasSince(string name, Target target)
    {
        OpenSshVersion? since = null;
        foreach (var v in OpenSshVersion.Known.Where(v => v <= new OpenSshVersion(target.Version.Major, target.Version.Minor)).Reverse())
        {
            if (KeywordCatalog.For(new Target(v, target.Vendor)).Lookup(name) is not { Status: KeywordStatus.Alias }) break;
            since = v;
        }
        return since == OpenSshVersion.Oldest ? null : since;
    }
}
