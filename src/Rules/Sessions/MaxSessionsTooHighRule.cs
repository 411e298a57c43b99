// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2045: MaxSessions lets one connection multiplex more sessions than the profile's limit (catalog C-61). The
/// recommended and CIS limit is 10, the compiled-in default (CIS 5.1.17), so only raised values are reported; strict
/// uses 4 (Lynis rates 4 or fewer as medium, 2 or fewer as good).
/// </summary>
public sealed class MaxSessionsTooHighRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2045", "max-sessions", "Too many sessions per connection",
        "MaxSessions {0} allows more than {1} sessions per connection", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max"] = 10,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 4 }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        int max = context.Options.GetInt("max", 10);
        string limit = max.ToString(CultureInfo.InvariantCulture);
        // MaxSessions is allowed in Match: a block that raises it gets its own finding.
        foreach (var occurrence in context.Occurrences("MaxSessions"))
        {
            if (occurrence.Integer() is not long sessions || sessions <= max) continue;
            var fix = ScopedFix.Set(context, occurrence.Scope, occurrence, "MaxSessions", limit,
                $"Set MaxSessions to {limit}", FixApplicability.Unsafe);
            context.Report(occurrence, [occurrence.Text(), limit], [fix]);
        }
    }
}
