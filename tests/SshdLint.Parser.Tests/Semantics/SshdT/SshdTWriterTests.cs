// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics.SshdT;
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Semantics.SshdT;

public sealed class SshdTWriterTests
{
    private static readonly Func<string, KeywordDefinition?> Debian92Defaults =
        FakeCatalog.FromDump(Target.Debian92, FakeCatalog.Fixture("empty.debian-9.2.sshd-t"));

    private static string Fixture(string name) => File.ReadAllText(FakeCatalog.Fixture(name));

    private static List<string> Lines(FakeSettings settings, string key, Func<string, KeywordDefinition?>? lookup = null) =>
        SshdTWriter.Render(settings, lookup ?? Debian92Defaults).Lines.Where(l => l.Key == key).Select(l => l.Value).ToList();

    [Fact]
    public void NothingSetPrintsTheMeasuredDefaultDump()
    {
        var output = SshdTWriter.Render(new FakeSettings(Target.Debian92), Debian92Defaults);

        Assert.Empty(output.MissingDefaults);
        Assert.Equal(Fixture("empty.debian-9.2.sshd-t"), output.Text);
    }

    [Fact]
    public void MultiValuedAndOnlyWhenSetKeysPrintAsMeasured()
    {
        // The values of Fixtures/SshdT/multi.sshd_config as the model would hand them over (first-wins applied:
        // only the first SetEnv line survives on 9.2).
        var settings = new FakeSettings(Target.Debian92)
            .Lines("HostKey", "/etc/ssh/sshdlint_fixture_host_key", "/etc/ssh/sshdlint_fixture_host_key2")
            .Lines("HostCertificate", "/etc/ssh/sshdlint_fixture_host_key-cert.pub")
            .Set("Port", new FakePort(2222), new FakePort(2223))
            .Set("ListenAddress", new FakeListen("127.0.0.1"), new FakeListen("::1", 2022))
            .Set("AllowUsers", new FakeValue("alice", "bob"), new FakeValue("carol"))
            .Lines("DenyUsers", "mallory")
            .Set("AllowGroups", new FakeValue("ssh", "wheel"))
            .Lines("DenyGroups", "nogroup")
            .Set("AcceptEnv", new FakeValue("LANG", "LC_*"), new FakeValue("XMODIFIERS"))
            .Set("SetEnv", new FakeValue("FOO=bar", "BAZ=q x"))
            .Lines("Subsystem", "sftp /usr/lib/openssh/sftp-server -l INFO", "other internal-sftp")
            .Lines("LogVerbose", "kex.c:*:1000 packet.c:*")
            .Lines("ChannelTimeout", "session=5m *=1h")
            .Lines("AuthenticationMethods", "publickey,password publickey,keyboard-interactive")
            .Lines("AuthorizedKeysFile", ".ssh/a .ssh/b %h/c")
            .Lines("PermitOpen", "host:22 192.0.2.4:80")
            .Lines("PermitListen", "*:8080 localhost:9090")
            .Set("RekeyLimit", new FakeRekeyLimit(1073741824, 3600))
            .Lines("IPQoS", "af21 cs1")
            .Lines("MaxStartups", "5:20:50")
            .Lines("PerSourceNetBlockSize", "24:64")
            .Lines("PerSourceMaxStartups", "3")
            .Lines("RevokedKeys", "/etc/ssh/revoked_keys")
            .Lines("PubkeyAuthOptions", "touch-required verify-required")
            .Lines("UnusedConnectionTimeout", "300")
            .Lines("PermitRootLogin", "no");

        Assert.Equal(Fixture("multi.debian-9.2.sshd-t"), SshdTWriter.Write(settings, Debian92Defaults));
    }

    [Fact]
    public void MatchResultPrintsLikeSshdWithConnectionSpec()
    {
        // Fixtures/SshdT/match.sshd_config for -C user=alice,addr=10.1.1.1: Match values override the global
        // ones, list keywords from Match replace the global list.
        var settings = new FakeSettings(Target.Debian92)
            .Lines("PasswordAuthentication", "yes")
            .Lines("AllowUsers", "alice")
            .Lines("AcceptEnv", "FOO", "BAR")
            .Lines("X11Forwarding", "yes")
            .Lines("ForceCommand", "/bin/echo hi there")
            .Lines("AuthorizedKeysFile", "/etc/keys/%u")
            .Lines("LogLevel", "DEBUG")
            .Lines("MaxAuthTries", "2")
            .Lines("MaxSessions", "3")
            .Lines("ChannelTimeout", "session=1m")
            .Lines("PermitListen", "*:1234")
            .Lines("IPQoS", "cs1 cs1");

        Assert.Equal(Fixture("match.alice.debian-9.2.sshd-t"), SshdTWriter.Write(settings, Debian92Defaults));
    }

