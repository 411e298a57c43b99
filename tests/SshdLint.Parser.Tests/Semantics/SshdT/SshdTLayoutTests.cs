// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics.SshdT;
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Semantics.SshdT;

public sealed class SshdTLayoutTests
{
    private static Target Upstream(int major, int minor) => new(new OpenSshVersion(major, minor));

    /// <summary>Keys of a dump with consecutive repeats collapsed (multi-line keys count once).</summary>
    private static List<string> DistinctRuns(IEnumerable<string> keys)
    {
        var runs = new List<string>();
        foreach (var k in keys) if (runs.Count == 0 || runs[^1] != k) runs.Add(k);
        return runs;
    }

    private static List<string> AlwaysKeys(Target target) =>
        SshdTLayout.For(target).Entries.Where(e => e.Policy == SshdTPrintPolicy.Always).Select(e => e.Key).ToList();

    private static IEnumerable<string> DumpKeys(string fixture) =>
        File.ReadLines(FakeCatalog.Fixture(fixture)).Select(l => l[..l.IndexOf(' ')]);

    [Fact]
    public void Debian92AlwaysPrintedKeysAreTheMeasuredEmptyDump()
    {
        Assert.Equal(DistinctRuns(DumpKeys("empty.debian-9.2.sshd-t")), AlwaysKeys(Target.Debian92));
    }

    [Fact]
    public void Debian92OnlyWhenSetKeysSitWhereTheMeasuredDumpPutsThem()
    {
        var set = DistinctRuns(DumpKeys("multi.debian-9.2.sshd-t")).ToHashSet();
        var expected = SshdTLayout.For(Target.Debian92).Entries
            .Where(e => e.Policy == SshdTPrintPolicy.Always || set.Contains(e.Key))
            .Select(e => e.Key);

        Assert.Equal(expected, DistinctRuns(DumpKeys("multi.debian-9.2.sshd-t")));
        Assert.Equal(
            ["hostcertificate", "allowusers", "denyusers", "allowgroups", "denygroups", "acceptenv", "setenv", "logverbose", "channeltimeout", "subsystem"],
            SshdTLayout.For(Target.Debian92).Entries.Where(e => e.Policy == SshdTPrintPolicy.WhenSet).Select(e => e.Key));
    }

    [Fact]
    public void Upstream105FollowsAppendixA()
    {
        // semantics.md Appendix A: upstream 10.5p1, empty configuration, PAM + GSSAPI/Kerberos build.
        string[] appendixA =
        [
            "Port", "AddressFamily", "ListenAddress", "UsePAM", "PAMServiceName", "LoginGraceTime", "X11DisplayOffset",
            "MaxAuthTries", "MaxSessions", "ClientAliveInterval", "ClientAliveCountMax", "RequiredRSASize",
            "StreamLocalBindMask", "UnusedConnectionTimeout", "PermitRootLogin", "IgnoreRhosts", "IgnoreUserKnownHosts",
            "HostbasedAuthentication", "HostbasedUsesNameFromPacketOnly", "PubkeyAuthentication", "KerberosAuthentication",
            "KerberosOrLocalPasswd", "KerberosTicketCleanup", "GSSAPIAuthentication", "GSSAPICleanupCredentials",
            "GSSAPIDelegateCredentials", "GSSAPIStrictAcceptorCheck", "PasswordAuthentication", "KbdInteractiveAuthentication",
            "PrintMotd", "PrintLastLog", "X11Forwarding", "X11UseLocalhost", "PermitTTY", "PermitUserRC", "StrictModes",
            "TCPKeepAlive", "PermitEmptyPasswords", "Compression", "GatewayPorts", "UseDNS", "AllowTcpForwarding",
            "AllowAgentForwarding", "DisableForwarding", "AllowStreamLocalForwarding", "StreamLocalBindUnlink",
            "FingerprintHash", "ExposeAuthInfo", "RefuseConnection", "PidFile", "ModuliFile", "XAuthLocation", "Ciphers",
            "Macs", "Banner", "ForceCommand", "ChrootDirectory", "TrustedUserCAKeys", "SecurityKeyProvider",
            "AuthorizedPrincipalsFile", "VersionAddendum", "AuthorizedKeysCommand", "AuthorizedKeysCommandUser",
            "AuthorizedPrincipalsCommand", "AuthorizedPrincipalsCommandUser", "HostKeyAgent", "KexAlgorithms",
            "CASignatureAlgorithms", "HostbasedAcceptedAlgorithms", "HostKeyAlgorithms", "PubkeyAcceptedAlgorithms",
            "SshdSessionPath", "SshdAuthPath", "PerSourcePenaltyExemptList", "LogLevel", "SyslogFacility",
            "AuthorizedKeysFile", "HostKey", "AuthenticationMethods", "ChannelTimeout", "MaxStartups",
            "PerSourceMaxStartups", "PerSourceNetBlockSize", "PermitTunnel", "IPQoS", "RekeyLimit", "PermitOpen",
            "PermitListen", "PermitUserEnvironment", "PubkeyAuthOptions", "PerSourcePenalties",
        ];
        Assert.Equal(appendixA, AlwaysKeys(Upstream(10, 5)));
        Assert.Equal(
            ["/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ecdsa_key", "/etc/ssh/ssh_host_ed25519_key", "/etc/ssh/ssh_host_mldsa44_ed25519_key"],
            SshdTLayout.For(Upstream(10, 5)).DefaultHostKeys);
    }

