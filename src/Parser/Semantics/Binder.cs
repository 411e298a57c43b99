// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Semantics;

/// <summary>How to read a configuration: target sshd, where <c>/etc/ssh</c> lives, which file system.</summary>
/// <param name="Target">The sshd the configuration is read for.</param>
/// <param name="Sysroot">When set, absolute paths in Include (and relative ones, which sshd puts under /etc/ssh) resolve under this directory.</param>
/// <param name="FileSystem">File access; defaults to the real file system.</param>
public sealed record BindOptions(Target Target, string? Sysroot = null, IFileSystem? FileSystem = null)
{
    public static BindOptions Default { get; } = new(Target.Default);

    internal IFileSystem Files => FileSystem ?? PhysicalFileSystem.Instance;
}

/// <summary>
/// Reads a main file and everything it includes in sshd's order, binds every directive to the target's keyword
/// table and argument grammar, and reports what sshd itself would reject (SSHD0xxx) or ignore (SSHD3xxx).
/// </summary>
public static class Binder
{
    /// <summary>sshd's limit: <c>Too many recursive configuration includes</c> beyond 16 levels.</summary>
    public const int MaxIncludeDepth = 16;

    /// <summary>sshd 10.1+ refuses configurations over 4 MiB − 64 KiB (main file plus includes).</summary>
    public const long MaxConfigurationSize = 4L * 1024 * 1024 - 64 * 1024;

    /// <summary>Reads <paramref name="path"/> from the file system and binds it.</summary>
    /// <returns>The model, or null with <paramref name="error"/> set when the main file cannot be read.</returns>
    public static ConfigModel? BindFile(string path, BindOptions options, out string? error)
    {
        var read = options.Files.ReadFile(path);
        if (!read.Succeeded)
        {
            error = $"{path}: {read.Error}";
            return null;
        }
        error = null;
        var tree = SyntaxTree.Parse(SourceText.From(read.Bytes), new ParseOptions(options.Target, path));
        return Bind(tree, options);
    }

