// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2002: users can log in with a password alone (catalog C-22). <c>PasswordAuthentication</c> defaults to
/// <c>yes</c> in every release, so a file that never mentions it is a finding too. Not reported where
/// AuthenticationMethods makes every login path need something besides the password (<c>publickey,password</c>).
/// </summary>
public sealed class PasswordAuthenticationEnabledRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2002", "password-authentication", "Password authentication enabled",
        "PasswordAuthentication {0} lets users log in with a password alone", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var settings = new ScopedSettings(context);
        foreach (var occurrence in context.Occurrences("PasswordAuthentication"))
        {
            if (occurrence.Word != "yes") continue;
            // AuthenticationMethods "publickey,password" (or any list that pairs the password with another method)
            // makes the password a second factor, which is not what this rule is about.
            if (!AuthenticationFacts.AllowsAlone(AuthenticationFacts.Methods(settings, occurrence.Scope), "password")) continue;
            context.Report(occurrence, [occurrence.Word],
                [AuthenticationFacts.Set(context, occurrence, "PasswordAuthentication", "no", FixApplicability.Dangerous)]);
        }
    }
}
