// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2092: debug logging (catalog C-76, "never DEBUG*"; sektioneins/sshdcc). sshd_config(5) itself warns that DEBUG
/// levels violate users' privacy. Separate from <c>log-level-too-low</c> because it is a privacy notice, not a gap in
/// the audit trail.
/// </summary>
public sealed class LogLevelDebugRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2092", "log-level-debug", "Debug logging enabled",
        "LogLevel {0} writes users' private session details to the log", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("LogLevel"))
        {
            if (!LogLevels.IsDebug(occurrence.Word)) continue;
            // VERBOSE keeps the key fingerprints that debugging is usually after and satisfies every profile's minimum.
            context.Report(occurrence, [occurrence.Word.ToUpperInvariant()],
                [AuthenticationFacts.Set(context, occurrence, "LogLevel", "VERBOSE", FixApplicability.Unsafe)]);
        }
    }
}
