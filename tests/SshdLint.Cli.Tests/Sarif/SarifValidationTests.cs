// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Nodes;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Sarif;

/// <summary>
/// The SARIF multitool's verdict, the check GitHub's own ingestion rules make: the schema, the SARIF rules and the
/// GitHub (GHxxxx) rules, with nothing at error or warning level.
/// </summary>
public sealed class SarifValidationTests
{
    [SarifMultitoolFact]
    public void CorpusAndEdgeCasesValidateWithoutErrorsOrWarnings()
    {
        using var tmp = new TempDir();
        var logs = new List<string>();

        // Every corpus file in one run, with the default profile and with strict (every rule on, more fixes).
        var files = Corpus.Files;
        foreach (var profile in new[] { "recommended", "strict" })
        {
            string log = Path.Combine(tmp.Path, $"corpus-{profile}.sarif");
            var r = CliRunner.Run(["check", "--format", "sarif", "--profile", profile, "--source-root", Corpus.Directory, "--output", log, .. files]);
            Assert.True(r.ExitCode is 0 or 1, r.Error);
            var results = JsonNode.Parse(File.ReadAllText(log))!["runs"]![0]!["results"]!.AsArray();
            Assert.NotEmpty(results);
            logs.Add(log);
        }

        // What the corpus lacks: suppressions, related locations, notifications, escaped paths, bytes that are not UTF-8.
        foreach (var name in SarifCases.All)
        {
            using var dir = new TempDir();
            var (r, _) = SarifCases.Run(name, dir);
            string log = Path.Combine(tmp.Path, $"case-{name}.sarif");
            File.WriteAllText(log, r.Out);
            logs.Add(log);
        }

        var problems = SarifMultitool.Validate(logs);
        Assert.True(problems.Count == 0, $"Sarif.Multitool validate --rule-kind \"Gh;Sarif\" found:\n{string.Join('\n', problems)}");
    }

    [SarifMultitoolFact]
    public void TheValidationHarnessSeesProblems()
    {
        // A log with problems (no tool version, a message without a period, a Windows path where a URI belongs): the
        // harness must report them, or the test above proves nothing.
        using var tmp = new TempDir();
        string log = tmp.Write("broken.sarif", """
            {"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"x"}},
             "results":[{"ruleId":"X1","message":{"text":"no period"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"C:\\a b\\c"}}}]}]}]}
            """);
        Assert.NotEmpty(SarifMultitool.Validate([log]));
    }
}
