// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Values;
using SshdLint.Rules.Fixes;

namespace SshdLint.Rules.EnvironmentLogging;

/// <summary>
/// SSHD2081: AcceptEnv lets clients send variables that change what the session runs (catalog C-74): <c>*</c>,
/// <c>LD_*</c>, <c>DYLD_*</c>, <c>PATH</c>, <c>IFS</c>, <c>BASH_ENV</c>, <c>ENV</c>. AcceptEnv accumulates (every line
/// adds patterns, and Match blocks replace the list for their connections), so every line that sshd reads is checked
/// on its own. Each argument is one <c>match_pattern</c> pattern: no commas, no negation (session.c).
/// </summary>
public sealed class AcceptEnvDangerousRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD2081", "accept-env-dangerous", "AcceptEnv accepts dangerous variables",
        "AcceptEnv {0} accepts {1} from clients", DiagnosticSeverity.Error,
        DiagnosticTags.Security, FixAvailability.Always);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override void Analyze(RuleContext context)
    {
        foreach (var line in context.Model.Directives)
        {
            if (!line.SetsValue || line.SettingName != "AcceptEnv" || line.Value is not PatternListValue value) continue;
            var bad = new List<string>();
            var names = new List<string>();
            foreach (var pattern in value.Items)
            {
                var matched = DangerousEnvironment.MatchedBy(pattern);
                if (matched.Count == 0) continue;
                bad.Add(pattern);
                foreach (var n in matched) if (!names.Contains(n)) names.Add(n);
            }
            if (bad.Count == 0) continue;

            var keep = value.Items.Where(p => !bad.Contains(p)).ToList();
            string title = $"Remove {string.Join(" ", bad)} from AcceptEnv";
            var fix = keep.Count > 0
                ? FixBuilder.ReplaceValue(line, string.Join(' ', keep), title, FixApplicability.Unsafe)
                : FixBuilder.DeleteLine(line, title, FixApplicability.Unsafe);
            // Global lines and Match All lines apply at startup; name the block otherwise.
            var scope = line.ActiveAtStartup ? null : line.Scope;
            var occurrence = new SettingOccurrence("AcceptEnv", scope, line, value, false) { Arguments = line.Syntax.ArgumentValues };
            context.Report(occurrence, [string.Join(" ", bad), DangerousEnvironment.Describe(names)], [fix]);
        }
    }
}
