// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Parser.Tests.Oracle;

/// <summary>The sample that README runs stays valid for sshd and keeps the weakness it demonstrates.</summary>
public sealed class SampleConfigTests
{
    [SshdFact]
    public void SampleIsAcceptedAndItsDropInOverridesPasswordAuthentication()
    {
        var sample = Path.Combine(RepoPaths.Samples, "etc", "ssh", "sshd_config");
        var text = File.ReadAllText(sample);
        const string include = "Include /etc/ssh/sshd_config.d/*.conf";
        Assert.Contains(include, text);

        // Point the Include at the drop-in shipped beside the sample, as it would sit under /etc/ssh.
        using var tmp = new TempConfig();
        var dropIns = Path.Combine(RepoPaths.Samples, "etc", "ssh", "sshd_config.d", "*.conf");
        var config = tmp.Write("sshd_config", text.Replace(include, $"Include {dropIns}", StringComparison.Ordinal));

        Assert.True(SshdOracle.Test(config).Accepted);
        var dump = SshdOracle.Dump(config);
        // The main file says "PasswordAuthentication no" after the Include; the drop-in's "yes" was read first and wins.
        Assert.Contains("PasswordAuthentication no", text);
        Assert.Equal("yes", dump.Value("passwordauthentication"));
        Assert.Equal("yes", dump.Value("permitrootlogin"));
    }
}
