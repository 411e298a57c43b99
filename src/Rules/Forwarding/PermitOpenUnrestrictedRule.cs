// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Sessions;

namespace SshdLint.Rules.Forwarding;

/// <summary>
/// SSHD2068: a Match block turns TCP forwarding on without saying where it may go (catalog C-71). When a block grants
/// forwarding to some users, PermitOpen (local forwards, ssh -L) and PermitListen (remote forwards, ssh -R; 7.8+) can
/// narrow it to the hosts and ports actually needed. No baseline checks this, so it is informational and on under
/// strict only. The global section is left to SSHD2062.
/// </summary>
public sealed class PermitOpenUnrestrictedRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2068", "permit-open-unrestricted", "Forwarding allowed in a Match block without destination limits",
        "{0} allows TCP forwarding to any destination; restrict it with {1}", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var tcp = ScopedSetting.Read(context, "AllowTcpForwarding");
        var disable = ScopedSetting.Read(context, "DisableForwarding");
        var open = ScopedSetting.Read(context, "PermitOpen");
        var listen = ScopedSetting.Read(context, "PermitListen");
        foreach (var scope in ScopedSetting.Scopes(tcp, disable))
        {
            if (scope is null) continue;
            var allow = tcp.For(scope);
            var off = disable.For(scope);
            string direction = allow.EnumWord();
            if (off.IsYes() || direction is not ("yes" or "local" or "remote")) continue;
            // Only blocks that themselves turn forwarding on.
            SettingOccurrence at;
            if (tcp.IsSetIn(scope)) at = allow;
            else if (disable.IsSetIn(scope)) at = off;
            else continue;
            bool localOpen = direction is "yes" or "local" && open.For(scope).Value is HostPortListValue { IsAny: true };
            bool remoteOpen = direction is "yes" or "remote" && listen.IsKnown && listen.For(scope).Value is HostPortListValue { IsAny: true };
            string? missing = (localOpen, remoteOpen) switch
            {
                (true, true) => "PermitOpen and PermitListen",
                (true, false) => "PermitOpen",
                (false, true) => "PermitListen",
                _ => null,
            };
            if (missing is null) continue;
            context.Report(at, [at.Keyword + " " + at.Text(), missing]);
        }
    }
}