    [Fact]
    public void KeyCasingFollowsTheVersion()
    {
        var l103 = SshdTLayout.For(Upstream(10, 3));
        Assert.Equal("macs", l103.Find("MACs")!.Key);
        Assert.Equal("gssapiauthentication", l103.Find("GSSAPIAuthentication")!.Key);

        // 10.4: table-driven keys CamelCase (with the mistaken Gss* names), hand-printed ones still lowercase.
        var l104 = SshdTLayout.For(Upstream(10, 4));
        Assert.Equal("Macs", l104.Find("MACs")!.Key);
        Assert.Equal("AddressFamily", l104.Find("AddressFamily")!.Key);
        Assert.Equal("GssAuthentication", l104.Find("GssAuthentication")!.Key);
        Assert.Null(l104.Find("GSSAPIAuthentication"));
        foreach (var hand in new[] { "Port", "ListenAddress", "Subsystem", "MaxStartups", "PerSourceMaxStartups", "PerSourceNetBlockSize", "IPQoS", "RekeyLimit", "PermitOpen", "PermitListen", "PubkeyAuthOptions", "PerSourcePenalties" })
            Assert.Equal(hand.ToLowerInvariant(), l104.Find(hand)!.Key);

        var l105 = SshdTLayout.For(Upstream(10, 5));
        Assert.Equal("Macs", l105.Find("MACs")!.Key);
        Assert.Equal("Port", l105.Find("Port")!.Key);
        Assert.Equal("IPQoS", l105.Find("IPQoS")!.Key);
        Assert.Equal("GSSAPIAuthentication", l105.Find("GSSAPIAuthentication")!.Key);
    }

    [Theory]
    [InlineData(7, 3, "protocol", true)]
    [InlineData(7, 4, "protocol", false)]
    [InlineData(7, 3, "serverkeybits", true)]
    [InlineData(7, 4, "uselogin", false)]
    [InlineData(7, 4, "useprivilegeseparation", true)]
    [InlineData(7, 5, "useprivilegeseparation", false)]
    [InlineData(8, 6, "challengeresponseauthentication", true)]
    [InlineData(8, 7, "challengeresponseauthentication", false)]
    [InlineData(8, 4, "pubkeyacceptedkeytypes", true)]
    [InlineData(8, 4, "pubkeyacceptedalgorithms", false)]
    [InlineData(8, 5, "pubkeyacceptedalgorithms", true)]
    [InlineData(7, 5, "permitopen", false)]
    [InlineData(7, 6, "permitopen", true)]
    [InlineData(10, 2, "revokedkeys", true)]
    [InlineData(10, 0, "gssapistrictacceptorcheck", false)]
    [InlineData(10, 1, "gssapistrictacceptorcheck", true)]
    public void KeysComeAndGoWithTheVersion(int major, int minor, string key, bool printedAlways)
    {
        var entry = SshdTLayout.For(Upstream(major, minor)).FindByKey(key);
        Assert.Equal(printedAlways, entry?.Policy == SshdTPrintPolicy.Always);
    }

