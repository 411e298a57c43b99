// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SshdLint.Cli.Output.Sarif;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Linting;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Sarif;

/// <summary>
/// The CLI writes SARIF with its own reflection-free writer (for Native AOT); the SDK's serializer is the reference.
/// These tests hold the writer to it: for the log the builder makes, the writer must write everything the SDK writes,
/// with the same values, and the SDK must read the writer's output back into the same log.
/// </summary>
public sealed class SarifSdkRoundTripTests
{
    /// <summary>Properties the writer spells out although they hold the SARIF default (the SDK leaves them out).</summary>
    private static readonly (string Name, JToken Default)[] ExplicitDefaults =
    [
        ("level", "warning"),
        ("enabled", true),
    ];

    public static IEnumerable<object[]> Cases => SarifCases.Names.Append(["sample"]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriterMatchesTheSdkSerializer(string name)
    {
        using var tmp = new TempDir();
        var log = Build(name, tmp);

        var sdk = JToken.Parse(JsonConvert.SerializeObject(log));
        var ours = JToken.Parse(SarifJsonWriter.ToJson(log));
        AssertCovers(sdk, ours, "$");

        var readBack = JsonConvert.DeserializeObject<SarifLog>(ours.ToString())!;
        var again = JToken.Parse(JsonConvert.SerializeObject(readBack));
        Assert.True(JToken.DeepEquals(sdk, again), $"the SDK reads the writer's output back differently:\n{again}\n---\n{sdk}");
    }

    /// <summary>Every property of <paramref name="sdk"/> is in <paramref name="ours"/> with the same value; ours has extras only where they are defaults.</summary>
    private static void AssertCovers(JToken sdk, JToken ours, string path)
    {
        switch (sdk)
        {
            case JObject o:
                var mine = Assert.IsType<JObject>(ours);
                foreach (var p in o.Properties())
                {
                    Assert.True(mine.ContainsKey(p.Name), $"{path}.{p.Name}: the SDK writes it, the writer does not");
                    AssertCovers(p.Value, mine[p.Name]!, $"{path}.{p.Name}");
                }
                foreach (var p in mine.Properties().Where(p => !o.ContainsKey(p.Name)))
                    Assert.True(IsDefault(p), $"{path}.{p.Name}: the writer writes {p.Value}, the SDK writes nothing");
                break;
            case JArray a:
                var items = Assert.IsType<JArray>(ours);
                Assert.True(a.Count == items.Count, $"{path}: {a.Count} items from the SDK, {items.Count} from the writer");
                for (int i = 0; i < a.Count; i++) AssertCovers(a[i], items[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(JToken.DeepEquals(sdk, ours), $"{path}: SDK {sdk}, writer {ours}");
                break;
        }
    }

    /// <summary>A property the SDK leaves out because it holds the default: a default value, or an object of only those.</summary>
    private static bool IsDefault(JProperty p) =>
        ExplicitDefaults.Any(d => d.Name == p.Name && JToken.DeepEquals(d.Default, p.Value))
        || (p.Value is JObject o && o.Properties().All(IsDefault));

    /// <summary>The log <c>check --format sarif</c> would write for a case, built in process.</summary>
    private static SarifLog Build(string name, TempDir tmp)
    {
        string[] args = name == "sample" ? ["--sysroot", CliRunner.Samples, CliRunner.SampleMain] : SarifCases.Prepare(name, tmp);
        string? sysroot = null;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sysroot") sysroot = args[++i];
            else paths.Add(args[i]);
        }
        var target = new Target(OpenSshVersion.Newest, Vendor.Upstream);
        var results = new List<LintResult>();
        var unreadable = new List<UnreadableFile>();
        foreach (var path in paths)
        {
            var model = Binder.BindFile(path, new BindOptions(target, sysroot, null), out var error);
            if (model is null) unreadable.Add(new UnreadableFile(path, error!));
            else results.Add(Linter.Lint(model));
        }
        return SarifLogBuilder.Build(new SarifInput { Results = results, Unreadable = unreadable, Target = target, SourceRoot = name == "sample" ? RepoPaths.Root : tmp.Path });
    }
}
