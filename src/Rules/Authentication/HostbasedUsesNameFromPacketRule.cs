// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2008: host-based authentication believes the host name the client sends (catalog C-28). Only reported where
/// HostbasedAuthentication is on: otherwise the setting has no effect.
/// </summary>
public sealed class HostbasedUsesNameFromPacketRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2008", "hostbased-uses-name-from-packet", "Host-based authentication trusts the client's host name",
        "HostbasedUsesNameFromPacketOnly {0} believes the host name the client sends instead of looking up its address", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var settings = new ScopedSettings(context);
        foreach (var occurrence in context.Occurrences("HostbasedUsesNameFromPacketOnly"))
        {
            if (occurrence.Word != "yes" || !settings.IsYes("HostbasedAuthentication", occurrence.Scope)) continue;
            context.Report(occurrence, [occurrence.Word],
                [AuthenticationFacts.Set(context, occurrence, "HostbasedUsesNameFromPacketOnly", "no", FixApplicability.Unsafe)]);
        }
    }
}
