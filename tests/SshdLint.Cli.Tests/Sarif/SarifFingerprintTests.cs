// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Nodes;

namespace SshdLint.Cli.Tests.Sarif;

/// <summary>
/// <c>partialFingerprints</c> are how GitHub code scanning recognises an alert in a later commit: they must not move
/// when unrelated lines do, and must tell identical findings apart.
/// </summary>
public sealed class SarifFingerprintTests
{
    private const string Key = "sshdlintFingerprint/v1";

    private const string Config = """
        Protocol 2
        PermitRootLogin yes
        UsePrivilegeSeparation sandbox
        Match User backup
          PermitRootLogin yes
        Match User deploy
          PermitRootLogin yes

        """;

    /// <summary>(ruleId, snippet, startLine, fingerprint) of every result.</summary>
    private static List<(string Rule, string Snippet, int Line, string Fingerprint)> Fingerprints(string text)
    {
        using var tmp = new TempDir();
        string file = tmp.Write("sshd_config", text);
        // The rules this configuration is about; findings on unset keywords sit at the first line and are covered by
        // DefaultFindingsKeepTheirFingerprint.
        var r = CliRunner.Run("check", "--format", "sarif", "--select", "SSHD2001,SSHD3001,SSHD3003", "--source-root", tmp.Path, file);
        return JsonNode.Parse(r.Out)!["runs"]![0]!["results"]!.AsArray().Select(x =>
        {
            var region = x!["locations"]![0]!["physicalLocation"]!["region"]!;
            return (x["ruleId"]!.GetValue<string>(), region["snippet"]?["text"]?.GetValue<string>() ?? "",
                region["startLine"]!.GetValue<int>(), x["partialFingerprints"]![Key]!.GetValue<string>());
        }).ToList();
    }

    [Fact]
    public void FingerprintsSurviveLinesInsertedAbove()
    {
        var before = Fingerprints(Config);
        // Comments, blank lines and an unrelated directive above every finding; line numbers change, the findings do not.
        var after = Fingerprints("# Managed by the platform team.\n\nLogLevel VERBOSE\n" + Config.Replace("Match User deploy", "# deploy is the CI account\nMatch User deploy", StringComparison.Ordinal));

        Assert.True(before.Count >= 4, $"expected several findings, got {before.Count}");
        Assert.Equal(before.Count, after.Count);
        foreach (var (b, a) in before.Zip(after))
        {
            Assert.Equal(b.Rule, a.Rule);
            Assert.Equal(b.Snippet, a.Snippet);
            Assert.NotEqual(b.Line, a.Line);
            Assert.Equal(b.Fingerprint, a.Fingerprint);
        }
    }

    [Fact]
    public void ReindentingDoesNotChangeFingerprints()
    {
        Assert.Equal(
            Fingerprints(Config).Select(f => f.Fingerprint),
            Fingerprints(Config.Replace("  PermitRootLogin", "\tPermitRootLogin", StringComparison.Ordinal)).Select(f => f.Fingerprint));
    }

    [Fact]
    public void IdenticalFindingsGetDistinctFingerprints()
    {
        var all = Fingerprints(Config);
        Assert.Equal(all.Count, all.Select(f => f.Fingerprint).Distinct().Count());
        // The three identical lines (indentation aside) are told apart by their occurrence number, in file order.
        var triplets = all.Where(f => f.Rule == "SSHD2001").ToList();
        Assert.Equal([2, 5, 7], triplets.Select(f => f.Line));
        Assert.Single(triplets.Select(f => f.Fingerprint[..^2]).Distinct());
        Assert.Equal([":1", ":2", ":3"], triplets.Select(f => f.Fingerprint[^2..]));
    }

    [Fact]
    public void EditingTheFlaggedLineChangesItsFingerprint()
    {
        var before = Fingerprints(Config);
        var after = Fingerprints(Config.Replace("Protocol 2", "Protocol 2,1", StringComparison.Ordinal));
        Assert.NotEqual(before.Single(f => f.Snippet.StartsWith("Protocol", StringComparison.Ordinal)).Fingerprint,
            after.Single(f => f.Snippet.StartsWith("Protocol", StringComparison.Ordinal)).Fingerprint);
        // Everything else keeps its fingerprint.
        Assert.Equal(
            before.Where(f => !f.Snippet.StartsWith("Protocol", StringComparison.Ordinal)).Select(f => f.Fingerprint),
            after.Where(f => !f.Snippet.StartsWith("Protocol", StringComparison.Ordinal)).Select(f => f.Fingerprint));
    }

    [Fact]
    public void DefaultFindingsKeepTheirFingerprint()
    {
        static string Fingerprint(string text)
        {
            using var tmp = new TempDir();
            string file = tmp.Write("sshd_config", text);
            var r = CliRunner.Run("check", "--format", "sarif", "--select", "SSHD2002", "--source-root", tmp.Path, file);
            return JsonNode.Parse(r.Out)!["runs"]![0]!["results"]!.AsArray().Single()!["partialFingerprints"]![Key]!.GetValue<string>();
        }
        // PasswordAuthentication is not set: the finding sits at the first line, whatever that line is.
        Assert.Equal(Fingerprint("Port 22\nX11Forwarding no\n"), Fingerprint("# header\nLogLevel VERBOSE\nPort 22\nX11Forwarding no\n"));
    }
}
