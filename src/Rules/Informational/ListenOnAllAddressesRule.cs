// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Informational;

/// <summary>
/// SSHD4003: sshd listens on every address (no ListenAddress, or 0.0.0.0 / ::). On a multi-homed host, binding
/// to the management address narrows the exposed surface (catalog C-91, dev-sec sshd-09). A hint, off by
/// default and on under strict: on single-homed hosts and in containers listening everywhere is normal.
/// </summary>
public sealed class ListenOnAllAddressesRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD4003", "listen-on-all-addresses", "sshd listens on every address",
        "{0} listens on every network interface", DiagnosticSeverity.Hint,
        DiagnosticTags.None, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        var listen = context.Startup.Get("ListenAddress").Sources;
        if (listen.Count == 0)
        {
            context.Report(context.DefaultLocation(), ["sshd"], messageSuffix: " (ListenAddress is not set, so it binds 0.0.0.0 and ::)");
            return;
        }
        foreach (var line in listen)
        {
            if (line.Value is not ListenAddressValue value) continue;
            if (!System.Net.IPAddress.TryParse(value.Host, out var ip)) continue;
            if (ip.Equals(System.Net.IPAddress.Any) || ip.Equals(System.Net.IPAddress.IPv6Any))
                context.Report(line.Location, [$"ListenAddress {line.Syntax.ArgumentValues[0]}"]);
        }
    }
}
