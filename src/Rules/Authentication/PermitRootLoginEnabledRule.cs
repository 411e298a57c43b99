// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2001: root may log in remotely. <c>yes</c> is always reported; <c>prohibit-password</c> (the default since
/// 7.0) and <c>forced-commands-only</c> only when the option <c>allow-key-only</c> is false (strict, CIS, STIG).
/// </summary>
public sealed class PermitRootLoginEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2001", "permit-root-login", "Remote root login allowed",
        "PermitRootLogin {0} allows {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        // prohibit-password (keys only) is accepted by Lynis, dev-sec and CaC's root-password rule; CIS, STIG and
        // Mozilla want "no".
        ["allow-key-only"] = true,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "cis" or "stig" => new RuleSetting(true, null, new Dictionary<string, object> { ["allow-key-only"] = false }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        bool allowKeyOnly = context.Options.GetBool("allow-key-only", true);
        foreach (var occurrence in context.Occurrences("PermitRootLogin"))
        {
            string value = occurrence.Word;
            string? what = value switch
            {
                "yes" => "root to log in with a password",
                "prohibit-password" or "without-password" when !allowKeyOnly => "root to log in with a key",
                "forced-commands-only" when !allowKeyOnly => "root to run forced commands with a key",
                _ => null,
            };
            if (what is null) continue;
            string title = "Set PermitRootLogin to no";
            var fix = occurrence.Scope is { } scope
                ? FixBuilder.SetInBlock(scope, occurrence.Line, "PermitRootLogin", "no", title, FixApplicability.Dangerous)
                : FixBuilder.SetGlobal(context, "PermitRootLogin", "no", title, FixApplicability.Dangerous);
            context.Report(occurrence, [occurrence.IsDefault ? value : value, what], [fix]);
        }
    }
}