    [SshdTheory]
    [InlineData("empty.sshd_config", null, "empty.debian-9.2.sshd-t")]
    [InlineData("multi.sshd_config", null, "multi.debian-9.2.sshd-t")]
    [InlineData("match.sshd_config", "user=alice,addr=10.1.1.1", "match.alice.debian-9.2.sshd-t")]
    public void RecordedDumpsAreWhatSshdPrints(string config, string? spec, string recorded)
    {
        var dump = SshdOracle.Dump(FakeCatalog.Fixture(config), spec);
        Assert.True(dump.Accepted, string.Join('\n', dump.Stderr));

        var expected = File.ReadAllLines(FakeCatalog.Fixture(recorded)).AsEnumerable();
        // The recordings show the system host keys as defaults; without them the harness's fallback prints none.
        if (dump.UsedThrowawayHostKey && !File.ReadAllText(FakeCatalog.Fixture(config)).Contains("HostKey ", StringComparison.Ordinal))
            expected = expected.Where(l => !l.StartsWith("hostkey ", StringComparison.Ordinal));
        Assert.Equal(expected, dump.Lines.Select(l => l.ToString()));
    }

    [Theory]
    // No ListenAddress: the wildcard of each enabled family, per port, [::] first.
    [InlineData("any", new[] { 22 }, new[] { "[::]:22", "0.0.0.0:22" })]
    [InlineData("inet", new[] { 2222, 2223 }, new[] { "0.0.0.0:2222", "0.0.0.0:2223" })]
    [InlineData("inet6", new[] { 22 }, new[] { "[::]:22" })]
    [InlineData("any", new[] { 1, 2 }, new[] { "[::]:1", "0.0.0.0:1", "[::]:2", "0.0.0.0:2" })]
    [InlineData("any", new[] { 22, 22 }, new[] { "[::]:22", "0.0.0.0:22", "[::]:22", "0.0.0.0:22" })]
    public void WildcardListenersFollowAddressFamilyAndPorts(string family, int[] ports, string[] expected)
    {
        var settings = new FakeSettings(Target.Debian92)
            .Lines("AddressFamily", family)
            .Set("Port", [.. ports.Select(p => new FakePort(p))]);

        Assert.Equal(expected, Lines(settings, "listenaddress"));
    }

    [Fact]
    public void AddressFamilyDefaultComesFromTheLookup()
    {
        var inetByDefault = (Func<string, KeywordDefinition?>)(k =>
            k == "AddressFamily" ? FakeCatalog.Definition(k, "inet") : Debian92Defaults(k));

        Assert.Equal(["0.0.0.0:22"], Lines(new FakeSettings(Target.Debian92), "listenaddress", inetByDefault));
    }

    [Fact]
    public void ListenAddressesExpandOverPortsAndGroupByRoutingDomain()
    {
        var settings = new FakeSettings(Target.Debian92)
            .Set("Port", new FakePort(2222), new FakePort(2223))
            .Set("ListenAddress",
                new FakeListen("127.0.0.1", RDomain: "lo"),
                new FakeListen("127.0.0.2"),
                new FakeListen("127.0.0.5", 5, "vrf1"),
                new FakeListen("::1", 2000),
                new FakeListen("127.0.0.6", RDomain: "lo"));

        Assert.Equal(
        [
            "127.0.0.1:2222 rdomain lo", "127.0.0.1:2223 rdomain lo", "127.0.0.6:2222 rdomain lo", "127.0.0.6:2223 rdomain lo",
            "127.0.0.2:2222", "127.0.0.2:2223", "[::1]:2000",
            "127.0.0.5:5 rdomain vrf1",
        ], Lines(settings, "listenaddress"));
    }

