// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Tests.TestSupport;

namespace SshdLint.Parser.Tests.Catalog;

/// <summary>
/// The Debian 9.2 table against the real Debian 12 sshd: every default the table says <c>sshd -T</c>
/// prints for an empty configuration must be exactly what sshd prints, and sshd must print nothing the
/// table does not know.
/// </summary>
public sealed class DebianSshdDefaultsTests
{
    private static readonly KeywordTable Table = KeywordCatalog.For(Target.Debian92);

    [RequiresSshdFact]
    public void EmptyConfigDumpMatchesTheCatalogDefaults()
    {
        var result = Sshd.DumpConfig("");
        Assert.True(result.ExitCode == 0, $"sshd -T failed ({result.ExitCode}): {result.StdErr}");
        var dump = result.Dump();

        var problems = new List<string>();
        foreach (var d in Table.All.Where(d => d.AliasOf is null && d.Printing == SshdTPrinting.Always))
        {
            // -h replaces the default host keys; HostKey is checked separately with the machine's keys.
            if (d.Name == "HostKey") continue;
            if (!dump.TryGetValue(d.SshdTKey!, out var printed))
                problems.Add($"{d.SshdTKey}: catalog default '{d.Default}', sshd prints nothing");
            else if (!printed.SequenceEqual(d.DefaultValues))
                problems.Add($"{d.SshdTKey}: catalog '{string.Join(" | ", d.DefaultValues)}', sshd '{string.Join(" | ", printed)}'");
        }
        foreach (var key in dump.Keys)
        {
            var d = Table.LookupSshdTKey(key);
            if (d is null) problems.Add($"{key}: printed by sshd, unknown to the catalog");
            else if (d.Printing != SshdTPrinting.Always && key != "hostkey") problems.Add($"{key}: printed by sshd for an empty config, catalog says {d.Printing}");
        }
        Assert.True(problems.Count == 0, "Debian 9.2 defaults differ from sshd -T:\n  " + string.Join("\n  ", problems));
    }

    [RequiresSshdFact]
    public void DefaultHostKeysMatchWhenTheMachineHasHostKeys()
    {
        // Without -h, sshd -T prints its compiled-in host key list; it needs at least one readable key.
        var result = Sshd.DumpConfig("", useDefaultHostKeys: true);
        if (result.ExitCode != 0)
        {
            Assert.False(TestEnvironment.IsCi && File.Exists("/etc/ssh/ssh_host_ed25519_key"), $"sshd -T without -h failed: {result.StdErr}");
            return; // no host keys on this machine: nothing to compare
        }
        Assert.Equal(Table.Lookup("HostKey")!.DefaultValues, result.Dump()["hostkey"]);
    }

    [RequiresSshdFact]
    public void PrintedKeysUseTheCatalogKeysForSetValues()
    {
        // Keywords printed only when set: set one of each and check the key sshd uses.
        var result = Sshd.DumpConfig(
            "AcceptEnv LANG\nAllowUsers alice\nDenyUsers bob\nAllowGroups staff\nDenyGroups guests\n" +
            "SetEnv A=1\nSubsystem sftp internal-sftp\nLogVerbose kex.c:*:1000\nChannelTimeout session=5m\n");
        Assert.True(result.ExitCode == 0, result.StdErr);
        var dump = result.Dump();
        foreach (var name in new[] { "AcceptEnv", "AllowUsers", "DenyUsers", "AllowGroups", "DenyGroups", "SetEnv", "Subsystem", "LogVerbose", "ChannelTimeout" })
        {
            var d = Table.Lookup(name)!;
            Assert.Equal(SshdTPrinting.WhenSet, d.Printing);
            Assert.True(dump.ContainsKey(d.SshdTKey!), $"{name}: sshd printed no '{d.SshdTKey}'");
        }
    }
}
