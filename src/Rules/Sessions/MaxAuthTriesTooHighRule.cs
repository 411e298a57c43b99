// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2040: MaxAuthTries allows more authentication attempts per connection than the profile's limit (catalog C-37).
/// The recommended limit is the compiled-in default, 6, so only values raised above it are reported; CIS wants 4 or
/// fewer (CIS 5.1.16) and strict 3 (Lynis rates 3 or fewer as good). The DISA RHEL 9 STIG has no MaxAuthTries item,
/// so the stig profile keeps the recommended limit.
/// </summary>
public sealed class MaxAuthTriesTooHighRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2040", "max-auth-tries", "Too many authentication attempts per connection",
        "MaxAuthTries {0} allows more than {1} authentication attempts per connection", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max"] = 6,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 3 }),
        "cis" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 4 }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        int max = context.Options.GetInt("max", 6);
        string limit = max.ToString(CultureInfo.InvariantCulture);
        // MaxAuthTries is allowed in Match (every release): a block that raises it gets its own finding.
        foreach (var occurrence in context.Occurrences("MaxAuthTries"))
        {
            if (occurrence.Integer() is not long tries || tries <= max) continue;
            var fix = ScopedFix.Set(context, occurrence.Scope, occurrence, "MaxAuthTries", limit,
                $"Set MaxAuthTries to {limit}", FixApplicability.Unsafe);
            context.Report(occurrence, [occurrence.Text(), limit], [fix]);
        }
    }
}
