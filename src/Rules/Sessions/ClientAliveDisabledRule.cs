// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2046: the client-alive check (ClientAliveInterval with ClientAliveCountMax) does not drop unresponsive
/// sessions (catalog C-58, C-59).
/// </summary>
/// <remarks>
/// <para>Two findings, evaluated for the global section and for every Match block that sets either keyword (both are
/// allowed in Match since 7.4):</para>
/// <para>1. The ClientAliveCountMax 0 trap, reported by every profile: since 8.2 (serverloop.c, bz#2627) a count of 0
/// turns the disconnect off, so <c>ClientAliveInterval 600</c> + <c>ClientAliveCountMax 0</c>, which older STIG
/// content (CaC <c>sshd_set_keepalive_0</c>) asks for, only sends probes and never ends a session. Before 8.2 the same
/// pair disconnected at the first probe, and is not reported.</para>
/// <para>2. No interval, or one above <c>max-interval</c>, only when the option <c>require-interval</c> is on. The
/// default <c>ClientAliveInterval 0</c> is upstream's choice and dropping sessions is contested, so recommended leaves
/// it alone; CIS (5.1.7 Ubuntu, 5.1.9 RHEL 9) and strict want at most 300 seconds, the STIG (RHEL-09-255100) 600.</para>
/// </remarks>
public sealed class ClientAliveDisabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2046", "client-alive-disabled", "Unresponsive sessions are not dropped",
        "{0} {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["require-interval"] = false,
        ["max-interval"] = 0,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" or "cis" => new RuleSetting(true, null, new Dictionary<string, object> { ["require-interval"] = true, ["max-interval"] = 300 }),
        "stig" => new RuleSetting(true, null, new Dictionary<string, object> { ["require-interval"] = true, ["max-interval"] = 600 }),
        _ => null,
    };

    /// <summary>The count that ClientAliveCountMax 0 is replaced with: the closest 8.2+ behaviour to the old meaning (one probe).</summary>
    private const string CountFix = "1";

    public override void Analyze(RuleContext context)
    {
        bool requireInterval = context.Options.GetBool("require-interval", false);
        int maxInterval = context.Options.GetInt("max-interval", 0);
        bool zeroCountDisables = context.Target.Version.AtLeast(8, 2);
        var interval = ScopedSetting.Read(context, "ClientAliveInterval");
        var count = ScopedSetting.Read(context, "ClientAliveCountMax");

        bool globalTrap = false;
        foreach (var scope in ScopedSetting.Scopes(interval, count))
        {
            var i = interval.For(scope);
            var c = count.For(scope);
            if (i.Seconds() is not int seconds) continue;
            bool intervalHere = scope is null || interval.IsSetIn(scope);
            bool countHere = scope is null || count.IsSetIn(scope);

            // The interval itself: judged only where it is set (the global value once, a block's own line once).
            if (requireInterval && intervalHere)
            {
                string? what = null;
                if (seconds == 0) what = "never probes idle clients, so dead or abandoned sessions are not dropped";
                else if (maxInterval > 0 && seconds > maxInterval)
                    what = string.Create(CultureInfo.InvariantCulture, $"probes idle clients only every {seconds} seconds, more than {maxInterval}");
                if (what is not null)
                {
                    string value = (maxInterval > 0 ? maxInterval : 300).ToString(CultureInfo.InvariantCulture);
                    var fix = ScopedFix.Set(context, scope, i, "ClientAliveInterval", value, $"Set ClientAliveInterval to {value}", FixApplicability.Unsafe);
                    context.Report(i, ["ClientAliveInterval " + i.Text(), what], [fix]);
                }
            }

            // The trap: a probing interval with a count of 0 on 8.2+.
            if (!zeroCountDisables || seconds == 0 || c.Integer() != 0) continue;
            if (scope is null) globalTrap = true;
            SettingOccurrence at;
            if (countHere) at = c;
            else if (intervalHere && !globalTrap) at = i; // the block turns probing on under a global count of 0
            else continue; // the global finding already covers this block
            string detail = string.Create(CultureInfo.InvariantCulture,
                $"turns off the client-alive disconnect since OpenSSH 8.2, so ClientAliveInterval {seconds} only sends probes and never ends a session");
            var countFix = ScopedFix.Set(context, scope, c, "ClientAliveCountMax", CountFix, $"Set ClientAliveCountMax to {CountFix}", FixApplicability.Unsafe);
            context.Report(at, ["ClientAliveCountMax " + c.Text(), detail], [countFix]);
        }
    }
}
