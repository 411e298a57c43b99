// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2041: unauthenticated connections may stay too long (catalog C-38). <c>LoginGraceTime 0</c> means no limit at
/// all and is reported by every profile (Lynis scores 0 as the best value, a mistake this rule does not copy).
/// Otherwise the limit is the option <c>max</c>: 120 seconds (the compiled-in default) under recommended, 60 under
/// CIS (5.1.13 Ubuntu, 5.1.14 RHEL 9), 30 under strict (dev-sec). The STIG has no LoginGraceTime item.
/// </summary>
public sealed class LoginGraceTimeTooLongRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2041", "login-grace-time", "Unauthenticated connections may stay too long",
        "LoginGraceTime {0} {1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["max"] = 120,
    };

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 30 }),
        "cis" => new RuleSetting(true, null, new Dictionary<string, object> { ["max"] = 60 }),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        int max = context.Options.GetInt("max", 120);
        // LoginGraceTime is global only (not allowed in Match in any release), so the startup value is the only one.
        var occurrence = context.Global("LoginGraceTime");
        // sshd keeps whole seconds in an int: from 10.3 "0.5" parses and truncates to 0, which is also unlimited.
        if (occurrence.Seconds() is not int seconds) return;
        string what;
        if (seconds == 0) what = "never disconnects clients that do not authenticate";
        else if (max > 0 && seconds > max) what = string.Create(CultureInfo.InvariantCulture, $"gives clients {seconds} seconds to authenticate, more than {max}");
        else return;
        string value = (max > 0 ? max : 120).ToString(CultureInfo.InvariantCulture);
        var fix = ScopedFix.Set(context, null, occurrence, "LoginGraceTime", value, $"Set LoginGraceTime to {value}", FixApplicability.Unsafe);
        context.Report(occurrence, [occurrence.Text(), what], [fix]);
    }
}