    /// <summary>Binds an already parsed main file (an editor buffer, say); includes are read through the file system.</summary>
    public static ConfigModel Bind(SyntaxTree mainTree, BindOptions options)
    {
        var state = new BindState(options);
        var main = new ConfigFile(mainTree.Path, mainTree, null, 0);
        state.Files.Add(main);
        state.TotalBytes += mainTree.Text.Length;
        state.Diagnostics.AddRange(mainTree.Diagnostics);
        state.IncludeStack.Push(NormalizeForCycle(mainTree.Path));
        BindFileContents(state, main, outerScope: null);
        state.IncludeStack.Pop();

        PostParseChecks(state);
        // sshd's read order (Includes expanded in place), so the first fatal diagnostic is the first line sshd
        // complains about. Post-parse checks come last, as in sshd.
        var ordered = state.Diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Descriptor == StructuralDescriptors.CommandWithoutUser ? 1 : 0)
            .ThenBy(x => ReadOrder(state, x.d))
            .ThenBy(x => x.d.Location.Span.Start)
            .ThenBy(x => x.i)
            .Select(x => x.d);
        var model = new ConfigModel(options.Target, options.Sysroot, [.. state.Files], [.. state.Directives], [.. state.Scopes], [.. ordered]);
        return model;
    }

    /// <summary>The read-order position of the directive a diagnostic belongs to (the last one starting at or before it).</summary>
    private static double ReadOrder(BindState state, Diagnostic d)
    {
        if (!state.DirectiveStarts.TryGetValue(d.Location.Path, out var starts) || starts.Count == 0)
            return -1;
        int position = d.Location.Span.Start;
        int lo = 0, hi = starts.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (starts[mid].Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        // Before the file's first directive (a NUL byte or quote problem on a skipped line): just before that directive.
        return found < 0 ? starts[0].Order - 0.5 : starts[found].Order;
    }

    private sealed class BindState(BindOptions options)
    {
        public BindOptions Options { get; } = options;
        public KeywordTable Keywords { get; } = KeywordCatalog.For(options.Target);
        public List<ConfigFile> Files { get; } = [];
        public List<BoundDirective> Directives { get; } = [];
        public List<Diagnostic> Diagnostics { get; } = [];
        public List<MatchScope> Scopes { get; } = [];
        public Dictionary<string, List<(int Start, int Order)>> DirectiveStarts { get; } = new(StringComparer.Ordinal);
        public MatchScope AddScope(MatchScope scope)
        {
            Scopes.Add(scope);
            return scope;
        }
        public Stack<string> IncludeStack { get; } = new();
        public long TotalBytes { get; set; }
        public bool ReportedTooLarge { get; set; }
        public Target Target => Options.Target;
    }

    private static void BindFileContents(BindState state, ConfigFile file, MatchScope? outerScope)
    {
        // Match state never leaks out of an included file: each file starts in the scope of its Include line.
        MatchScope? scope = outerScope;
        foreach (var syntax in file.Tree.Root.AllDirectives())
        {
            var bound = new BoundDirective(state.Directives.Count, file, syntax, scope);
            state.Directives.Add(bound);
            if (!state.DirectiveStarts.TryGetValue(file.Path, out var starts)) state.DirectiveStarts[file.Path] = starts = [];
            starts.Add((syntax.FullSpan.Start, bound.Order));

            if (syntax.Kind == SyntaxKind.MatchDirective)
            {
                scope = BindMatch(state, bound, outerScope);
                bound.Scope = outerScope;
                bound.ActiveAtStartup = outerScope?.Matches(null, state.Target) ?? true;
                continue;
            }

            bound.ActiveAtStartup = scope?.Matches(null, state.Target) ?? true;
            if (syntax.Kind == SyntaxKind.IncludeDirective)
            {
                bound.Keyword = state.Keywords.Lookup("Include");
                BindInclude(state, bound, scope);
                continue;
            }
            BindDirective(state, bound);
        }
    }

    private static MatchScope BindMatch(BindState state, BoundDirective header, MatchScope? outerScope)
    {
        header.Keyword = state.Keywords.Lookup("Match");
        var tokens = header.Syntax.ArgumentValues;
        if (tokens.Count == 0)
        {
            // 8.7+ already reported "no argument after keyword"; older versions fail in match_cfg_line.
            if (!state.Options.Target.Version.AtLeast(8, 7))
                Report(state, StructuralDescriptors.BadMatchCondition, header.File, header.Syntax.Span, fatal: true, "One or more attributes required for Match");
            return state.AddScope(new MatchScope(header, null, outerScope));
        }
        var parsed = MatchCondition.Parse(tokens, state.Target);
        var startupError = parsed.Errors.FirstOrDefault(e => e.DetectedAtStartup);
        if (startupError is not null)
        {
            var args = header.Syntax.Arguments.ToList();
            var span = startupError.TokenIndex >= 0 && startupError.TokenIndex < args.Count ? args[startupError.TokenIndex].Span : header.Syntax.Span;
            Report(state, StructuralDescriptors.BadMatchCondition, header.File, span, fatal: true, startupError.Message);
            return state.AddScope(new MatchScope(header, null, outerScope));
        }
        var condition = parsed.Condition;
        return state.AddScope(new MatchScope(header, condition, outerScope));
    }

    private static void BindDirective(BindState state, BoundDirective bound)
    {
        var syntax = bound.Syntax;
        var file = bound.File;
        var target = state.Target;
        bool noArgumentReported = target.Version.AtLeast(8, 7) && LineHadNoArgumentText(syntax);

        var keyword = state.Keywords.Lookup(syntax.KeywordText);
        bound.Keyword = keyword;
        if (keyword is null || keyword.Status == KeywordStatus.Unknown)
        {
            if (noArgumentReported) return; // sshd stops at "no argument after keyword" before looking the keyword up
            string suggestion = "";
            var suggestions = state.Keywords.SuggestionsFor(syntax.KeywordText);
            if (syntax.KeywordText.StartsWith('\uFEFF'))
                suggestion = " (the file starts with a UTF-8 byte order mark, which sshd reads as part of the keyword)";
            else if (syntax.KeywordText.Contains('\u00A0'))
                suggestion = " (a non-breaking space is not whitespace to sshd)";
            else if (ElsewhereHint(state.Keywords, syntax.KeywordText) is { } elsewhere)
                suggestion = elsewhere;
            else if (suggestions.Count > 0)
                suggestion = $" (did you mean {string.Join(" or ", suggestions)}?)";
            Report(state, StructuralDescriptors.UnknownKeyword, file, syntax.Keyword.Span, fatal: true, Printable(syntax.KeywordText), suggestion);
            if (suggestions.Count > 0 && !syntax.KeywordText.StartsWith('\uFEFF'))
            {
                // Did you mean: rename the keyword (unsafe: the setting starts to apply).
                var fix = new CodeFix($"Replace {syntax.KeywordText} with {suggestions[0]}", FixApplicability.Unsafe,
                    [new FileTextEdit(file.Path, new TextChange(syntax.Keyword.Span, suggestions[0]))]);
                AttachFix(state, fix);
            }
            return;
        }

        switch (keyword.Status)
        {
            case KeywordStatus.Deprecated:
                Report(state, StructuralDescriptors.DeprecatedKeyword, file, syntax.Span, fatal: false, syntax.KeywordText, target.Version, RemovalHint(keyword));
                AttachFix(state, DeleteLineFix(file, syntax, $"Remove the {syntax.KeywordText} line"));
                return;
            case KeywordStatus.Unsupported:
                Report(state, StructuralDescriptors.UnsupportedKeyword, file, syntax.Span, fatal: false, syntax.KeywordText);
                AttachFix(state, DeleteLineFix(file, syntax, $"Remove the {syntax.KeywordText} line"));
                return;
            case KeywordStatus.Ignored:
                Report(state, StructuralDescriptors.IgnoredKeyword, file, syntax.Span, fatal: false, syntax.KeywordText, keyword.DeprecatedIn?.ToString() ?? target.Version.ToString(), "");
                AttachFix(state, DeleteLineFix(file, syntax, $"Remove the {syntax.KeywordText} line"));
                return;
        }

        // sshd's check (servconf.c): a line that is not applied at startup must be Match-allowed, or sshd refuses
        // to start. Lines in "Match All" are applied at startup, so any keyword is accepted there.
        if (!bound.ActiveAtStartup && !keyword.AllowedInMatch)
        {
            string where = bound.File.IncludedBy is not null && bound.Scope is not null && bound.Scope.Header.File != bound.File
                ? $" (included from {bound.Scope.Header.File.Path} line {bound.Scope.Header.Syntax.SshdLineNumber})" : "";
            Report(state, StructuralDescriptors.NotAllowedInMatch, file, syntax.Keyword.Span, fatal: true, syntax.KeywordText, where);
            return;
        }

        if (noArgumentReported) return;

        var args = syntax.ArgumentValues;
        ArgumentParseResult result;
        try
        {
            result = ArgumentParser.Parse(keyword, args, target, syntax.KeywordText);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = ArgumentParseResult.Fail($"internal error while reading the value: {e.Message}", -1, isFatal: false);
        }
        bound.Value = result.Value;
        bound.Error = result.Error;
        if (result.Error is { OnlyIfEffective: true } && bound.ActiveAtStartup && state.Directives.Take(bound.Order).Any(d =>
                d.ActiveAtStartup && d.Scope == bound.Scope && d.SettingName == keyword.EffectiveName && (d.Value is not null || d.Error is not null)))
        {
            // sshd assembles an algorithm list only for the value that wins; a later, ignored line never fails.
            bound.Error = null;
            return;
        }
        if (result.Error is { } error)
        {
            var span = error.ArgumentIndex >= 0 && error.ArgumentIndex < args.Count
                ? syntax.Arguments.ElementAt(error.ArgumentIndex).Span
                : syntax.Span;
            var descriptor = error.Message.Contains("extra arguments", StringComparison.Ordinal) || error.Message.Contains("garbage at end of line", StringComparison.Ordinal)
                ? StructuralDescriptors.ExtraArguments
                : args.Count == 0 ? StructuralDescriptors.MissingArgument : StructuralDescriptors.InvalidValue;
            string message = error.Detail is { Length: > 0 } detail ? $"{detail}; {error.Message}" : error.Message;
            if (descriptor == StructuralDescriptors.InvalidValue)
            {
                Report(state, descriptor, file, span, error.IsFatal, keyword.Name, message);
                if (error.ArgumentIndex >= 0 && error.ArgumentIndex < args.Count && keyword.AllowedValues.Count > 0
                    && KeywordSuggestions.Suggest(args[error.ArgumentIndex], keyword.AllowedValues.Where(v => !v.StartsWith('<'))) is [var closest, ..])
                {
                    // Did you mean one of the keyword's words ("yse" → "yes")? Unsafe: the line starts to take effect.
                    AttachFix(state, new CodeFix($"Replace \"{args[error.ArgumentIndex]}\" with \"{closest}\"", FixApplicability.Unsafe,
                        [new FileTextEdit(file.Path, new TextChange(span, closest))]));
                }
            }
            else
                Report(state, descriptor, file, span, error.IsFatal, message);
        }

        if (keyword.EffectiveName.Equals("Subsystem", StringComparison.OrdinalIgnoreCase) && bound.ActiveAtStartup && !target.Version.AtLeast(9, 5) && args.Count > 0)
        {
            // Before 9.5 a second definition of the same subsystem name is fatal (compared case-sensitively).
            var earlier = state.Directives.Take(bound.Order).FirstOrDefault(d => d.ActiveAtStartup && d.SettingName == keyword.EffectiveName
                && d.Syntax.ArgumentValues.Count > 0 && d.Syntax.ArgumentValues[0] == args[0] && d.Error is null);
            if (earlier is not null)
            {
                bound.Error = new ArgumentError($"Subsystem '{args[0]}' already defined.", 0);
                Report(state, StructuralDescriptors.DuplicateSubsystem, file, syntax.Span, fatal: true, args[0], $" (first at {earlier.File.Path} line {earlier.Syntax.SshdLineNumber})");
            }
        }
    }

    /// <summary>
    /// For a keyword another covered release or vendor knows: why the target does not (added later, removed, another
    /// vendor's patch, a one-release regression), so the unknown-keyword message says so instead of guessing a typo.
    /// </summary>
    private static string? ElsewhereHint(KeywordTable keywords, string written)
    {
        if (keywords.LookupElsewhere(written) is not { } elsewhere) return null;
        var target = keywords.Target;
        string name = elsewhere.Name;
        if (elsewhere.VendorOnly is { } vendor && vendor != target.Vendor)
            return $" ({name} exists only in {(vendor == Vendor.Debian ? "Debian's" : "upstream")} builds of OpenSSH)";
        if (elsewhere.AddedIn is { } added && added > target.Version)
            return $" ({name} was added in OpenSSH {added}; the target is {target.Version})";
        if (elsewhere.RemovedIn is { } removed)
        {
            // A name a later release knows again was dropped by one release only (the 10.4 GSSAPI keywords).
            var later = OpenSshVersion.Known.FirstOrDefault(v => v > target.Version
                && KeywordCatalog.For(new Target(v, target.Vendor)).Lookup(name) is { IsKnown: true });
            return later != default
                ? $" (OpenSSH {target.Version} does not accept {name}, although earlier releases and {later} do)"
                : $" ({name} was removed in OpenSSH {removed})";
        }
        return null;
    }

    /// <summary>True when sshd saw nothing after the keyword (the parser already reported "no argument after keyword").</summary>
    private static bool LineHadNoArgumentText(DirectiveSyntax syntax) =>
        syntax.Tree?.Diagnostics.Any(d => d.Descriptor == StructuralDescriptors.MissingArgument && d.Location.Span.Start == syntax.Keyword.Span.Start) ?? false;

    private static string RemovalHint(KeywordDefinition keyword) =>
        keyword.RemovedIn is { } removed ? $" and {removed} rejects it" : "";

    private static void BindInclude(BindState state, BoundDirective include, MatchScope? scope)
    {
        var syntax = include.Syntax;
        var args = syntax.Arguments.ToList();
        if (args.Count == 0) return; // "no argument after keyword" was reported by the parser
        foreach (var arg in args)
        {
            string pattern = arg.ValueText;
            if (pattern.Length == 0)
            {
                Report(state, StructuralDescriptors.InvalidValue, include.File, arg.Span, fatal: true, "Include", "keyword Include empty argument");
                continue;
            }
            // servconf.c: a path not starting with '/' or '~' is taken relative to SSHDIR (/etc/ssh), never to the
            // including file; '~' is passed to glob(3) without tilde expansion.
            string sshdPath = pattern.StartsWith('/') || pattern.StartsWith('~') ? pattern : "/etc/ssh/" + pattern;
            string realPattern = MapToSysroot(sshdPath, state.Options.Sysroot);
            var matches = Glob.Expand(state.Options.Files, realPattern, out bool truncated);
            if (truncated)
            {
                Report(state, StructuralDescriptors.IncludeProblem, include.File, arg.Span, fatal: false,
                    $"Include pattern \"{pattern}\" matches more than {Glob.MaxMatches} files; only the first {Glob.MaxMatches} are read");
            }
            foreach (var path in matches)
            {
                IncludeOne(state, include, arg, path, scope);
            }
        }
    }

    private static void IncludeOne(BindState state, BoundDirective include, SyntaxToken arg, string path, MatchScope? scope)
    {
        int depth = include.File.Depth + 1;
        string key = NormalizeForCycle(path);
        if (state.IncludeStack.Contains(key))
        {
            Report(state, StructuralDescriptors.IncludeProblem, include.File, arg.Span, fatal: true,
                $"Include cycle: {path} includes itself (sshd stops with \"Too many recursive configuration includes\")");
            return;
        }
        if (depth > MaxIncludeDepth)
        {
            Report(state, StructuralDescriptors.IncludeProblem, include.File, arg.Span, fatal: true, "Too many recursive configuration includes");
            return;
        }
        if (state.Options.Files.DirectoryExists(path))
        {
            // glob(3) returns directories too; sshd 9.2 reads a directory as an empty file and starts normally.
            Report(state, StructuralDescriptors.IncludeProblem, include.File, arg.Span, fatal: false, $"{path} is a directory; sshd reads nothing from it");
            return;
        }
        var read = state.Options.Files.ReadFile(path);
        if (!read.Succeeded)
        {
            // A missing or unreadable file stops sshd. A FIFO or device is not read here (reading could block
            // forever, and sshd itself would hang on a FIFO), so it is reported without claiming what sshd does.
            bool special = read.Error == "not a regular file";
            Report(state, StructuralDescriptors.IncludeProblem, include.File, arg.Span, fatal: !special,
                special ? $"{path} is not a regular file (FIFO, socket or device); SshdLint does not read it" : $"{path}: {read.Error}");
            return;
        }
        var tree = SyntaxTree.Parse(SourceText.From(read.Bytes), new ParseOptions(state.Target, path));
        var file = new ConfigFile(path, tree, include, depth);
        state.Files.Add(file);
        state.Diagnostics.AddRange(tree.Diagnostics);
        state.TotalBytes += read.Bytes!.Length;
        if (state.Target.Version.AtLeast(10, 1) && state.TotalBytes > MaxConfigurationSize && !state.ReportedTooLarge)
        {
            state.ReportedTooLarge = true;
            Report(state, StructuralDescriptors.ConfigurationTooLarge, include.File, arg.Span, fatal: true, state.TotalBytes, MaxConfigurationSize);
        }
        state.IncludeStack.Push(key);
        BindFileContents(state, file, scope);
        state.IncludeStack.Pop();
    }

    /// <summary>Maps an sshd path to the file system: under the sysroot when one is given.</summary>
    public static string MapToSysroot(string sshdPath, string? sysroot)
    {
        if (string.IsNullOrEmpty(sysroot) || !sshdPath.StartsWith('/')) return sshdPath;
        return sysroot.TrimEnd('/') + sshdPath;
    }

    private static string NormalizeForCycle(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static void PostParseChecks(BindState state)
    {
        // sshd.c checks these once the whole file is read (pass 1 values only).
        CheckCommandUser(state, "AuthorizedKeysCommand", "AuthorizedKeysCommandUser");
        CheckCommandUser(state, "AuthorizedPrincipalsCommand", "AuthorizedPrincipalsCommandUser");
        if (state.Target.Version.AtLeast(10, 1) && state.TotalBytes > MaxConfigurationSize && !state.ReportedTooLarge && state.Files.Count > 0)
        {
            var main = state.Files[0];
            Report(state, StructuralDescriptors.ConfigurationTooLarge, main, new TextSpan(0, 0), fatal: true, state.TotalBytes, MaxConfigurationSize);
        }
    }

    private static void CheckCommandUser(BindState state, string command, string user)
    {
        var commandLine = state.Directives.FirstOrDefault(d => d.ActiveAtStartup && d.SetsValue && string.Equals(d.SettingName, command, StringComparison.OrdinalIgnoreCase));
        if (commandLine is null) return;
        if (commandLine.Syntax.ArgumentValues.Count > 0 && commandLine.Syntax.ArgumentValues[0].Equals("none", StringComparison.OrdinalIgnoreCase)) return;
        bool hasUser = state.Directives.Any(d => d.ActiveAtStartup && d.SetsValue && string.Equals(d.SettingName, user, StringComparison.OrdinalIgnoreCase));
        if (!hasUser)
            Report(state, StructuralDescriptors.CommandWithoutUser, commandLine.File, commandLine.Syntax.Span, fatal: true, command);
    }

    /// <summary>A safe fix removing a line sshd ignores (indentation, trailing comment and line break included).</summary>
    private static CodeFix DeleteLineFix(ConfigFile file, DirectiveSyntax syntax, string title)
    {
        var span = file.Tree.Text.GetFullLinesSpan(syntax.Span);
        return new CodeFix(title, FixApplicability.Safe, [new FileTextEdit(file.Path, new TextChange(span, ""))]);
    }

    /// <summary>Adds a fix to the diagnostic reported last.</summary>
    private static void AttachFix(BindState state, CodeFix fix)
    {
        var last = state.Diagnostics[^1];
        state.Diagnostics[^1] = last with { Fixes = [.. last.Fixes, fix] };
    }

    private static void Report(BindState state, DiagnosticDescriptor descriptor, ConfigFile file, TextSpan span, bool fatal, params object?[] args)
    {
        var location = file.Tree.GetLocation(span);
        state.Diagnostics.Add(Diagnostic.Create(descriptor, location, args) with { Fatal = fatal });
    }

    /// <summary>Shows non-printable characters the way sshd does (octal escapes), so messages stay one line.</summary>
    internal static string Printable(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x20 || rune.Value == 0x7f || rune.Value == 0xFEFF || rune.Value == 0xA0 || (rune.Value >= 0xDC80 && rune.Value <= 0xDCFF))
            {
                int n = rune.Value is >= 0xDC80 and <= 0xDCFF ? 1 : rune.EncodeToUtf8(bytes);
                if (rune.Value is >= 0xDC80 and <= 0xDCFF) bytes[0] = (byte)(rune.Value - 0xDC00);
                for (int i = 0; i < n; i++) sb.Append('\\').Append(Convert.ToString(bytes[i], 8).PadLeft(3, '0'));
            }
            else sb.Append(rune.ToString());
        }
        return sb.ToString();
    }
}
