// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Semantics.SshdT;
using SshdLint.TestSupport;

namespace SshdLint.Conformance.Tests;

/// <summary>What SshdLint says about a file, in the shapes the sshd oracle answers in.</summary>
internal static class Ours
{
    public static readonly Target Target = Target.Debian92;

    public static ConfigModel Bind(string path)
    {
        var model = Binder.BindFile(path, new BindOptions(Target), out var error);
        Assert.True(model is not null, error);
        return model!;
    }

    /// <summary>Our <c>sshd -T</c> lines for a connection spec (null: as <c>sshd -T</c> without <c>-C</c>).</summary>
    public static IReadOnlyList<string> Dump(ConfigModel model, string? spec)
    {
        var context = new ConnectionContext();
        if (spec is not null)
        {
            Assert.True(ConnectionContext.TryParse(spec, out context, out var error), error);
            context = WithGroups(context);
        }
        var output = SshdTWriter.Render(EffectiveConfig.Compute(model, context));
        return output.Lines.Select(l => l.ToString()).ToList();
    }

    /// <summary>sshd resolves the user's groups itself (getgrouplist); give ours the same answer from id(1).</summary>
    private static ConnectionContext WithGroups(ConnectionContext context)
    {
        if (context.User is null) return context;
        var id = ProcessRunner.Run("id", ["-Gn", context.User]);
        var groups = id.ExitCode == 0 ? id.StandardOutput.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        return context with { Groups = groups };
    }
}

/// <summary>Entries of known-differences.tsv.</summary>
internal static class KnownDifferences
{
    private static readonly Lazy<HashSet<(string File, string Check)>> Entries = new(Load);

    public static bool Contains(string file, string check) => Entries.Value.Contains((file, check));

    private static HashSet<(string, string)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "known-differences.tsv");
        var set = new HashSet<(string, string)>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            Assert.True(parts.Length >= 3 && parts[2].Trim().Length > 0, $"known difference without a reason: {line}");
            set.Add((parts[0], parts[1]));
        }
        return set;
    }
}
