// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Cryptography;

/// <summary>The rules of the cryptography category; register each new rule here.</summary>
internal static class CryptographyRules
{
    public static IEnumerable<Rule> All() =>
    [
        new WeakCiphersRule(),
        new WeakMacsRule(),
        new WeakKexRule(),
        new NoPostQuantumKexRule(),
        new WeakHostKeyAlgorithmsRule(),
        new WeakPubkeyAlgorithmsRule(),
        new WeakHostKeyFileRule(),
        new RequiredRsaSizeRule(),
        new RekeyLimitRule(),
        new FingerprintHashMd5Rule(),
        new CompressionPreAuthRule(),
    ];
}