    [Theory]
    [InlineData("127.1", "127.0.0.1:22")]
    [InlineData("::0001", "[::1]:22")]
    [InlineData("0:0:0:0:0:0:0:2", "[::2]:22")]
    [InlineData("::ffff:1.2.3.4", "[::ffff:1.2.3.4]:22")]
    [InlineData("host.example", "host.example:22")]
    [InlineData("fe80::1%eth0", "[fe80::1%eth0]:22")]
    public void NumericAddressesPrintCanonically(string host, string expected)
    {
        var settings = new FakeSettings(Target.Debian92).Set("ListenAddress", new FakeListen(host));

        Assert.Equal([expected], Lines(settings, "listenaddress"));
    }

    [Fact]
    public void ValuesWithoutTheListenContractPrintThemselves()
    {
        var settings = new FakeSettings(Target.Debian92).Lines("ListenAddress", "192.0.2.1:22");

        Assert.Equal(["192.0.2.1:22"], Lines(settings, "listenaddress"));
    }

    [Fact]
    public void PortsWithoutThePortContractAreReadFromTheirText()
    {
        var settings = new FakeSettings(Target.Debian92).Lines("Port", "2200").Set("ListenAddress", new FakeListen("192.0.2.1"));

        Assert.Equal(["2200"], Lines(settings, "port"));
        Assert.Equal(["192.0.2.1:2200"], Lines(settings, "listenaddress"));
    }

    [Fact]
    public void HostKeyDefaultsAreTheTargetsKeyFiles()
    {
        var upstream105 = new Target(new OpenSshVersion(10, 5));
        var lookup = (Func<string, KeywordDefinition?>)(k => FakeCatalog.Definition(k, "x"));

        Assert.Equal(SshdTLayout.For(upstream105).DefaultHostKeys,
            SshdTWriter.Render(new FakeSettings(upstream105), lookup).Lines.Where(l => l.Key == "HostKey").Select(l => l.Value));
        Assert.Equal(["/k"], Lines(new FakeSettings(Target.Debian92).Lines("HostKey", "/k"), "hostkey"));
    }

    [Fact]
    public void PerComponentValuesFoldFirstWins()
    {
        // RekeyLimit 1G, then RekeyLimit 2G 1h: the size comes from the first line, the interval from the second.
        var settings = new FakeSettings(Target.Debian92).Set("RekeyLimit", new FakeRekeyLimit(1073741824, null), new FakeRekeyLimit(2147483648, 3600));

        Assert.Equal(["1073741824 3600"], Lines(settings, "rekeylimit"));
    }

    [Fact]
    public void SingleLineKeywordsWithoutFoldingKeepTheFirstValue()
    {
        var settings = new FakeSettings(Target.Debian92).Lines("MaxAuthTries", "3", "4");

        Assert.Equal(["3"], Lines(settings, "maxauthtries"));
    }

    [Fact]
    public void NoneIsLeftOutWhereSshdPrintsNothingForIt()
    {
        // 9.2: "ChannelTimeout none" is an empty list and prints nothing; "LogVerbose none" does print.
        var d92 = new FakeSettings(Target.Debian92).Lines("ChannelTimeout", "none").Lines("LogVerbose", "none").Lines("AuthorizedKeysFile", "none");
        Assert.Empty(Lines(d92, "channeltimeout"));
        Assert.Equal(["none"], Lines(d92, "logverbose"));
        Assert.Equal(["none"], Lines(d92, "authorizedkeysfile"));

        // 10.3+: AuthorizedKeysFile none and RevokedKeys none are omitted.
        var u103 = new Target(new OpenSshVersion(10, 3));
        var lookup = (Func<string, KeywordDefinition?>)(k => FakeCatalog.Definition(k, "d"));
        var lines = SshdTWriter.Render(new FakeSettings(u103).Lines("AuthorizedKeysFile", "none").Lines("RevokedKeys", "none"), lookup).Lines;
        Assert.DoesNotContain(lines, l => l.Key is "authorizedkeysfile" or "revokedkeys");
    }

    [Fact]
    public void KeywordsTheTargetNeverPrintsStayOut()
    {
        var settings = new FakeSettings(Target.Debian92).Lines("RDomain", "vrf0").Lines("DebianBanner", "no").Lines("Include", "/etc/ssh/sshd_config.d/*.conf");

        Assert.Equal(Fixture("empty.debian-9.2.sshd-t"), SshdTWriter.Write(settings, Debian92Defaults));
    }

