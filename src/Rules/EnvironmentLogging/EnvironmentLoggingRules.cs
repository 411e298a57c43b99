// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>The rules of the environment, logging, files and SFTP category; register each new rule here.</summary>
internal static class EnvironmentLoggingRules
{
    public static IEnumerable<Rule> All() =>
    [
        new PermitUserEnvironmentRule(),
        new AcceptEnvDangerousRule(),
        new LogLevelTooLowRule(),
        new SyslogFacilityRule(),
        new StrictModesDisabledRule(),
        new UseDnsEnabledRule(),
        new SftpWithoutChrootRule(),
        new RestrictedBlockAllowsForwardingRule(),
        new AuthorizedKeysCommandAsRootRule(),
        new VersionAddendumRule(),
        new DebianBannerRule(),
        new PrintLastLogDisabledRule(),
        new LogLevelDebugRule(),
    ];
}
