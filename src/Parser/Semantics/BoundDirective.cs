// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Semantics;

/// <summary>One file of a configuration, as sshd reached it.</summary>
/// <param name="Path">Path used in messages: as given on the command line, or as the Include resolved it.</param>
/// <param name="Tree">The file's syntax tree.</param>
/// <param name="IncludedBy">The Include line that pulled the file in; null for the main file.</param>
/// <param name="Depth">0 for the main file, +1 per Include level (sshd allows 16).</param>
public sealed record ConfigFile(string Path, SyntaxTree Tree, BoundDirective? IncludedBy, int Depth);

/// <summary>
/// A Match block as sshd evaluates it, with the scope it sits in (an Include inside a Match block puts the
/// included file's own Match blocks inside the outer one: both must match).
/// </summary>
public sealed class MatchScope
{
    internal MatchScope(BoundDirective header, MatchCondition? condition, MatchScope? outer)
    {
        Header = header;
        Condition = condition;
        Outer = outer;
    }

    /// <summary>The <c>Match</c> line.</summary>
    public BoundDirective Header { get; }

    /// <summary>The parsed criteria; null when the line is invalid (sshd refuses to start).</summary>
    public MatchCondition? Condition { get; }

    /// <summary>The Match block containing the Include that brought this block in, if any.</summary>
    public MatchScope? Outer { get; }

    private bool? _matchesAtStartup;

    /// <summary>True when this block (and every enclosing one) applies to the connection; ctx null is sshd's startup pass.</summary>
    public bool Matches(ConnectionContext? context, Target target)
    {
        // The startup answer is asked once per line of the block; it cannot change, so remember it.
        if (context is null && _matchesAtStartup is bool known) return known;
        bool result = Condition is not null && Condition.Evaluate(context, target) == true && (Outer?.Matches(context, target) ?? true);
        if (context is null) _matchesAtStartup = result;
        return result;
    }

    /// <summary>The criteria as written, for messages: <c>User alice</c>.</summary>
    public string Description => Condition?.Description ?? string.Join(' ', Header.Syntax.ArgumentValues);

    public override string ToString() => "Match " + Description;
}

/// <summary>
/// One directive in sshd's read order, bound to its keyword definition and parsed value.
/// </summary>
[DebuggerDisplay("{Syntax.KeywordText,nq} {File.Path,nq}:{Syntax.SshdLineNumber}")]
public sealed class BoundDirective
{
    internal BoundDirective(int order, ConfigFile file, DirectiveSyntax syntax, MatchScope? scope)
    {
        Order = order;
        File = file;
        Syntax = syntax;
        Scope = scope;
    }

    /// <summary>Position in sshd's read order across all files (Includes expanded in place).</summary>
    public int Order { get; }

    public ConfigFile File { get; }

    public DirectiveSyntax Syntax { get; }

    /// <summary>The Match block this line belongs to; null in the global scope.</summary>
    public MatchScope? Scope { get; internal set; }

    /// <summary>The keyword as the target understands it; null when unknown to the target.</summary>
    public KeywordDefinition? Keyword { get; internal set; }

    /// <summary>The parsed value; null when the keyword is unknown, ignored, or its arguments are invalid.</summary>
    public SettingValue? Value { get; internal set; }

    /// <summary>The argument problem, if any.</summary>
    public ArgumentError? Error { get; internal set; }

    /// <summary>True when sshd applies the line at startup (global scope, or inside <c>Match All</c> / a matching <c>Match Version</c>).</summary>
    public bool ActiveAtStartup { get; internal set; }

    /// <summary>Canonical name of the setting this line sets (alias resolved); null for unknown keywords.</summary>
    public string? SettingName => Keyword?.EffectiveName;

    /// <summary>True for lines that can set a value (known, active keyword, valid value).</summary>
    public bool SetsValue => Keyword is { Status: KeywordStatus.Active or KeywordStatus.Alias } && Value is not null;

    /// <summary>Location of the whole line (keyword to last argument).</summary>
    public Location Location => File.Tree.GetLocation(Syntax.Span);

    /// <summary>Location of the keyword token.</summary>
    public Location KeywordLocation => File.Tree.GetLocation(Syntax.Keyword.Span);

    public override string ToString() => $"{File.Path}:{Syntax.SshdLineNumber}: {Syntax.KeywordText}";
}
