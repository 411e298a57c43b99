// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Informational;

/// <summary>
/// SSHD4006: a keyword not written in the spelling of sshd_config(5) (<c>passwordauthentication</c>). sshd
/// compares keywords case-insensitively, so this is style only (catalog C-17).
/// </summary>
public sealed class KeywordCasingRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD4006", "keyword-casing", "Keyword not in canonical case",
        "{0} is spelled {1} in sshd_config(5)", DiagnosticSeverity.Hint,
        DiagnosticTags.None, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var line in context.Model.Directives)
        {
            if (line.Keyword is not { IsKnown: true } keyword) continue;
            string written = line.Syntax.KeywordText;
            if (written == keyword.Name || !written.Equals(keyword.Name, StringComparison.OrdinalIgnoreCase)) continue;
            var fix = FixBuilder.RenameKeyword(line, keyword.Name, $"Rename to {keyword.Name}", FixApplicability.Safe);
            context.Report(line.KeywordLocation, [written, keyword.Name], [fix]);
        }
    }
}
