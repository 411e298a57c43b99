// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Configuration;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;

namespace SshdLint.Cli;

/// <summary>
/// How `check` and `fix` decide what to lint with, per main file: the command line wins over the nearest
/// <c>.sshdlint.json</c> (or <c>--config</c>), which wins over the defaults.
/// </summary>
internal sealed class LintSetup
{
    private readonly CommandLine _cl;
    private readonly string? _profile;
    private readonly ConfigurationFile? _explicitConfig;

    public LintSetup(CommandLine cl)
    {
        _cl = cl;
        _profile = cl.Get("--profile");
        if (_profile is not null && BuiltInProfiles.Find(_profile) is null)
            throw new UsageException($"--profile: '{_profile}' is not one of {string.Join(", ", BuiltInProfiles.All.Select(p => p.Name))}");
        _explicitConfig = cl.Get("--config") is { } path ? Load(path) : null;
    }

    /// <summary>Declares the options this class reads (besides the target options).</summary>
    public static CommandLine Declare(CommandLine cl) => TargetOptions.Declare(cl).Option("--profile").Option("--config");

    /// <summary>The target and lint options for one main file.</summary>
    public (Target Target, LintOptions Options) For(string mainPath)
    {
        var config = _explicitConfig ?? (ConfigurationFile.Discover(mainPath) is { } found ? Load(found) : null);
        var target = TargetOptions.ReadTarget(_cl, config);
        var options = config?.ToLintOptions(_profile) ?? LintOptions.Default with { Profile = BuiltInProfiles.Find(_profile ?? "recommended")! };
        return (target, options);
    }

    private static ConfigurationFile Load(string path)
    {
        try
        {
            return ConfigurationFile.Load(path);
        }
        catch (ConfigurationException e)
        {
            throw new CliIOException(e.Message);
        }
    }
}
