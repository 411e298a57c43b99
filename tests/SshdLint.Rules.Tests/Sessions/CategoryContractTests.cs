// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.RegularExpressions;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Docs;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;
using SshdLint.Rules.Tests.Infrastructure;
using static SshdLint.Rules.Tests.Sessions.TestProfiles;

namespace SshdLint.Rules.Tests.Sessions;

/// <summary>
/// Contract checks for the sessions (SSHD2040-2059) and forwarding (SSHD2060-2079) rules: ids in range, docs with the
/// required shape whose examples behave as documented, profile settings that parse, and low noise under recommended.
/// </summary>
public sealed partial class CategoryContractTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in OwnRules()) data.Add(rule.Descriptor.Id);
        return data;
    }

    private static IEnumerable<Rule> OwnRules() => RuleRegistry.All.Where(r =>
        string.CompareOrdinal(r.Descriptor.Id, "SSHD2040") >= 0 && string.CompareOrdinal(r.Descriptor.Id, "SSHD2079") <= 0);

    [Fact]
    public void Registry_HoldsEveryRuleOfBothCategories()
    {
        var ids = OwnRules().Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(19, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(OwnRules(), r => Assert.Equal(DiagnosticCategory.Security, r.Descriptor.Category));
        Assert.All(OwnRules(), r => Assert.True(r.Descriptor.Tags.HasFlag(DiagnosticTags.Security), r.Descriptor.Id));
        Assert.All(OwnRules(), r => Assert.False(r.Descriptor.MessageFormat.EndsWith('.'), r.Descriptor.Id));
    }

    [GeneratedRegex(@"```sshd_config\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Doc_HasTheRequiredShapeAndRunnableExamples(string id)
    {
        var rule = RuleRegistry.FindRule(id)!;
        string? doc = RuleDocumentation.Get(id);
        Assert.NotNull(doc);
        Assert.StartsWith($"# {rule.Descriptor.Name} ({id})\n", doc);
        int last = -1;
        foreach (var heading in RuleDocumentation.RequiredHeadings)
        {
            int at = doc!.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
            Assert.True(at > last, $"{id}: heading '{heading}' missing or out of order");
            last = at;
        }
        string Section(string heading)
        {
            int start = doc!.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
            int end = doc.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
            return doc[start..end];
        }
        string example = CodeBlock().Match(Section("Example")).Groups["code"].Value;
        string useInstead = CodeBlock().Match(Section("Use instead")).Groups["code"].Value;
        Assert.NotEmpty(example);
        Assert.NotEmpty(useInstead);
        Assert.Contains(RuleVerifier.Lint(example).Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(RuleVerifier.Lint(useInstead).Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(RuleVerifier.Lint(useInstead).Diagnostics, d => d.Fatal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void FixAvailability_MatchesBehaviour(string id)
    {
        var rule = RuleRegistry.FindRule(id)!;
        string example = CodeBlock().Match(RuleDocumentation.Get(id)!).Groups["code"].Value;
        var findings = RuleVerifier.Lint(example).Diagnostics.Where(d => d.Id == id).ToList();
        if (rule.Descriptor.FixAvailability == FixAvailability.None) Assert.All(findings, d => Assert.Empty(d.Fixes));
        else Assert.All(findings, d => Assert.NotEmpty(d.Fixes));
        // UNSAFE per the catalog for every rule of these categories.
        Assert.All(findings.SelectMany(d => d.Fixes), f => Assert.Equal(FixApplicability.Unsafe, f.Applicability));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Profiles_ResolveWithoutErrors(string id)
    {
        var rule = RuleRegistry.FindRule(id)!;
        foreach (var profile in BuiltInProfiles.All)
        {
            var options = new LintOptions(profile, new Dictionary<string, RuleOverride>());
            var (_, _, ruleOptions) = options.Resolve(rule);
            // Every option the profile sets is one the rule declares.
            foreach (var key in ruleOptions.Values.Keys) Assert.Contains(key, rule.DefaultOptions.Keys);
        }
        Assert.True(new LintOptions(BuiltInProfiles.Strict, new Dictionary<string, RuleOverride>()).Resolve(rule).Enabled);
    }

    // Mozilla's "modern" OpenSSH guideline (the server part) and the values dev-sec's ssh_hardening role writes: both
    // must come out clean under recommended.
    private const string MozillaModern = """
        HostKey /etc/ssh/ssh_host_ed25519_key
        HostKey /etc/ssh/ssh_host_rsa_key
        HostKey /etc/ssh/ssh_host_ecdsa_key
        KexAlgorithms curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256
        Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
        MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256,umac-128@openssh.com
        AuthenticationMethods publickey
        LogLevel VERBOSE
        Subsystem sftp /usr/lib/ssh/sftp-server -f AUTHPRIV -l INFO
        PermitRootLogin No

        """;

    private const string DevSec = """
        Port 22
        AddressFamily inet
        ListenAddress 0.0.0.0
        Protocol 2
        LogLevel VERBOSE
        PermitRootLogin no
        StrictModes yes
        MaxAuthTries 2
        MaxSessions 10
        MaxStartups 10:30:60
        LoginGraceTime 30s
        PubkeyAuthentication yes
        PasswordAuthentication no
        PermitEmptyPasswords no
        KbdInteractiveAuthentication no
        UsePAM yes
        ClientAliveInterval 300
        ClientAliveCountMax 3
        TCPKeepAlive no
        PermitTunnel no
        AllowTcpForwarding no
        AllowAgentForwarding no
        GatewayPorts no
        X11Forwarding no
        X11UseLocalhost yes
        PermitUserEnvironment no
        Compression no
        UseDNS no
        PrintMotd no
        PrintLastLog no
        Banner none

        """;

    // Fedora/RHEL 9 stock sshd_config (comments removed): the global values it sets are fine.
    private const string FedoraStock = """
        Include /etc/ssh/sshd_config.d/*.conf
        AuthorizedKeysFile .ssh/authorized_keys
        Subsystem sftp /usr/libexec/openssh/sftp-server

        """;

    [Theory]
    [InlineData(MozillaModern)]
    [InlineData(DevSec)]
    [InlineData(FedoraStock)]
    public void Recommended_HardenedAndStockConfigurationsAreClean(string text)
    {
        var result = RuleVerifier.Lint(text, options: Recommended);
        Assert.DoesNotContain(result.Diagnostics, d => string.CompareOrdinal(d.Id, "SSHD2040") >= 0 && string.CompareOrdinal(d.Id, "SSHD2079") <= 0);
    }

    [Fact]
    public void Recommended_DebianStockReportsOnlyX11Forwarding()
    {
        const string debian = "Include /etc/ssh/sshd_config.d/*.conf\nKbdInteractiveAuthentication no\nUsePAM yes\nX11Forwarding yes\nPrintMotd no\nAcceptEnv LANG LC_*\nSubsystem sftp /usr/lib/openssh/sftp-server\n";
        var result = RuleVerifier.Lint(debian, Parser.Catalog.Target.Debian92, Recommended);
        var own = result.Diagnostics.Where(d => string.CompareOrdinal(d.Id, "SSHD2040") >= 0 && string.CompareOrdinal(d.Id, "SSHD2079") <= 0).ToList();
        Assert.Equal("SSHD2060", Assert.Single(own).Id);
    }
}
