// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1006: a line sshd accepts inside a Match block but never applies there (semantics.md §4.1).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>PAMServiceName</c> (9.8+): accepted in Match, but copy_set_server_options never copies it, so every
/// connection uses the global value (observed on 10.5; absent from COPY_MATCH_STRING_OPTS in every release).</item>
/// <item><c>SetEnv</c> before 8.5: accepted in Match, copied only from 8.5.</item>
/// <item>A keyword that cannot be set per connection, inside <c>Match All</c> (or a matching <c>Match Version</c>)
/// after a line that already set it: the block applies at startup, where the first value wins, and nothing copies
/// the keyword per connection. Such a line is often written in the belief that Match All overrides the
/// global section, which is true only for keywords allowed in Match.</item>
/// </list>
/// Removing the line is safe: sshd never uses it.
/// </remarks>
public sealed class IgnoredInMatchRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1006", "ignored-in-match", "Setting that a Match block cannot change",
        "{0} in {1} has no effect: {2}", DiagnosticSeverity.Warning,
        DiagnosticTags.Unnecessary, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        var target = context.Target;
        foreach (var line in context.Model.Directives)
        {
            if (line.Scope is not { } scope || line.ActiveAtStartup || !line.SetsValue) continue;
            string? why = line.SettingName switch
            {
                "PAMServiceName" => "sshd accepts PAMServiceName in a Match block but always uses the global value",
                "SetEnv" when !target.Version.AtLeast(8, 5) => $"OpenSSH {target.Version} accepts SetEnv in a Match block but applies it only from 8.5",
                _ => null,
            };
            if (why is null) continue;
            Report(context, line, scope, why);
        }

        foreach (var s in ShadowAnalysis.Find(context.Model))
        {
            if (s.Kind != ShadowKind.NotCopiedFromMatch || s.Line.Scope is not { } scope) continue;
            string where = DirectiveText.Reference(s.Winner, s.Line.File);
            string reason = s.Line.SettingName == "PAMServiceName" || s.Line.Keyword?.AllowedInMatch == true
                ? "no Match block can change it per connection"
                : $"{s.Line.SettingName} cannot be set per connection";
            Report(context, s.Line, scope, $"{reason}, and {where} already sets it at startup ({DirectiveText.RawArguments(s.Winner)})",
                new RelatedLocation(s.Winner.Location, "sshd keeps this value"));
        }
    }

    private static void Report(RuleContext context, BoundDirective line, MatchScope scope, string why, RelatedLocation? winner = null)
    {
        var related = new List<RelatedLocation> { new(scope.Header.Location, $"for connections matching {scope}") };
        if (winner is not null) related.Insert(0, winner);
        var fix = FixBuilder.DeleteLine(line, "Remove the ignored line");
        context.Report(line.Location, [DirectiveText.Display(line), scope.ToString(), why], [fix], related);
    }
}
