// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2089: text appended to the protocol banner (catalog C-82). Off by default (it is the administrator's own
/// text), on under <c>strict</c>. Global only; the value is the raw rest of the line.
/// </summary>
public sealed class VersionAddendumRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2089", "version-addendum", "Extra text in the protocol banner",
        "VersionAddendum \"{0}\" is sent to every client before it logs in", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always, enabledByDefault: false);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("VersionAddendum"))
        {
            if (occurrence.IsDefault || occurrence.Value is not TextValue { Text.Length: > 0 } text) continue;
            if (text.Text.Equals("none", StringComparison.OrdinalIgnoreCase)) continue;
            context.Report(occurrence, [text.Text],
                [AuthenticationFacts.Set(context, occurrence, "VersionAddendum", "none", FixApplicability.Unsafe)]);
        }
    }
}
