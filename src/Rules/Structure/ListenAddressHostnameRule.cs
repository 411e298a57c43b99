// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1011: ListenAddress with a host name instead of an IP address. sshd resolves it with getaddrinfo(3) while
/// reading the configuration and refuses to start when it does not resolve ("bad addr or host"), so the daemon
/// depends on DNS (or /etc/hosts) at boot, and binds to whatever the name resolves to at that moment.
/// </summary>
/// <remarks><c>localhost</c> is accepted: it resolves from /etc/hosts without DNS on every system.</remarks>
public sealed class ListenAddressHostnameRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1011", "listen-address-hostname", "ListenAddress with a host name",
        "ListenAddress {0} is a host name: sshd resolves it at startup and refuses to start when it does not resolve", DiagnosticSeverity.Warning,
        DiagnosticTags.None, FixAvailability.None);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var line in context.Model.Directives)
        {
            if (!line.SetsValue || line.SettingName != "ListenAddress" || line.Value is not ListenAddressValue value) continue;
            if (IsAddress(value.Host) || value.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) continue;
            var token = line.Syntax.Arguments.FirstOrDefault();
            var location = token is null ? line.Location : line.File.Tree.GetLocation(token.Span);
            context.Report(location, [value.Host]);
        }
    }

    /// <summary>A numeric IPv4 or IPv6 address (an IPv6 zone such as <c>%eth0</c> allowed).</summary>
    private static bool IsAddress(string host)
    {
        if (System.Net.IPAddress.TryParse(host, out _)) return true;
        int zone = host.IndexOf('%');
        return zone > 0 && host.Contains(':') && System.Net.IPAddress.TryParse(host[..zone], out _);
    }
}
