// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Informational;

/// <summary>
/// SSHD4004: neither AllowUsers nor AllowGroups restricts who may log in. CIS 5.1.4 ("Ensure sshd access is
/// configured") accepts any of AllowUsers, AllowGroups, DenyUsers, DenyGroups; the cis profile turns on
/// <c>accept-deny-lists</c> to follow it. Off by default (catalog: needs names only the administrator knows).
/// </summary>
public sealed class NoAllowListRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD4004", "no-allow-list", "No allow list of users or groups",
        "{0}: every account with valid credentials may log in over SSH", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["accept-deny-lists"] = false,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        "cis" => new RuleSetting(true, null, new Dictionary<string, object> { ["accept-deny-lists"] = true }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        bool acceptDeny = context.Options.GetBool("accept-deny-lists", false);
        string[] keywords = acceptDeny ? ["AllowUsers", "AllowGroups", "DenyUsers", "DenyGroups"] : ["AllowUsers", "AllowGroups"];
        if (keywords.Any(k => context.Startup.Get(k).Sources.Count > 0)) return;
        string what = acceptDeny ? "None of AllowUsers, AllowGroups, DenyUsers, DenyGroups is set" : "Neither AllowUsers nor AllowGroups is set";
        context.Report(context.DefaultLocation(), [what]);
    }
}
