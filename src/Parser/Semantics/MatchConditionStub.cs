// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Semantics;

// STUB until the catalog branch lands: only "Match All" is understood.
public sealed class MatchCondition
{
    public string Description { get; init; } = "";
    public bool IsAll { get; init; }
    public static (MatchCondition? Condition, string? Error) ParseForBinder(IReadOnlyList<string> tokens, Target target) =>
        tokens.Count == 1 && tokens[0].Equals("all", StringComparison.OrdinalIgnoreCase)
            ? (new MatchCondition { Description = "All", IsAll = true }, null)
            : (new MatchCondition { Description = string.Join(' ', tokens) }, null);
    public bool Evaluate(ConnectionContext? context, Target target) => IsAll;
}

public sealed record ConnectionContext(string? User = null)
{
    public static bool TryParse(string spec, out ConnectionContext ctx, out string? error) { ctx = new(); error = null; return true; }
}
