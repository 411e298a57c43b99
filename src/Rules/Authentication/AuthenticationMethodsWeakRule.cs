// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2005: an AuthenticationMethods list that a password alone satisfies (catalog C-24): <c>password</c>,
/// <c>keyboard-interactive</c> (a PAM prompt), or <c>none</c>, without publickey, hostbased or gssapi-with-mic in
/// the same comma-separated list. A space separates alternatives, so <c>publickey keyboard-interactive</c> (meant
/// as <c>publickey,keyboard-interactive</c>) is the classic slip. Lists naming a method the scope has disabled are
/// skipped, as sshd skips them; a value nothing can satisfy is sshd's own error (SSHD0xxx), not this rule's.
/// </summary>
public sealed class AuthenticationMethodsWeakRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2005", "authentication-methods-weak", "AuthenticationMethods accepts a password alone",
        "AuthenticationMethods list {0} requires no key, so a password alone is enough{1}", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var settings = new ScopedSettings(context);
        foreach (var occurrence in context.Occurrences("AuthenticationMethods"))
        {
            if (occurrence.Line is not { } line || occurrence.Value is not AuthenticationMethodsValue { IsAny: false } value) continue;
            var weak = new List<int>();
            for (int i = 0; i < value.Methods.Count; i++)
            {
                var list = value.Methods[i];
                if (!AuthenticationFacts.IsWeakList(list)) continue;
                if (!list.All(m => m.Name == "none"
                        ? settings.IsYes("PermitEmptyPasswords", occurrence.Scope)
                        : AuthenticationFacts.MethodEnabled(settings, m.Name, occurrence.Scope))) continue;
                weak.Add(i);
            }
            if (weak.Count == 0) continue;

            string quoted = string.Join(", ", weak.Select(i => $"\"{value.Lists[i]}\""));
            // "publickey keyboard-interactive": a one-method weak list next to other lists reads like a missing comma.
            bool looksLikeMissingComma = value.Lists.Count > 1 && weak.Any(i => value.Methods[i].Count == 1);
            string hint = looksLikeMissingComma ? " (a space separates alternatives; a comma joins methods that are all required)" : "";

            var strong = Enumerable.Range(0, value.Lists.Count).Where(i => !weak.Contains(i)).Select(i => value.Lists[i]).ToList();
            var fix = strong.Count > 0
                ? FixBuilder.ReplaceValue(line, string.Join(' ', strong), $"Remove {quoted} from AuthenticationMethods", FixApplicability.Dangerous)
                : FixBuilder.ReplaceValue(line, "publickey", "Set AuthenticationMethods to publickey", FixApplicability.Dangerous);
            context.Report(occurrence, [quoted, hint], [fix]);
        }
    }
}
