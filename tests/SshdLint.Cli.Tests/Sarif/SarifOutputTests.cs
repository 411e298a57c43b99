// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules;
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Sarif;

/// <summary><c>sshdlint check --format sarif</c>: the shape GitHub code scanning and SARIF viewers rely on.</summary>
public sealed class SarifOutputTests
{
    private static (CliRunner.Result Result, JsonNode Log) RunSample(params string[] extra)
    {
        var r = CliRunner.Run(["check", "--format", "sarif", "--source-root", RepoPaths.Root, "--sysroot", CliRunner.Samples, .. extra, CliRunner.SampleMain]);
        return (r, JsonNode.Parse(r.Out)!);
    }

    private static JsonNode Run0(JsonNode log) => log["runs"]![0]!;

    private static IEnumerable<JsonNode> Results(JsonNode log) => Run0(log)["results"]!.AsArray().Select(r => r!);

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void LogIsSarif210WithTheToolAndItsVersion()
    {
        var (r, log) = RunSample();
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Error);
        Assert.Equal("2.1.0", Str(log["version"]));
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", Str(log["$schema"]));
        var driver = Run0(log)["tool"]!["driver"]!;
        Assert.Equal("SshdLint", Str(driver["name"]));
        Assert.Equal(ToolInfo.Version, Str(driver["version"]));
        Assert.True(Uri.TryCreate(Str(driver["informationUri"]), UriKind.Absolute, out _));
        Assert.Equal("utf16CodeUnits", Str(Run0(log)["columnKind"]));
        Assert.Equal("sshdlint/", Str(Run0(log)["automationDetails"]!["id"]));
        Assert.True(Run0(log)["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
    }

    [Fact]
    public void DriverDescribesEveryRuleWithHelpAndGithubProperties()
    {
        var (_, log) = RunSample();
        var rules = Run0(log)["tool"]!["driver"]!["rules"]!.AsArray();
        var descriptors = RuleRegistry.AllDescriptors;
        Assert.Equal(descriptors.Select(d => d.Id), rules.Select(x => Str(x!["id"])));
        foreach (var (d, rule) in descriptors.Zip(rules))
        {
            Assert.Equal(d.Name, Str(rule!["name"]));
            Assert.EndsWith(".", Str(rule["shortDescription"]!["text"]), StringComparison.Ordinal);
            Assert.EndsWith(".", Str(rule["fullDescription"]!["text"]), StringComparison.Ordinal);
            Assert.Contains(d.Id, Str(rule["help"]!["text"]), StringComparison.Ordinal);
            Assert.StartsWith($"# {d.Name} ({d.Id})", Str(rule["help"]!["markdown"]), StringComparison.Ordinal);
            Assert.Equal(d.HelpLink, Str(rule["helpUri"]));
            Assert.Equal(d.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            }, Str(rule["defaultConfiguration"]!["level"]));
            Assert.Equal(d.IsEnabledByDefault, rule["defaultConfiguration"]!["enabled"]!.GetValue<bool>());
            var properties = rule["properties"]!;
            var tags = properties["tags"]!.AsArray().Select(Str).ToList();
            Assert.Contains(d.Category.ToString().ToLowerInvariant(), tags);
            Assert.Contains(Str(properties["precision"]), new[] { "very-high", "high", "medium", "low" });
            bool security = d.Category == DiagnosticCategory.Security || d.Tags.HasFlag(DiagnosticTags.Security);
            Assert.Equal(security, tags.Contains("security"));
            if (security)
            {
                // GitHub ranks security alerts by this score: a number from 0.0 to 10.0, as a string.
                double score = double.Parse(Str(properties["security-severity"]), NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.InRange(score, 0.1, 10.0);
            }
            else
            {
                Assert.Null(properties["security-severity"]);
            }
        }
        Assert.Contains("security", rules.Single(x => Str(x!["id"]) == "SSHD2001")!["properties"]!["tags"]!.AsArray().Select(Str));
    }

    [Fact]
    public void ResultsMatchTheJsonReportRelativeToSrcRoot()
    {
        var (_, log) = RunSample();
        var json = CliRunner.Run("check", "--format", "json", "--sysroot", CliRunner.Samples, CliRunner.SampleMain);
        using var doc = JsonDocument.Parse(json.Out);
        var expected = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), Path.GetRelativePath(RepoPaths.Root, d.GetProperty("file").GetString()!),
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32()))
            .ToList();

        var bases = Run0(log)["originalUriBaseIds"]!["%SRCROOT%"]!;
        Assert.Equal(new Uri(RepoPaths.Root + "/").AbsoluteUri, Str(bases["uri"]));
        var rules = Run0(log)["tool"]!["driver"]!["rules"]!.AsArray();
        var actual = new List<(string?, string, int, int, int, int)>();
        foreach (var result in Results(log))
        {
            string id = Str(result["ruleId"]);
            Assert.Equal(id, Str(rules[result["ruleIndex"]!.GetValue<int>()]!["id"]));
            Assert.EndsWith(".", Str(result["message"]!["text"]), StringComparison.Ordinal);
            var physical = result["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("%SRCROOT%", Str(physical["artifactLocation"]!["uriBaseId"]));
            string uri = Str(physical["artifactLocation"]!["uri"]);
            Assert.False(Path.IsPathRooted(uri));
            var region = physical["region"]!;
            actual.Add((id, uri, region["startLine"]!.GetValue<int>(), region["startColumn"]!.GetValue<int>(),
                region["endLine"]!.GetValue<int>(), region["endColumn"]!.GetValue<int>()));

            // The snippet is the flagged text, found at charOffset in the file.
            string text = File.ReadAllText(Path.Combine(RepoPaths.Root, uri));
            int offset = region["charOffset"]!.GetValue<int>(), length = region["charLength"]!.GetValue<int>();
            Assert.Equal(text.Substring(offset, length), Str(region["snippet"]!["text"]));
            var artifact = Run0(log)["artifacts"]![physical["artifactLocation"]!["index"]!.GetValue<int>()]!;
            Assert.Equal(uri, Str(artifact["location"]!["uri"]));
        }
        Assert.Equal(expected.Order(), actual.Order());
        Assert.NotEmpty(actual);
    }

    [Fact]
    public void FilesOutsideTheSourceRootGetAbsoluteFileUris()
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", "PermitRootLogin yes\n");
        var r = CliRunner.Run("check", "--format", "sarif", "--select", "SSHD2001", "--source-root", RepoPaths.Root, file);
        var location = Results(JsonNode.Parse(r.Out)!).Single()["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal(new Uri(file).AbsoluteUri, Str(location["uri"]));
        Assert.Null(location["uriBaseId"]);
    }

    [Fact]
    public void PathsAreEscapedIntoValidUris()
    {
        using var tmp = new TempDir();
        var (_, log) = SarifCases.Run("escaping", tmp);
        string uri = Str(Results(log).First()["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("dir%20with%20space/50%20cloud%23init%5B1%5D.conf", uri);
        Assert.Equal("dir with space/50 cloud#init[1].conf", string.Join('/', uri.Split('/').Select(Uri.UnescapeDataString)));
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
    }

    [Fact]
    public void InlineSuppressedFindingsAreReportedAsSuppressed()
    {
        using var tmp = new TempDir();
        var (r, log) = SarifCases.Run("suppressed", tmp);
        var suppressed = Results(log).Single(x => Str(x["ruleId"]) == "SSHD2001");
        var suppression = suppressed["suppressions"]!.AsArray().Single()!;
        Assert.Equal("inSource", Str(suppression["kind"]));
        Assert.Equal("accepted", Str(suppression["status"]));
        Assert.Equal("console server, root needs a password", Str(suppression["justification"]));
        var region = suppression["location"]!["physicalLocation"]!["region"]!;
        Assert.Equal(2, region["startLine"]!.GetValue<int>());
        Assert.StartsWith("# sshdlint-disable-next-line SSHD2001", Str(region["snippet"]!["text"]), StringComparison.Ordinal);
        // Reported findings carry no suppressions, and the suppressed one does not fail the run on its own.
        Assert.All(Results(log).Where(x => x != suppressed), x => Assert.Null(x["suppressions"]));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(0, CliRunner.Run("check", "--ignore", "SSHD3003,SSHD2002", Path.Combine(tmp.Path, "sshd_config")).ExitCode);
    }

    [Fact]
    public void RelatedLocationsAreLinkedFromTheMessage()
    {
        using var tmp = new TempDir();
        var (_, log) = SarifCases.Run("included", tmp);
        var withRelated = Results(log).Where(x => x["relatedLocations"] is not null).ToList();
        Assert.NotEmpty(withRelated);
        foreach (var result in withRelated)
        {
            var related = result["relatedLocations"]!.AsArray();
            string message = Str(result["message"]!["text"]);
            for (int i = 0; i < related.Count; i++)
            {
                Assert.Equal(i + 1, related[i]!["id"]!.GetValue<int>());
                Assert.Contains($"]({i + 1})", message, StringComparison.Ordinal);
                Assert.NotNull(related[i]!["physicalLocation"]!["region"]!["startLine"]);
                Assert.EndsWith(".", Str(related[i]!["message"]!["text"]), StringComparison.Ordinal);
            }
        }
        // The drop-in's finding points back at the Include line of the main file.
        var dropIn = withRelated.Single(x => Str(x["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).EndsWith("50-cloud-init.conf", StringComparison.Ordinal));
        var include = dropIn["relatedLocations"]![0]!["physicalLocation"]!;
        Assert.Equal("etc/ssh/sshd_config", Str(include["artifactLocation"]!["uri"]));
        Assert.Equal(1, include["region"]!["startLine"]!.GetValue<int>());
    }

    [Fact]
    public void FixesAreArtifactChangesThatReproduceSshdlintFix()
    {
        using var tmp = new TempDir();
        var (_, log) = SarifCases.Run("fixes", tmp);
        string file = Path.Combine(tmp.Path, "sshd_config");
        string original = File.ReadAllText(file);
        var safe = new List<(int Offset, int Length, string Text)>();
        foreach (var result in Results(log))
        {
            foreach (var fix in result["fixes"]?.AsArray() ?? [])
            {
                Assert.EndsWith(".", Str(fix!["description"]!["text"]), StringComparison.Ordinal);
                string applicability = Str(fix["properties"]!["applicability"]);
                Assert.Contains(applicability, new[] { "safe", "unsafe", "dangerous" });
                foreach (var change in fix["artifactChanges"]!.AsArray())
                {
                    Assert.Equal("sshd_config", Str(change!["artifactLocation"]!["uri"]));
                    foreach (var replacement in change["replacements"]!.AsArray())
                    {
                        var deleted = replacement!["deletedRegion"]!;
                        int offset = deleted["charOffset"]!.GetValue<int>(), length = deleted["charLength"]?.GetValue<int>() ?? 0; // an insertion has no length
                        // Line/column and offsets describe the same region.
                        Assert.Equal(offset, OffsetOf(original, deleted["startLine"]!.GetValue<int>(), deleted["startColumn"]!.GetValue<int>()));
                        Assert.Equal(offset + length, OffsetOf(original, deleted["endLine"]!.GetValue<int>(), deleted["endColumn"]!.GetValue<int>()));
                        if (applicability == "safe") safe.Add((offset, length, replacement["insertedContent"]?["text"]?.GetValue<string>() ?? ""));
                    }
                }
            }
        }
        Assert.NotEmpty(safe);

        // Applying the safe replacements gives what `sshdlint fix` writes (safe fixes only, by default).
        var sb = new StringBuilder(original);
        foreach (var (offset, length, text) in safe.OrderByDescending(e => e.Offset))
            sb.Remove(offset, length).Insert(offset, text);
        Assert.Equal(0, CliRunner.Run("fix", file).ExitCode);
        Assert.Equal(File.ReadAllText(file), sb.ToString());
    }

    private static int OffsetOf(string text, int line, int column)
    {
        int offset = 0;
        for (int l = 1; l < line; l++) offset = text.IndexOf('\n', offset) + 1;
        return offset + column - 1;
    }

    [Fact]
    public void UnreadableFilesBecomeNotificationsAndTheOthersAreStillChecked()
    {
        using var tmp = new TempDir();
        var (r, log) = SarifCases.Run("unreadable", tmp);
        string missing = Path.Combine(tmp.Path, "missing", "sshd_config");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"sshdlint: {missing}: No such file or directory\n", r.Error);
        var invocation = Run0(log)["invocations"]![0]!;
        Assert.False(invocation["executionSuccessful"]!.GetValue<bool>());
        var notification = invocation["toolExecutionNotifications"]!.AsArray().Single()!;
        Assert.Equal("error", Str(notification["level"]));
        Assert.Equal($"Cannot read {missing}: No such file or directory.", Str(notification["message"]!["text"]));
        Assert.Equal("missing/sshd_config", Str(notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]));
        Assert.Equal("SSHD0016", Str(notification["associatedRule"]!["id"]));
        Assert.Single(Results(log), x => Str(x["ruleId"]) == "SSHD2001");

        // The text report of a run that read nothing is the error line alone.
        var text = CliRunner.Run("check", missing);
        Assert.Equal(2, text.ExitCode);
        Assert.Equal("", text.Out);
    }

    [Fact]
    public void BytesThatAreNotUtf8StayValidJson()
    {
        using var tmp = new TempDir();
        var (r, log) = SarifCases.Run("not-utf8", tmp);
        Assert.Equal(1, r.ExitCode);
        // The unknown keyword holds the bytes 0xff 0xfe: each becomes U+FFFD, so columns and offsets still line up.
        var unknown = Results(log).Single(x => Str(x["ruleId"]) == "SSHD0001");
        var region = unknown["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal("Foo\uFFFD\uFFFD", Str(region["snippet"]!["text"]));
        Assert.Equal(5, region["charLength"]!.GetValue<int>());
    }

    [Fact]
    public void CategoryNamesTheAutomationDetails()
    {
        var (_, log) = RunSample("--category", "sshd-prod");
        Assert.Equal("sshd-prod/", Str(Run0(log)["automationDetails"]!["id"]));
        var bad = CliRunner.Run("check", "--format", "sarif", "--category", "a/b", CliRunner.SampleMain);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("sshdlint: --category: 'a/b' must be a non-empty name without '/'\n", bad.Error);
    }

    [Fact]
    public void OutputOptionWritesTheLogToAFile()
    {
        using var tmp = new TempDir();
        string report = Path.Combine(tmp.Path, "sshdlint.sarif");
        var r = CliRunner.Run("check", "--format", "sarif", "--output", report, "--sysroot", CliRunner.Samples, CliRunner.SampleMain);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal("2.1.0", Str(JsonNode.Parse(File.ReadAllText(report))!["version"]));
    }

    [Fact]
    public void TheSameInputGivesTheSameLog()
    {
        Assert.Equal(RunSample().Result.Out, RunSample().Result.Out);
    }
}
