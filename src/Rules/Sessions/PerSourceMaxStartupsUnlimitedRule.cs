// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2044: no per-source cap on unauthenticated connections (PerSourceMaxStartups, 8.5+; catalog C-40). Without
/// it one address can take every MaxStartups slot, which is how DHEat-style floods (CVE-2002-20001) lock everyone
/// else out. No baseline file check covers this (ssh-audit's guides suggest a cap or firewall throttling), so the rule
/// is off by default and on under strict only.
/// </summary>
public sealed class PerSourceMaxStartupsUnlimitedRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2044", "per-source-max-startups", "No per-source limit on unauthenticated connections",
        "PerSourceMaxStartups {0} {1}", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        // Below the MaxStartups start (10), so one source cannot push sshd into random early drop for everyone,
        // while a few parallel connections (NAT, automation) still get through.
        ["max"] = 3,
    };

    public override void Analyze(RuleContext context)
    {
        if (!context.Knows("PerSourceMaxStartups")) return;
        int max = context.Options.GetInt("max", 3);
        // Global only; last line wins 8.5-9.4, first line from 9.5 (Global() follows the target's precedence).
        var occurrence = context.Global("PerSourceMaxStartups");
        if (occurrence.Value is not IntegerOrNoneValue v) return;
        string howMany;
        if (v.IsNone) howMany = "puts no limit on unauthenticated connections from a single source";
        else if (max > 0 && v.Value > max) howMany = string.Create(CultureInfo.InvariantCulture, $"lets a single source hold {v.Value} unauthenticated connections, more than {max}");
        else return;
        string limit = (max > 0 ? max : 3).ToString(CultureInfo.InvariantCulture);
        var fix = ScopedFix.Set(context, null, occurrence, "PerSourceMaxStartups", limit, $"Set PerSourceMaxStartups to {limit}", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text(), howMany], [fix]);
    }
}