    [Fact]
    public void UnknownDefaultsAreReportedNotInvented()
    {
        var output = SshdTWriter.Render(new FakeSettings(Target.Debian92), k => k == "PidFile" ? null : Debian92Defaults(k));

        Assert.Equal(["PidFile"], output.MissingDefaults);
        Assert.DoesNotContain(output.Lines, l => l.Key == "pidfile");
    }

    [Fact]
    public void Upstream105PrintsCamelCaseKeys()
    {
        var target = new Target(new OpenSshVersion(10, 5));
        var text = SshdTWriter.Write(new FakeSettings(target).Lines("MACs", "hmac-sha2-256"), k => FakeCatalog.Definition(k, "d"));

        Assert.StartsWith("Port d\nAddressFamily d\nListenAddress [::]:22\nListenAddress 0.0.0.0:22\nUsePAM d\n", text);
        Assert.Contains("\nMacs hmac-sha2-256\n", text);
    }

    public static TheoryData<string> ListenCases() =>
    [
        "ListenAddress 127.0.0.1",
        "ListenAddress 127.0.0.1|Port 2222|Port 2223",
        "Port 2222|ListenAddress 127.0.0.1|Port 2223|ListenAddress ::1",
        "ListenAddress 127.0.0.1:2000|ListenAddress 127.0.0.2|Port 2222",
        "ListenAddress [::1]:2000|ListenAddress ::1|ListenAddress [::2]",
        "Port 2222|ListenAddress 127.0.0.1:3000|Port 2223|ListenAddress ::1|ListenAddress 10.0.0.1:4000",
        "ListenAddress 127.0.0.1 rdomain lo|ListenAddress 127.0.0.2|ListenAddress 127.0.0.3 rdomain lo",
        "ListenAddress 127.1|ListenAddress ::0001|ListenAddress 0:0:0:0:0:0:0:2|ListenAddress ::ffff:1.2.3.4",
        "ListenAddress [::FFFF:A]:5|ListenAddress 2001:DB8:0:0:1:0:0:1|ListenAddress ::1:2:3:4:5",
        "AddressFamily inet|Port 2222|Port 2223",
        "AddressFamily inet6|Port 3",
        "Port 1|Port 2|Port 3",
        "Port 22|Port 22",
    ];

    [SshdTheory]
    [MemberData(nameof(ListenCases))]
    public void ListenAddressesMatchSshd(string config)
    {
        // A tiny reader for the three keywords involved, standing in for the real binder.
        var directives = config.Split('|');
        var ports = new List<FakePort>();
        var listens = new List<FakeListen>();
        var settings = new FakeSettings(Target.Debian92);
        foreach (var d in directives)
        {
            var words = d.Split(' ');
            switch (words[0])
            {
                case "Port": ports.Add(new FakePort(int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture))); break;
                case "AddressFamily": settings.Lines("AddressFamily", words[1]); break;
                case "ListenAddress":
                    var (host, port) = SplitHostPort(words[1]);
                    listens.Add(new FakeListen(host, port, words.Length > 3 ? words[3] : null));
                    break;
            }
        }
        settings.Set("Port", [.. ports]).Set("ListenAddress", [.. listens]);

        using var tmp = new Oracle.TempConfig();
        var dump = SshdOracle.Dump(tmp.Write("sshd_config", string.Join('\n', directives) + "\n"));
        Assert.True(dump.Accepted, string.Join('\n', dump.Stderr));
        Assert.Equal(dump.Values("listenaddress"), Lines(settings, "listenaddress"));
        Assert.Equal(dump.Values("port"), Lines(settings, "port"));
    }

    private static (string Host, int? Port) SplitHostPort(string text)
    {
        static int P(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        if (text.StartsWith('['))
        {
            int close = text.IndexOf(']');
            return (text[1..close], close + 1 < text.Length ? P(text[(close + 2)..]) : null);
        }
        int colon = text.IndexOf(':');
        return colon >= 0 && text.IndexOf(':', colon + 1) < 0 ? (text[..colon], P(text[(colon + 1)..])) : (text, null);
    }
}
