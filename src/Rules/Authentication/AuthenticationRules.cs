// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Rules.Authentication;

/// <summary>The rules of the authentication category; register each new rule here.</summary>
internal static class AuthenticationRules
{
    public static IEnumerable<Rule> All() =>
    [
        new PermitRootLoginEnabledRule(),
        new PasswordAuthenticationEnabledRule(),
        new KeyboardInteractivePasswordsRule(),
        new PermitEmptyPasswordsRule(),
        new AuthenticationMethodsWeakRule(),
        new PubkeyAuthenticationDisabledRule(),
        new HostbasedAuthenticationEnabledRule(),
        new HostbasedUsesNameFromPacketRule(),
        new IgnoreRhostsDisabledRule(),
        new IgnoreUserKnownHostsDisabledRule(),
        new GssapiAuthenticationEnabledRule(),
        new KerberosAuthenticationEnabledRule(),
        new KerberosOrLocalPasswdRule(),
        new PamDisabledRule(),
        new CredentialCleanupDisabledRule(),
    ];
}
