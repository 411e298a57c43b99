// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Deprecated;

/// <summary>
/// SSHD3007: SSH protocol 1 enabled (<c>Protocol 1</c>, <c>2,1</c> or <c>1,2</c>) on a target that still reads
/// the keyword (7.0–7.3; 7.4 removed the SSH-1 server and ignores Protocol). Catalog C-02.
/// </summary>
public sealed class Protocol1EnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD3007", "protocol-1-enabled", "SSH protocol 1 enabled",
        "Protocol {0} enables SSH protocol 1, which is cryptographically broken", DiagnosticSeverity.Error,
        DiagnosticTags.Security | DiagnosticTags.Deprecated, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (context.Target.Version.AtLeast(7, 4) || !context.Knows("Protocol")) return;
        var occurrence = context.Global("Protocol");
        if (occurrence.Line is null) return; // the 7.0–7.3 default is 2
        string value = string.Join(" ", occurrence.Arguments);
        if (!value.Split(',', StringSplitOptions.TrimEntries).Contains("1")) return;
        var fix = FixBuilder.SetGlobal(context, "Protocol", "2", "Set Protocol to 2", FixApplicability.Unsafe);
        context.Report(occurrence, [value], [fix]);
    }
}
