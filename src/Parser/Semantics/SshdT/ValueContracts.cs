// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Parser.Semantics.SshdT;

/// <summary>
/// What <see cref="SshdTWriter"/> needs from a parsed <c>ListenAddress</c> value. The ListenAddress
/// <see cref="Values.SettingValue"/> implements it; the writer combines it with the Port lines, because
/// sshd prints one <c>listenaddress</c> line per (address, port) pair.
/// </summary>
public interface IListenAddressValue
{
    /// <summary>The host as written, without brackets or port: <c>0.0.0.0</c>, <c>::1</c>, <c>localhost</c>.</summary>
    string Host { get; }

    /// <summary>The port given on the line (<c>host:port</c>, <c>[v6]:port</c>, a service name already resolved); null when the line has none and every Port applies.</summary>
    int? Port { get; }

    /// <summary>The routing domain from <c>rdomain NAME</c>; null when none.</summary>
    string? RDomain { get; }
}

/// <summary>What <see cref="SshdTWriter"/> needs from a parsed <c>Port</c> value (service names already resolved, e.g. <c>ssh</c> → 22).</summary>
public interface IPortValue
{
    /// <summary>The port number, 1–65535.</summary>
    int Port { get; }
}

/// <summary>
/// A value whose components are first-wins independently (RekeyLimit's size and interval,
/// PerSourcePenalties' keys): <see cref="IEffectiveSettings.Values"/> yields every line's value and the writer
/// folds them with <see cref="CombineWith"/> before printing one line.
/// </summary>
public interface IPerComponentValue
{
    /// <summary>
    /// This value (read earlier) combined with <paramref name="later"/>: every component this value sets is
    /// kept, the components it leaves unset come from <paramref name="later"/>.
    /// </summary>
    Values.SettingValue CombineWith(Values.SettingValue later);
}
