// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Immutable;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Parser.Semantics;

/// <summary>
/// A whole configuration as sshd reads it: every file in read order, every directive bound to the target's
/// keyword table, and the problems sshd itself would report.
/// </summary>
public sealed class ConfigModel
{
    internal ConfigModel(Target target, string? sysroot, ImmutableArray<ConfigFile> files, ImmutableArray<BoundDirective> directives, ImmutableArray<MatchScope> matchScopes, ImmutableArray<Diagnostic> diagnostics)
    {
        Target = target;
        Sysroot = sysroot;
        Files = files;
        Directives = directives;
        MatchScopes = matchScopes;
        Diagnostics = diagnostics;
    }

    public Target Target { get; }

    public string? Sysroot { get; }

    /// <summary>The main file first, then included files in the order sshd reads them.</summary>
    public ImmutableArray<ConfigFile> Files { get; }

    public ConfigFile MainFile => Files[0];

    /// <summary>Every directive in sshd's read order, Includes expanded in place.</summary>
    public ImmutableArray<BoundDirective> Directives { get; }

    /// <summary>SSHD0xxx and SSHD3xxx findings, in read order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the target sshd would refuse to start.</summary>
    public bool HasFatalErrors => Diagnostics.Any(d => d.Fatal);

    private Dictionary<string, List<BoundDirective>>? _bySetting;

    /// <summary>
    /// The lines that set a value for a canonical keyword (aliases resolved), in read order, in any scope. Indexed once,
    /// so rules asking about every Match block stay linear on large files.
    /// </summary>
    public IReadOnlyList<BoundDirective> LinesSetting(string canonicalKeyword)
    {
        if (_bySetting is null)
        {
            var index = new Dictionary<string, List<BoundDirective>>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in Directives)
            {
                if (!d.SetsValue) continue;
                if (!index.TryGetValue(d.SettingName!, out var list)) index[d.SettingName!] = list = [];
                list.Add(d);
            }
            _bySetting = index;
        }
        return _bySetting.TryGetValue(canonicalKeyword, out var lines) ? lines : [];
    }

    /// <summary>The Match blocks, in read order (including blocks inside included files).</summary>
    public ImmutableArray<MatchScope> MatchScopes { get; }
}
