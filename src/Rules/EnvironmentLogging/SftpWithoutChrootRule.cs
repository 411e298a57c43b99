// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Authentication;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2086: users limited to SFTP (<c>ForceCommand internal-sftp</c>) are not confined to a directory (catalog C-85;
/// sektioneins/sshdcc "SFTP without chroot"). Looks at the global scope and at every Match block that sets
/// ForceCommand or ChrootDirectory, with the value in force for that block (<c>ChrootDirectory none</c> in a block
/// clears a global one, 7.2+). No fix: the directory needs a human decision and root-owned parents.
/// </summary>
public sealed class SftpWithoutChrootRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2086", "sftp-without-chroot", "SFTP-only users not confined to a directory",
        "ForceCommand {0} limits users to SFTP but ChrootDirectory is none, so they can reach every file their account can read", DiagnosticSeverity.Warning,
        DiagnosticTags.Security, FixAvailability.None);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var settings = new ScopedSettings(context);
        bool globalFinding = IsFinding(settings, null);
        if (globalFinding)
        {
            var fc = settings.Global("ForceCommand");
            context.Report(fc, [Command(fc)]);
        }
        foreach (var scope in settings.ScopesSetting("ForceCommand", "ChrootDirectory"))
        {
            if (!IsFinding(settings, scope)) continue;
            var own = settings.InBlock("ForceCommand", scope);
            if (own is null && globalFinding) continue; // the block changes nothing the global finding does not cover
            var at = own ?? settings.InBlock("ChrootDirectory", scope)!;
            context.Report(at, [Command(settings.Get("ForceCommand", scope))]);
        }
    }

    private static bool IsFinding(ScopedSettings settings, MatchScope? scope) =>
        IsInternalSftp(settings.Get("ForceCommand", scope)) && IsNone(settings.Get("ChrootDirectory", scope));

    internal static bool IsInternalSftp(SettingOccurrence forceCommand) =>
        forceCommand.Value is CommandValue { IsNone: false } command && FirstWord(command.CommandLine) == "internal-sftp";

    private static bool IsNone(SettingOccurrence chroot) =>
        chroot.Value is null or PathValue { IsNone: true } || chroot.Word is "" or "none";

    private static string Command(SettingOccurrence forceCommand) =>
        forceCommand.Value is CommandValue command ? command.CommandLine : string.Join(' ', forceCommand.Arguments);

    private static string FirstWord(string commandLine)
    {
        var span = commandLine.AsSpan().TrimStart();
        int end = span.IndexOfAny(' ', '\t');
        return (end < 0 ? span : span[..end]).ToString();
    }
}
