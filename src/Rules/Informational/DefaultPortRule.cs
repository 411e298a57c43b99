// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Informational;

/// <summary>
/// SSHD4002: sshd listens on port 22. Contested (catalog C-90): another port only reduces log noise from
/// scanners, so the rule is a hint, off by default and on under strict.
/// </summary>
public sealed class DefaultPortRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD4002", "default-port", "Default SSH port",
        "{0} is the standard SSH port, the first one scanners try", DiagnosticSeverity.Hint,
        DiagnosticTags.None, FixAvailability.None, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override RuleSetting? ForProfile(string profile) => profile switch
    {
        "strict" => new RuleSetting(true),
        _ => null,
    };

    public override void Analyze(RuleContext context)
    {
        var ports = context.Startup.Get("Port").Sources;
        var listen = context.Startup.Get("ListenAddress").Sources;
        // Port lines matter only for ListenAddress lines without their own port (or when there are none).
        bool portsUsed = listen.Count == 0 || listen.Any(l => l.Value is ListenAddressValue { Port: null });
        if (portsUsed)
        {
            if (ports.Count == 0)
                context.Report(context.Global("Port"), ["Port 22"]);
            foreach (var line in ports)
                if (line.Value is PortValue { Number: 22 }) context.Report(line.Location, [$"Port {line.Syntax.ArgumentValues[0]}"]);
        }
        foreach (var line in listen)
            if (line.Value is ListenAddressValue { Port: 22 }) context.Report(line.Location, [$"ListenAddress {line.Syntax.ArgumentValues[0]}"]);
    }
}
