// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2088: AuthorizedKeysCommand or AuthorizedPrincipalsCommand runs as root (catalog C-87). Reported where the
/// matching command is set (sshd requires the user whenever the command is set, and ignores it otherwise). No fix:
/// the dedicated account has to exist.
/// </summary>
public sealed class AuthorizedKeysCommandAsRootRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2088", "authorized-keys-command-as-root", "Key lookup command runs as root",
        "{0} root runs {1} as root for every login attempt, before authentication", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.None);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var settings = new ScopedSettings(context);
        Check(context, settings, "AuthorizedKeysCommandUser", "AuthorizedKeysCommand");
        Check(context, settings, "AuthorizedPrincipalsCommandUser", "AuthorizedPrincipalsCommand");
    }

    private static void Check(RuleContext context, ScopedSettings settings, string userKeyword, string commandKeyword)
    {
        if (!context.Knows(userKeyword) || !context.Knows(commandKeyword)) return;
        foreach (var occurrence in context.Occurrences(userKeyword))
        {
            if (occurrence.IsDefault || occurrence.Arguments.Count == 0 || occurrence.Arguments[0] != "root") continue;
            string command = settings.Word(commandKeyword, occurrence.Scope);
            if (command is "" or "none") continue;
            context.Report(occurrence, [userKeyword, commandKeyword]);
        }
    }
}
