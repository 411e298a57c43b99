// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2030: <c>Compression yes</c> on a target before 7.4, where it starts zlib before authentication and exposes
/// the decompressor to unauthenticated clients. Catalog C-54.
/// </summary>
/// <remarks>
/// OpenSSH 7.4 removed pre-authentication compression: <c>yes</c> now means <c>delayed</c> (after authentication), so the
/// rule is silent on 7.4+, where the setting is moot (CISOfy/lynis#1291). The default before 7.4 was already
/// <c>delayed</c>, so only a line can trigger it.
/// </remarks>
public sealed class CompressionPreAuthRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2030", "compression-pre-auth", "Compression before authentication",
        "Compression {0} starts compression before the client has authenticated", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        if (context.Target.Version.AtLeast(7, 4)) return;
        foreach (var occurrence in context.Occurrences("Compression"))
        {
            if (occurrence.Line is not { } line || occurrence.Word != "yes") continue;
            // UNSAFE (catalog C-54): compression still happens, only after authentication.
            var fix = FixBuilder.ReplaceValue(line, "delayed", "Set Compression to delayed", FixApplicability.Unsafe);
            context.Report(occurrence, [occurrence.Arguments[0]], [fix]);
        }
    }
}
