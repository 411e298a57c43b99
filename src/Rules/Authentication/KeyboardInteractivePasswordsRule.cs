// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Authentication;

/// <summary>
/// SSHD2003: the "UsePAM loophole" (catalog C-23 with C-36). With <c>UsePAM yes</c>, keyboard-interactive
/// authentication runs the PAM stack, which normally asks for the account password; so turning
/// <c>PasswordAuthentication</c> off does not stop password logins while keyboard-interactive stays on (its default).
/// Reported only where password logins are otherwise off, and only when AuthenticationMethods is <c>any</c>: an
/// explicit list such as <c>publickey,keyboard-interactive</c> is multi-factor, and an explicit
/// <c>keyboard-interactive</c> list is a deliberate choice (see SSHD2005).
/// </summary>
public sealed class KeyboardInteractivePasswordsRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2003", "keyboard-interactive-passwords", "PAM keyboard-interactive still accepts passwords",
        "{0} {1} with UsePAM yes still lets PAM accept passwords although PasswordAuthentication is no", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    private static readonly string[] ScopeKeywords = ["KbdInteractiveAuthentication", "PasswordAuthentication", "AuthenticationMethods"];

    public override void Analyze(RuleContext context)
    {
        // Without PAM, keyboard-interactive has no password device on the platforms sshd_config(5) targets here.
        if (!context.Knows("UsePAM") || context.Global("UsePAM").Word != "yes") return;
        var settings = new ScopedSettings(context);
        bool globalFinding = IsFinding(settings, null);
        if (globalFinding) Report(settings, null, KbdOccurrence(settings, null));
        foreach (var scope in settings.ScopesSetting(ScopeKeywords))
        {
            if (!IsFinding(settings, scope)) continue;
            var own = settings.InBlock("KbdInteractiveAuthentication", scope);
            // A block that only repeats the global situation is already covered by the global finding.
            if (own is null && globalFinding) continue;
            var at = own ?? settings.InBlock("PasswordAuthentication", scope) ?? settings.InBlock("AuthenticationMethods", scope)!;
            Report(settings, scope, at);
        }
    }

    private static bool IsFinding(ScopedSettings settings, MatchScope? scope) =>
        AuthenticationFacts.KeyboardInteractiveEnabled(settings, scope)
        && settings.Word("PasswordAuthentication", scope) == "no"
        && AuthenticationFacts.Methods(settings, scope) is null;

    /// <summary>The occurrence that turns keyboard-interactive on: KbdInteractiveAuthentication, or before 8.7 possibly ChallengeResponseAuthentication.</summary>
    private static SettingOccurrence KbdOccurrence(ScopedSettings settings, MatchScope? scope)
    {
        var kbd = settings.Get("KbdInteractiveAuthentication", scope);
        if (settings.Context.Target.Version.AtLeast(8, 7) || !kbd.IsDefault) return kbd;
        return settings.Global("ChallengeResponseAuthentication");
    }

    private static void Report(ScopedSettings settings, MatchScope? scope, SettingOccurrence at)
    {
        var context = settings.Context;
        var cause = KbdOccurrence(settings, scope);
        string keyword = cause.Line?.Syntax.KeywordText ?? cause.Keyword;
        const string title = "Set KbdInteractiveAuthentication to no";
        CodeFix fix;
        if (scope is not null)
        {
            fix = FixBuilder.SetInBlock(scope, settings.InBlock("KbdInteractiveAuthentication", scope)?.Line, "KbdInteractiveAuthentication", "no", title, FixApplicability.Dangerous);
        }
        else if (context.Target.Version.AtLeast(8, 7))
        {
            fix = FixBuilder.SetGlobal(context, "KbdInteractiveAuthentication", "no", title, FixApplicability.Dangerous);
        }
        else
        {
            // Before 8.7 ChallengeResponseAuthentication (global only) switches keyboard-interactive on by itself; turn
            // both off. Only an explicit KbdInteractiveAuthentication line needs an edit (its default is no).
            var edits = new List<FileTextEdit>(FixBuilder.SetGlobal(context, "ChallengeResponseAuthentication", "no", title, FixApplicability.Dangerous).Edits);
            var kbd = settings.Global("KbdInteractiveAuthentication");
            if (kbd.Line is { Scope: null } line && kbd.Word == "yes") edits.Add(FixBuilder.ReplaceValueEdit(line, "no"));
            fix = new CodeFix("Set ChallengeResponseAuthentication and KbdInteractiveAuthentication to no", FixApplicability.Dangerous, edits);
        }
        context.Report(at, [keyword, cause.Word], [fix]);
    }
}
