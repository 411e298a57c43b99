// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;

namespace SshdLint.Rules.Structure;

/// <summary>
/// SSHD1007: an Include argument that names no existing file. sshd says nothing about it (glob(3) returns
/// GLOB_NOMATCH and servconf.c only logs at debug level; semantics.md §6), so a typo in the path hides the
/// settings the file was meant to add. Catalog C-08.
/// </summary>
/// <remarks>
/// Only literal paths are reported by default: a wildcard that matches nothing is normal (Debian and Ubuntu ship
/// <c>Include /etc/ssh/sshd_config.d/*.conf</c> with an empty directory). Set <c>report-wildcards</c> to report
/// those too. The check reads the file system the linter runs on (or the sysroot), which may differ from the
/// server's.
/// </remarks>
public sealed class IncludeMatchesNothingRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor_ = Descriptors.Create(
        "SSHD1007", "include-matches-nothing", "Include that matches no file",
        "Include {0} matches no file{1}, and sshd ignores it silently", DiagnosticSeverity.Info,
        DiagnosticTags.None, FixAvailability.None);

    public override DiagnosticDescriptor Descriptor => Descriptor_;

    public override IReadOnlyDictionary<string, object> DefaultOptions { get; } = new Dictionary<string, object>
    {
        ["report-wildcards"] = false,
    };

    public override void Analyze(RuleContext context)
    {
        bool reportWildcards = context.Options.GetBool("report-wildcards", false);
        var model = context.Model;
        var byInclude = model.Files.Where(f => f.IncludedBy is not null).ToLookup(f => f.IncludedBy!, f => f.Path);
        // Problems the binder reported at an Include argument (a directory, an unreadable file, a cycle).
        var reported = model.Diagnostics.Where(d => d.Descriptor == StructuralDescriptors.IncludeProblem || d.Descriptor == StructuralDescriptors.InvalidValue)
            .ToLookup(d => d.Location.Path, d => d.Location.Span, StringComparer.Ordinal);
        foreach (var include in model.Directives)
        {
            if (include.Syntax.Kind != SyntaxKind.IncludeDirective) continue;
            var included = byInclude[include].ToList();
            var args = include.Syntax.Arguments.ToList();
            foreach (var arg in args)
            {
                string pattern = arg.ValueText;
                if (pattern.Length == 0) continue;
                bool wildcard = Glob.HasMagic(pattern);
                if (wildcard && !reportWildcards) continue;
                if (reported[include.File.Path].Any(span => span.OverlapsWith(arg.Span))) continue;
                if (Matched(model, pattern, wildcard, included, args.Count)) continue;
                string sshdPath = pattern.StartsWith('/') || pattern.StartsWith('~') ? pattern : "/etc/ssh/" + pattern;
                string shown = sshdPath == pattern ? "" : $" ({sshdPath}: relative paths are read from /etc/ssh)";
                context.Report(include.File.Tree.GetLocation(arg.Span), [pattern, shown]);
            }
        }
    }

    /// <summary>True when some file read through this Include came from <paramref name="pattern"/>.</summary>
    private static bool Matched(ConfigModel model, string pattern, bool wildcard, List<string> included, int argumentCount)
    {
        if (included.Count == 0) return false;
        if (argumentCount == 1) return true;
        // Several arguments: compare each file with this argument, as sshd resolves it (under the sysroot).
        string sshdPath = pattern.StartsWith('/') || pattern.StartsWith('~') ? pattern : "/etc/ssh/" + pattern;
        string mapped = Binder.MapToSysroot(sshdPath, model.Sysroot);
        string[] parts = mapped.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in included)
        {
            string[] candidate = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (candidate.Length != parts.Length) continue;
            bool all = true;
            for (int i = 0; i < parts.Length && all; i++)
                all = wildcard ? Glob.Matches(parts[i], candidate[i]) : parts[i] == candidate[i];
            if (all) return true;
        }
        return false;
    }
}
