// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Cryptography;

/// <summary>
/// SSHD2029: FingerprintHash logs key fingerprints with MD5 (or the undocumented SHA-1, which sshd also accepts).
/// The default is SHA256. Catalog C-53.
/// </summary>
/// <remarks>
/// FingerprintHash is one of the few keywords where the last line read wins (servconf.c has no first-wins guard), which
/// <see cref="RuleContext.Global"/> already accounts for.
/// </remarks>
public sealed class FingerprintHashMd5Rule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2029", "fingerprint-hash-md5", "Key fingerprints logged with a weak hash",
        "FingerprintHash {0} logs key fingerprints with a collision-prone hash", DiagnosticSeverity.Info,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var occurrence in context.Occurrences("FingerprintHash"))
        {
            if (occurrence.Word is not ("md5" or "sha1")) continue;
            // UNSAFE (catalog C-53): log parsers and key inventories that match MD5 fingerprints stop matching.
            var fix = occurrence.Line is { } line
                ? FixBuilder.ReplaceValue(line, "sha256", "Set FingerprintHash to sha256", FixApplicability.Unsafe)
                : null;
            context.Report(occurrence, [occurrence.Arguments[0]], fix is null ? null : [fix]);
        }
    }
}
