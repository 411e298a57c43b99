// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Sessions;

/// <summary>The rules of the sessions category; register each new rule here.</summary>
internal static class SessionsRules
{
    public static IEnumerable<Rule> All() =>
    [
        new MaxAuthTriesTooHighRule(),
        new LoginGraceTimeTooLongRule(),
        new MaxStartupsTooHighRule(),
        new PerSourcePenaltiesDisabledRule(),
        new PerSourceMaxStartupsUnlimitedRule(),
        new MaxSessionsTooHighRule(),
        new ClientAliveDisabledRule(),
        new ClientAliveCountMaxTooHighRule(),
        new IdleTimeoutsNotSetRule(),
        new TcpKeepAliveEnabledRule(),
    ];
}
