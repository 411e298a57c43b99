// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Semantics;

namespace SshdLint.Rules.Linting;

/// <summary>The result of linting one configuration (a main file and what it includes).</summary>
public sealed record LintResult(ConfigModel Model, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Runs everything that produces diagnostics over a bound configuration: the structural checks sshd itself makes
/// (from the binder) and the rules.
/// </summary>
public static class Linter
{
    public static LintResult Lint(ConfigModel model)
    {
        var diagnostics = model.Diagnostics
            .OrderBy(d => FileOrder(model, d.Location.Path))
            .ThenBy(d => d.Location.Span.Start)
            .ToImmutableArray();
        return new LintResult(model, diagnostics);
    }

    private static int FileOrder(ConfigModel model, string path)
    {
        for (int i = 0; i < model.Files.Length; i++) if (model.Files[i].Path == path) return i;
        return int.MaxValue;
    }
}
