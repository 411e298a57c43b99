// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// What the authentication rules share: which methods a connection in a scope can use, and how to fix a setting
/// where its occurrence takes effect.
/// </summary>
internal static class AuthenticationFacts
{
    /// <summary>Methods that prove possession of a key or a Kerberos ticket, not just knowledge of a secret.</summary>
    private static readonly HashSet<string> StrongMethods = new(StringComparer.Ordinal) { "publickey", "hostbased", "gssapi-with-mic" };

    /// <summary>
    /// True when keyboard-interactive authentication is on in <paramref name="scope"/>. Since 8.7
    /// ChallengeResponseAuthentication is an alias of KbdInteractiveAuthentication (default yes). Before 8.7 they were
    /// two flags: KbdInteractiveAuthentication defaulted to no, and sshd turned it on whenever the global
    /// ChallengeResponseAuthentication (default yes) was on, so an absent KbdInteractiveAuthentication line defers to it.
    /// </summary>
    public static bool KeyboardInteractiveEnabled(ScopedSettings settings, MatchScope? scope)
    {
        if (settings.Context.Target.Version.AtLeast(8, 7)) return settings.IsYes("KbdInteractiveAuthentication", scope);
        var kbd = settings.Get("KbdInteractiveAuthentication", scope);
        if (!kbd.IsDefault) return kbd.Word == "yes";
        return settings.IsYes("ChallengeResponseAuthentication", null);
    }

    /// <summary>The AuthenticationMethods value in force for <paramref name="scope"/>; null means <c>any</c>.</summary>
    public static AuthenticationMethodsValue? Methods(ScopedSettings settings, MatchScope? scope) =>
        settings.Get("AuthenticationMethods", scope).Value is AuthenticationMethodsValue { IsAny: false } value ? value : null;

    /// <summary>
    /// True when a login can complete with <paramref name="method"/> as its only real step: AuthenticationMethods is
    /// <c>any</c>, or one of its lists contains nothing but that method (and the trivial <c>none</c>).
    /// </summary>
    public static bool AllowsAlone(AuthenticationMethodsValue? methods, string method)
    {
        if (methods is null) return true;
        foreach (var list in methods.Methods)
        {
            if (list.Any(m => m.Name == method) && list.All(m => m.Name == method || m.Name == "none")) return true;
        }
        return false;
    }

    /// <summary>True for a list that contains no method proving a key or a ticket.</summary>
    public static bool IsWeakList(IReadOnlyList<AuthMethod> list) => list.Count > 0 && !list.Any(m => StrongMethods.Contains(m.Name));

    /// <summary>True when sshd has <paramref name="method"/> enabled for <paramref name="scope"/> (sshd skips a list naming a disabled method).</summary>
    public static bool MethodEnabled(ScopedSettings settings, string method, MatchScope? scope) => method switch
    {
        "password" => settings.IsYes("PasswordAuthentication", scope),
        "keyboard-interactive" => KeyboardInteractiveEnabled(settings, scope),
        "publickey" => settings.IsYes("PubkeyAuthentication", scope),
        "hostbased" => settings.IsYes("HostbasedAuthentication", scope),
        "gssapi-with-mic" => settings.IsYes("GSSAPIAuthentication", scope),
        _ => true,
    };

    /// <summary>
    /// The fix that gives <paramref name="keyword"/> the value <paramref name="value"/> where the occurrence takes
    /// effect: inside its Match block, else on the winning global line (or a new line above the first Match).
    /// </summary>
    public static CodeFix Set(RuleContext context, SettingOccurrence occurrence, string keyword, string value, FixApplicability applicability)
    {
        string title = $"Set {keyword} to {value}";
        return occurrence.Scope is { } scope
            ? FixBuilder.SetInBlock(scope, occurrence.Line, keyword, value, title, applicability)
            : FixBuilder.SetGlobal(context, keyword, value, title, applicability);
    }

    /// <summary>
    /// Reports every occurrence (global value, then each Match block) whose first argument is one of
    /// <paramref name="badWords"/>, with a fix setting <paramref name="goodValue"/>. Skips keywords the target does not know.
    /// </summary>
    public static void ReportWords(RuleContext context, string keyword, string[] badWords, string goodValue, FixApplicability applicability, Func<SettingOccurrence, object?[]> args)
    {
        if (!context.Knows(keyword)) return;
        foreach (var occurrence in context.Occurrences(keyword))
        {
            if (Array.IndexOf(badWords, occurrence.Word) < 0) continue;
            context.Report(occurrence, args(occurrence), [Set(context, occurrence, keyword, goodValue, applicability)]);
        }
    }
}
