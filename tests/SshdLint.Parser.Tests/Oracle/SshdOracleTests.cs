// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Oracle;

/// <summary>The harness against the real sshd: these pin down what the other oracle tests rely on.</summary>
public sealed class SshdOracleTests
{
    [SshdFact]
    public void EmptyConfigurationIsAcceptedAndDumpsDefaultsInSshdOrder()
    {
        using var tmp = new TempConfig();
        var path = tmp.Write("sshd_config", "");

        var t = SshdOracle.Test(path);
        Assert.True(t.Accepted, string.Join('\n', t.Stderr));

        var dump = SshdOracle.Dump(path);
        Assert.True(dump.Accepted);
        Assert.Equal(new SshdDumpLine("port", "22"), dump.Lines[0]);
        Assert.Equal(new SshdDumpLine("addressfamily", "any"), dump.Lines[1]);
        Assert.Equal("pubkeyauthoptions", dump.Lines[^1].Key);
        Assert.Equal("any", dump.Value("authenticationmethods"));
        // The throwaway key never shows: either system keys are the defaults, or the fallback removed it.
        Assert.DoesNotContain(dump.Values("hostkey"), v => v.Contains("sshdlint-hostkey-", StringComparison.Ordinal));
    }

    [SshdFact]
    public void UnknownKeywordIsReportedWithFileAndLine()
    {
        using var tmp = new TempConfig();
        var path = tmp.Write("sshd_config", "PasswordAuthentication no\nFrobnicate yes\n");

        var t = SshdOracle.Test(path);

        Assert.Equal(255, t.ExitCode);
        Assert.Equal(new SshdLocation(path, 2), t.ErrorLocation);
        Assert.Equal("line 2: Bad configuration option: Frobnicate", t.ManifestForm);
        Assert.Contains(t.Stderr, l => l.EndsWith("terminating, 1 bad configuration options", StringComparison.Ordinal));
    }

    [SshdFact]
    public void ErrorInAnIncludedFileNamesThatFile()
    {
        using var tmp = new TempConfig();
        var included = tmp.Write("extra.conf", "\nMaxAuthTries lots\n");
        var main = tmp.Write("sshd_config", $"Include {included}\n");

        var t = SshdOracle.Test(main);

        Assert.False(t.Accepted);
        Assert.Equal(new SshdLocation(included, 2), t.ErrorLocation);
        Assert.Equal("line 2: MaxAuthTries integer value invalid.", t.ManifestForm);
    }

    [SshdFact]
    public void MissingHostKeyFallsBackToTheThrowawayKeyAndHidesIt()
    {
        using var tmp = new TempConfig();
        var missing = Path.Combine(tmp.Directory, "no_such_host_key");
        var path = tmp.Write("sshd_config", $"HostKey {missing}\nPort 2222\n");

        var t = SshdOracle.Test(path);
        Assert.True(t.Accepted, string.Join('\n', t.Stderr));
        Assert.True(t.UsedThrowawayHostKey);
        Assert.Contains($"Unable to load host key: {missing}", t.Warnings);

        var dump = SshdOracle.Dump(path);
        Assert.True(dump.UsedThrowawayHostKey);
        Assert.Equal([missing], dump.Values("hostkey"));
        Assert.Equal(["2222"], dump.Values("port"));
    }

    [SshdFact]
    public void ConnectionSpecAppliesMatchBlocks()
    {
        using var tmp = new TempConfig();
        var path = tmp.Write("sshd_config", "PasswordAuthentication no\nMatch User alice\n  PasswordAuthentication yes\n  MaxAuthTries 2\n");

        Assert.Equal("no", SshdOracle.Dump(path).Value("passwordauthentication"));
        var alice = SshdOracle.Dump(path, "user=alice");
        Assert.Equal("yes", alice.Value("passwordauthentication"));
        Assert.Equal("2", alice.Value("maxauthtries"));
        Assert.Equal("no", SshdOracle.Dump(path, "user=bob").Value("passwordauthentication"));
    }

    [SshdFact]
    public void RejectedConfigurationDumpsNothing()
    {
        using var tmp = new TempConfig();
        var path = tmp.Write("sshd_config", "PermitRootLogin maybe\n");

        var dump = SshdOracle.Dump(path);

        Assert.Equal(255, dump.ExitCode);
        Assert.Empty(dump.Lines);
        Assert.Equal(["sshd_config line 1: unsupported option \"maybe\"."], dump.Stderr.Select(l => l.Replace(tmp.Directory + "/", "")).ToArray());
    }
}
