// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Semantics;

/// <summary>
/// The values a target sshd would use, after precedence (first-wins and its exceptions) and, when a
/// connection is given, Match evaluation. The input of <c>sshd -T</c> rendering and of rules.
/// </summary>
public interface IEffectiveSettings
{
    /// <summary>The sshd the configuration is read for.</summary>
    Target Target { get; }

    /// <summary>
    /// The parsed values of the lines that set <paramref name="canonicalKeyword"/>, in the order they take
    /// effect; empty when no line sets it (the target's compiled-in default applies).
    /// </summary>
    /// <remarks>
    /// First-wins and last-wins keywords yield at most one value. Accumulating keywords (Port, HostKey,
    /// AllowUsers, AcceptEnv, …) yield one value per contributing line. Subsystem yields one value per
    /// distinct name (first kept). Per-component keywords (RekeyLimit, PerSourcePenalties) yield every
    /// line's value in read order; the value type merges components first-wins.
    /// </remarks>
    IReadOnlyList<SettingValue> Values(string canonicalKeyword);
}
