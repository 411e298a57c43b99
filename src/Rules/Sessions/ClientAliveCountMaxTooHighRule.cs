// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2047: ClientAliveCountMax lets more client-alive probes go unanswered than the profile allows (catalog C-59):
/// 3 under CIS (Ubuntu 5.1.7) and strict (dev-sec), 1 under the STIG (RHEL-09-255095). The count only matters while
/// ClientAliveInterval is above 0, so it is judged per scope together with the interval. A count of 0 is left to
/// SSHD2046 (it disables the disconnect since 8.2 and disconnected at the first probe before). Baselines disagree on
/// the value and the default (3) is fine for most, so the rule is off under recommended.
/// </summary>
public sealed class ClientAliveCountMaxTooHighRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2047", "client-alive-count-max", "Too many unanswered client-alive probes allowed",
        "ClientAliveCountMax {0} lets {1} probes go unanswered before sshd drops the session, more than {2}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max"] = 3,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "cis" => new RuleSetting(true),
        "stig" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 1 }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        int max = context.Options.GetInt("max", 3);
        string limit = max.ToString(CultureInfo.InvariantCulture);
        var interval = ScopedSetting.Read(context, "ClientAliveInterval");
        var count = ScopedSetting.Read(context, "ClientAliveCountMax");
        bool globalReported = false;
        foreach (var scope in ScopedSetting.Scopes(interval, count))
        {
            var i = interval.For(scope);
            var c = count.For(scope);
            if (i.Seconds() is not int seconds || seconds == 0) continue;
            if (c.Integer() is not long probes || probes <= max) continue;
            bool countHere = scope is null || count.IsSetIn(scope);
            bool intervalHere = scope is null || interval.IsSetIn(scope);
            if (scope is null) globalReported = true;
            SettingOccurrence at;
            if (countHere) at = c;
            else if (intervalHere && !globalReported) at = i; // the block turns probing on under a global high count
            else continue;
            var fix = ScopedFix.Set(context, scope, c, "ClientAliveCountMax", limit, $"Set ClientAliveCountMax to {limit}", FixApplicability.Unsafe);
            context.Report(at, [c.Text(), probes.ToString(CultureInfo.InvariantCulture), limit], [fix]);
        }
    }
}