    [Fact]
    public void RevokedKeysAndAuthorizedKeysFileDropNoneFrom103()
    {
        var l = SshdTLayout.For(Upstream(10, 3));
        Assert.Equal(SshdTPrintPolicy.WhenSet, l.Find("RevokedKeys")!.Policy);
        Assert.True(l.Find("RevokedKeys")!.OmitWhenNone);
        Assert.True(l.Find("AuthorizedKeysFile")!.OmitWhenNone);
        Assert.False(SshdTLayout.For(Upstream(10, 2)).Find("AuthorizedKeysFile")!.OmitWhenNone);
    }

    [Fact]
    public void PermitUserEnvironmentMovedToTheEndIn78()
    {
        var keys77 = AlwaysKeys(Upstream(7, 7));
        var keys78 = AlwaysKeys(Upstream(7, 8));
        Assert.Equal(keys77.IndexOf("permitemptypasswords") + 1, keys77.IndexOf("permituserenvironment"));
        Assert.Equal("permituserenvironment", keys78[^1]);
    }

    [Fact]
    public void DefaultHostKeysDropDsaIn77()
    {
        Assert.Contains("/etc/ssh/ssh_host_dsa_key", SshdTLayout.For(Upstream(7, 6)).DefaultHostKeys);
        Assert.Equal(["/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ecdsa_key", "/etc/ssh/ssh_host_ed25519_key"], SshdTLayout.For(Target.Debian92).DefaultHostKeys);
    }

    public static TheoryData<int, int, Vendor> AllTargets()
    {
        var data = new TheoryData<int, int, Vendor>();
        foreach (var v in OpenSshVersion.Known)
        {
            data.Add(v.Major, v.Minor, Vendor.Upstream);
            data.Add(v.Major, v.Minor, Vendor.Debian);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void EveryTargetHasOneEntryPerKeywordAndPerKey(int major, int minor, Vendor vendor)
    {
        var layout = SshdTLayout.For(new Target(new OpenSshVersion(major, minor), vendor));

        Assert.Equal(layout.Entries.Count, layout.Entries.Select(e => e.Keyword).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var printed = layout.Entries.Where(e => e.Policy != SshdTPrintPolicy.Never).ToList();
        Assert.Equal(printed.Count, printed.Select(e => e.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Port", layout.Entries[0].Keyword);
        Assert.All(layout.Entries.SkipWhile(e => e.Policy != SshdTPrintPolicy.Never), e => Assert.Equal(SshdTPrintPolicy.Never, e.Policy));
    }

    [SshdFact]
    public void LiveSshdPrintsTheAlwaysKeysInLayoutOrder()
    {
        var dump = SshdOracle.Dump(FakeCatalog.Fixture("empty.sshd_config"));
        var keys = DistinctRuns(dump.Keys);
        // Without system host keys the harness's fallback leaves no hostkey line (see SshdOracle).
        var expected = AlwaysKeys(Target.Debian92).Where(k => !dump.UsedThrowawayHostKey || k != "hostkey");
        Assert.Equal(expected, keys);
    }

    [CorpusTheory(RequiresSshd = true)]
    [MemberData(nameof(Corpus.FileNames), MemberType = typeof(Corpus))]
    public void RealConfigurationsDumpInLayoutOrder(string file)
    {
        var dump = SshdOracle.Dump(Corpus.Entry(file)!.FullPath);
        if (!dump.Accepted) return; // rejected files print nothing; their verdicts are checked in CorpusHarnessTests

        var layout = SshdTLayout.For(Target.Debian92);
        var entries = layout.Entries.ToList();
        int last = -1;
        foreach (var line in dump.Lines)
        {
            var entry = layout.FindByKey(line.Key);
            Assert.True(entry is not null, $"{file}: key '{line.Key}' is not in the Debian 9.2 layout");
            int index = entries.IndexOf(entry!);
            if (index < last) Assert.Fail($"{file}: '{line.Key}' printed after '{entries[last].Key}'");
            last = index;
        }
    }
}
