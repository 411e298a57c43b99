// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Sessions;

/// <summary>
/// SSHD2049: TCP keepalives are on although the encrypted client-alive check already detects dead clients (catalog
/// C-60). Lynis and dev-sec want <c>TCPKeepAlive no</c> because TCP keepalives are unauthenticated and can be spoofed;
/// but without ClientAliveInterval they are the only way a dead peer is noticed, so the advice is contested
/// (CISOfy/lynis#604). The rule therefore reports only when the global ClientAliveInterval is above 0 and
/// ClientAliveCountMax does not turn the disconnect off (0 on 8.2+), and only under strict.
/// </summary>
public sealed class TcpKeepAliveEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2049", "tcp-keepalive", "Spoofable TCP keepalives next to client-alive probes",
        "TCPKeepAlive {0} sends unauthenticated keepalives although ClientAliveInterval {1} already detects dead clients", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        // TCPKeepAlive is global only; the client-alive values that matter are therefore the global ones too (a
        // Match block that turns probing on leaves every other connection relying on TCP keepalives).
        var keepAlive = context.Global("TCPKeepAlive");
        if (keepAlive.Flag() != true) return;
        var interval = context.Global("ClientAliveInterval");
        if (interval.Seconds() is not int seconds || seconds == 0) return;
        if (context.Target.Version.AtLeast(8, 2) && context.Global("ClientAliveCountMax").Integer() == 0) return;
        var fix = ScopedFix.Set(context, null, keepAlive, "TCPKeepAlive", "no", "Set TCPKeepAlive to no", FixApplicability.Unsafe);
        context.Report(keepAlive, [keepAlive.Text(), seconds.ToString(CultureInfo.InvariantCulture)], [fix]);
    }
}
