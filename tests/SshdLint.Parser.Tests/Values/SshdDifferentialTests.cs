// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Values;

namespace SshdLint.Parser.Tests.Values;

/// <summary>
/// Differential tests against Debian's sshd 9.2p1: for each one-line configuration, sshd's verdict (<c>-t</c>
/// exit status), its message, and the <c>sshd -T</c> lines for the keyword must match our parse and
/// <see cref="SettingValue.FormatForSshdT"/> for <see cref="Target.Debian92"/>.
/// </summary>
public sealed class SshdDifferentialTests
{
    private static readonly Target Debian = Target.Debian92;

    /// <summary>One-line configurations; every grammar sshd 9.2 knows, valid and invalid.</summary>
    public static TheoryData<string> Lines => new(
        // Flags and enums.
        "PasswordAuthentication no", "PasswordAuthentication YES", "PasswordAuthentication maybe", "PasswordAuthentication \"\"",
        "PasswordAuthentication no yes", "X11Forwarding yes", "PermitEmptyPasswords No", "UseDNS yes", "DisableForwarding yes",
        "PermitRootLogin prohibit-password", "PermitRootLogin without-password", "PermitRootLogin YES", "PermitRootLogin forced-commands-only",
        "PermitRootLogin maybe", "PermitRootLogin \"\"", "AddressFamily inet6", "AddressFamily INET", "AddressFamily ipv4",
        "Compression delayed", "Compression Delayed", "Compression no", "Compression zlib", "GatewayPorts clientspecified",
        "GatewayPorts yes", "AllowTcpForwarding all", "AllowTcpForwarding Local", "AllowTcpForwarding remote", "AllowTcpForwarding both",
        "AllowStreamLocalForwarding all", "AllowStreamLocalForwarding no", "IgnoreRhosts shosts-only", "IgnoreRhosts no",
        "IgnoreRhosts maybe", "PermitTunnel point-to-point", "PermitTunnel ethernet", "PermitTunnel Yes", "PermitTunnel \"\"",
        "LogLevel debug1", "LogLevel DEBUG", "LogLevel Debug3", "LogLevel verbose", "LogLevel loud", "LogLevel \"\"",
        "SyslogFacility local0", "SyslogFacility AUTHPRIV", "SyslogFacility foo", "FingerprintHash md5", "FingerprintHash sha1",
        "FingerprintHash SHA512", "FingerprintHash sha3", "FingerprintHash \"\"", "PubkeyAuthOptions none",
        "PubkeyAuthOptions touch-required", "PubkeyAuthOptions verify-required Touch-Required", "PubkeyAuthOptions none touch-required",
        "PubkeyAuthOptions foo", "PermitUserEnvironment yes", "PermitUserEnvironment YES", "PermitUserEnvironment LANG,LC_*",
        "PermitUserEnvironment \"\"",
        // Integers and times.
        "MaxAuthTries 3", "MaxAuthTries 010", "MaxAuthTries +5", "MaxAuthTries \" 5\"", "MaxAuthTries abc", "MaxAuthTries -1",
        "MaxAuthTries 2147483648", "MaxAuthTries 0x10", "MaxAuthTries \"\"", "maxsessions x", "ClientAliveCountMax 0",
        "X11DisplayOffset 5x", "RequiredRSASize 512", "LoginGraceTime 1h30m", "LoginGraceTime 1H30M", "LoginGraceTime 1m1m",
        "LoginGraceTime 5s5", "LoginGraceTime \"1m 5\"", "LoginGraceTime +5", "LoginGraceTime 1.5", "LoginGraceTime -1",
        "LoginGraceTime 2w", "LoginGraceTime 2147483647", "LoginGraceTime 2147483648", "LoginGraceTime 35791395m",
        "LoginGraceTime 5x", "LoginGraceTime \"\"", "LoginGraceTime \"5 5\"", "ClientAliveInterval 0", "ClientAliveInterval 1d",
        "UnusedConnectionTimeout none", "UnusedConnectionTimeout NONE", "UnusedConnectionTimeout 0", "UnusedConnectionTimeout 1h",
        "UnusedConnectionTimeout x", "PerSourceMaxStartups none", "PerSourceMaxStartups 0", "PerSourceMaxStartups 7",
        "PerSourceMaxStartups NONE", "PerSourceMaxStartups -3", "PerSourceMaxStartups 2147483647",
        // Composite values.
        "RekeyLimit 1G", "RekeyLimit 1g 1h", "RekeyLimit default none", "RekeyLimit default", "RekeyLimit 0", "RekeyLimit 15",
        "RekeyLimit 16", "RekeyLimit 1K", "RekeyLimit 1.5G", "RekeyLimit 4G", "RekeyLimit 16.5", "RekeyLimit 1b", "RekeyLimit 7E",
        "RekeyLimit 8E", "RekeyLimit 1KB", "RekeyLimit 1K!", "RekeyLimit none", "RekeyLimit DEFAULT", "RekeyLimit 1x",
        "RekeyLimit -1", "RekeyLimit --1", "RekeyLimit 1..2", "RekeyLimit .", "RekeyLimit \"\"", "RekeyLimit 1G 0",
        "RekeyLimit 1G NONE", "RekeyLimit 1G default", "RekeyLimit 1G 1h 3", "RekeyLimit 9223372036854775807",
        "MaxStartups 10", "MaxStartups 10:30:60", "MaxStartups 0", "MaxStartups 10:0:100", "MaxStartups 10:101:100",
        "MaxStartups 20:30:10", "MaxStartups 10:30", "MaxStartups a", "MaxStartups 10:30:100:4", "MaxStartups 10x",
        "MaxStartups \" 10: 30: 100\"", "MaxStartups -1",
        "PerSourceNetBlockSize 24", "PerSourceNetBlockSize 24:64", "PerSourceNetBlockSize 0", "PerSourceNetBlockSize 33",
        "PerSourceNetBlockSize 24:129", "PerSourceNetBlockSize :64", "PerSourceNetBlockSize 24:", "PerSourceNetBlockSize 24x",
        "PerSourceNetBlockSize -1",
        "IPQoS af21", "IPQoS af21 cs1", "IPQoS AF21 CS1", "IPQoS 0x10", "IPQoS 16 8", "IPQoS 255", "IPQoS 256", "IPQoS -1",
        "IPQoS none", "IPQoS le", "IPQoS va", "IPQoS lowdelay", "IPQoS throughput reliability", "IPQoS foo", "IPQoS af21 foo",
        "IPQoS af21 cs1 ef", "IPQoS 010", "IPQoS 0x", "IPQoS cs0 none", "IPQoS \"\"",
        "StreamLocalBindMask 0177", "StreamLocalBindMask 177", "StreamLocalBindMask 0777", "StreamLocalBindMask 1777",
        "StreamLocalBindMask 8", "StreamLocalBindMask 0", "StreamLocalBindMask 22", "StreamLocalBindMask -1",
        "StreamLocalBindMask 0x1", "StreamLocalBindMask 07x",
        // Ports and addresses.
        "Port 2222", "Port ssh", "Port http", "Port 0", "Port 65536", "Port nosuch", "Port 22x", "Port 022", "Port \" 22\"",
        "Port 1 2", "Port \"\"", "ListenAddress 127.0.0.1", "ListenAddress 127.0.0.1:2222", "ListenAddress [::1]:2222",
        "ListenAddress ::1", "ListenAddress [::1]", "ListenAddress 127.0.0.1/22", "ListenAddress 127.0.0.1:0",
        "ListenAddress 127.0.0.1:ssh", "ListenAddress 127.0.0.1:99999", "ListenAddress 127.0.0.1 foo",
        "ListenAddress 0.0.0.0 rdomain x", "ListenAddress [10.0.0.1]:25", "ListenAddress 10.0.0.1:", "ListenAddress \"\"",
        "ListenAddress [::1", "ListenAddress 0", "ListenAddress 10.1", "ListenAddress fe80::1:2:3",
        "PermitOpen any", "PermitOpen none", "PermitOpen ANY", "PermitOpen host:22", "PermitOpen host:22 other:*",
        "PermitOpen *:*", "PermitOpen host", "PermitOpen host:0", "PermitOpen host:ssh", "PermitOpen [::1]:22",
        "PermitOpen ::1:22", "PermitOpen host:22 any", "PermitOpen any host:22", "PermitOpen none none", "PermitOpen host/22",
        "PermitOpen host:22:33", "PermitOpen :22", "PermitOpen a:1 \"\" b:2", "PermitListen 22", "PermitListen *:22",
        "PermitListen localhost:22", "PermitListen any", "PermitListen 0", "PermitListen ssh",
        // Users, groups, environment.
        "AllowUsers alice bob@host alice@10.0.0.0/8", "AllowUsers alice@10.0.0.0/33", "AllowUsers alice@1.2.3.4/x",
        "AllowUsers alice@10.0.0.1/8", "AllowUsers a@", "AllowUsers a@b,", "AllowUsers a@!10.0.0.0/8", "AllowUsers a@::1/129",
        "AllowUsers a@fe80::1/64", "AllowUsers a@10.1/8", "AllowUsers a@10.0.0.0/", "AllowUsers a@0.0.0.0/0", "AllowUsers \"\"",
        "AllowUsers a@b@c", "DenyUsers root", "AllowGroups wheel staff", "DenyGroups \"\"", "AcceptEnv LANG LC_*",
        "AcceptEnv A=B", "AcceptEnv \"\"", "AcceptEnv !X", "SetEnv A=1", "SetEnv A=1 B=2", "SetEnv A", "SetEnv A=1 A=2",
        "SetEnv \"A=x y\"", "SetEnv A=", "SetEnv \"\"",
        // Authentication methods, channel timeouts, subsystems, LogVerbose.
        "AuthenticationMethods any", "AuthenticationMethods ANY", "AuthenticationMethods publickey,password",
        "AuthenticationMethods publickey,password publickey,keyboard-interactive:pam", "AuthenticationMethods publickey any",
        "AuthenticationMethods any publickey", "AuthenticationMethods foo", "AuthenticationMethods publickey,",
        "AuthenticationMethods password:x", "AuthenticationMethods none", "AuthenticationMethods \"\"",
        "AuthenticationMethods publickey,publickey",
        "ChannelTimeout none", "ChannelTimeout NONE", "ChannelTimeout session=5m", "ChannelTimeout session=5m direct-tcpip=1h",
        "ChannelTimeout foo=1", "ChannelTimeout session", "ChannelTimeout session=", "ChannelTimeout session=x",
        "ChannelTimeout global=5", "ChannelTimeout session=5 none", "ChannelTimeout none session=5", "ChannelTimeout *=5m",
        "ChannelTimeout session=5=6", "ChannelTimeout \"\"",
        "Subsystem sftp internal-sftp", "Subsystem sftp /usr/lib/sftp-server -f AUTH -l INFO", "Subsystem sftp",
        "Subsystem sftp \"/a b/c\" \"x y\"", "Subsystem \"\" x", "Subsystem sftp \"\"",
        "LogVerbose kex.c:*:1000 packet.c:*", "LogVerbose none", "LogVerbose a none", "LogVerbose \"\"",
        // Paths and commands.
        "PidFile none", "PidFile NONE", "PidFile rel/x.pid", "PidFile ~/x.pid", "PidFile /a/%u", "PidFile \"\"", "Banner none",
        "Banner /etc/issue", "Banner rel", "XAuthLocation none", "XAuthLocation rel", "ModuliFile none", "ModuliFile rel",
        "TrustedUserCAKeys rel", "TrustedUserCAKeys none", "RevokedKeys /a", "RevokedKeys none", "RevokedKeys /a /b",
        "AuthorizedKeysFile none", "AuthorizedKeysFile .ssh/a /etc/%u none", "AuthorizedKeysFile ~/.ssh/x",
        "AuthorizedKeysFile \"\"", "AuthorizedPrincipalsFile none", "AuthorizedPrincipalsFile rel/%u",
        "AuthorizedPrincipalsFile ~/x", "ChrootDirectory none", "ChrootDirectory /srv/%u", "ChrootDirectory ~/x",
        "HostKeyAgent none", "SecurityKeyProvider internal", "SecurityKeyProvider Internal", "SecurityKeyProvider /x.so",
        "SecurityKeyProvider rel.so", "SecurityKeyProvider none", "ForceCommand internal-sftp -d /x", "ForceCommand none",
        "ForceCommand NONE", "ForceCommand \"a b\" # c", "ForceCommand   lead  trail", "AuthorizedKeysCommand rel %u",
        "AuthorizedKeysCommand none", "AuthorizedKeysCommand \"/bin/x\" %u", "AuthorizedKeysCommandUser nobody",
        "AuthorizedKeysCommandUser none", "AuthorizedKeysCommandUser \"\"", "VersionAddendum hello world # x",
        "VersionAddendum none", "VersionAddendum NONE", "VersionAddendum \"q\"", "RDomain x", "Include /nonexistent/*.conf",
        "Include \"\"",
        // Algorithm lists.
        "Ciphers +aes128-cbc", "Ciphers ^aes128-cbc,3des-cbc", "Ciphers -aes*-ctr", "Ciphers -chacha20*", "Ciphers aes*",
        "Ciphers +aes*-cbc", "Ciphers ,", "Ciphers aes128-ctr,,garbage", "Ciphers none", "Ciphers aes128-ctr,aes128-ctr",
        "Ciphers +aes128-ctr", "Ciphers ^aes256-ctr", "Ciphers -*", "Ciphers -", "Ciphers +", "Ciphers ^", "Ciphers AES128-CTR",
        "Ciphers -!aes128-ctr", "Ciphers -aes128-ctr,!x", "Ciphers +aes128-cbc,,zzz", "Ciphers rijndael-cbc@lysator.liu.se",
        "Ciphers arcfour", "Ciphers \"aes128-ctr, aes256-ctr\"", "Ciphers aes128-ctr,", "Ciphers ^aes128-cbc,aes128-cbc",
        "Ciphers \"\"", "MACs +hmac-md5", "MACs -*sha1*", "MACs hmac-ripemd160", "MACs none", "MACs umac-64@openssh.com",
        "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com", "KexAlgorithms +diffie-hellman-group1-sha1",
        "KexAlgorithms -diffie-hellman*", "KexAlgorithms sntrup4591761x25519-sha512@tinyssh.org",
        "KexAlgorithms mlkem768x25519-sha256", "KexAlgorithms curve25519-sha256,sntrup761x25519-sha512", "KexAlgorithms -*",
        "KexAlgorithms ^curve25519-sha256", "KexAlgorithms ext-info-s", "KexAlgorithms gss-gex-sha1-",
        "KexAlgorithms gss-gex-sha1-xyz", "KexAlgorithms +gss-gex-sha1-", "KexAlgorithms gss-foo-",
        "KexAlgorithms diffie-hellman-group14-sha1", "KexAlgorithms \"\"",
        "HostKeyAlgorithms ssh-ed25519", "HostKeyAlgorithms *", "HostKeyAlgorithms ssh-dss", "HostKeyAlgorithms +ssh-rsa",
        "HostKeyAlgorithms ssh-ed25519*", "HostKeyAlgorithms rsa*", "HostKeyAlgorithms ED25519", "HostKeyAlgorithms ED25519,ssh-rsa",
        "HostKeyAlgorithms ed25519", "HostKeyAlgorithms RSA-CERT", "HostKeyAlgorithms !ssh-rsa", "HostKeyAlgorithms ssh-rsa,!ssh-dss",
        "HostKeyAlgorithms -*cert*", "HostKeyAlgorithms +", "HostKeyAlgorithms -", "HostKeyAlgorithms ,",
        "HostKeyAlgorithms ssh-xmss@openssh.com", "HostKeyAlgorithms webauthn-sk-ecdsa-sha2-nistp256@openssh.com",
        "HostKeyAlgorithms *,ssh-rsa", "HostKeyAlgorithms +ssh-rsa*", "HostKeyAlgorithms ssh-*", "HostKeyAlgorithms ECDSA-SK,ssh-ed25519",
        "HostKeyAlgorithms DSA,ssh-ed25519", "HostKeyAlgorithms ssh-ed25519,,garbage", "HostKeyAlgorithms zzz*",
        "HostKeyAlgorithms zzz*,ssh-ed25519", "HostKeyAlgorithms !zzz", "HostKeyAlgorithms -!ssh-ed25519", "HostKeyAlgorithms ?sh-rsa",
        "HostKeyAlgorithms \"\"", "PubkeyAcceptedAlgorithms ^ssh-rsa", "PubkeyAcceptedAlgorithms +ssh-rsa,ssh-rsa-cert-v01@openssh.com",
        "HostbasedAcceptedAlgorithms ssh-ed25519", "HostbasedAcceptedAlgorithms -ssh-*",
        "CASignatureAlgorithms ssh-ed25519-cert-v01@openssh.com", "CASignatureAlgorithms ssh-ed25519-cert-v01@openssh.com,ssh-ed25519",
        "CASignatureAlgorithms *", "CASignatureAlgorithms +ssh-rsa", "CASignatureAlgorithms -rsa*", "CASignatureAlgorithms ,",
        // Deprecated and ignored keywords.
        "Protocol 2", "UseLogin yes", "RSAAuthentication no", "Protocol");

    /// <summary>sshd's verdict, message and printed value for one line agree with ours.</summary>
    [SshdTheory]
    [MemberData(nameof(Lines))]
    public void MatchesSshd(string line)
    {
        var (keyword, args) = LineSplitter.Split(line, TestKeywords.Def(FirstWord(line)).TakesRestOfLine);
        var def = TestKeywords.Def(keyword);
        var result = ArgumentParser.Parse(def, args, Debian, keyword);

        var (exitT, stdout, stderr) = SshdRunner.Run(line + "\n", dump: true);
        var (exitt, _, _) = SshdRunner.Run(line + "\n", dump: false);
        Assert.Equal(exitT == 0, exitt == 0);

        bool weRefuse = result.Error is { IsFatal: true };
        Assert.True((exitt != 0) == weRefuse,
            $"sshd -t exit {exitt}, ours {(result.Error is null ? "accepted" : result.Error.Message)}; sshd said: {stderr.Trim()}");

        if (result.Error is { } error)
        {
            // Messages are compared without the "file line N:" prefix; a preceding detail line must also match.
            Assert.Contains(error.Message, stderr, StringComparison.Ordinal);
            if (error.Detail is not null) Assert.Contains(error.Detail, stderr, StringComparison.Ordinal);
        }
        if (exitT != 0) return;

        string key = SshdTKey(def);
        var printed = stdout.Split('\n')
            .Where(l => l.StartsWith(key + " ", StringComparison.Ordinal))
            .Select(l => l[(key.Length + 1)..])
            .ToList();
        var ours = result.Value!.FormatForSshdT(Debian);
        if (def.EffectiveName == "HostKey") printed.RemoveAll(p => p == SshdRunner.HostKey);
        Assert.Equal(ours, printed);
    }

    /// <summary>Per-component RekeyLimit merging and last-wins MaxStartups/StreamLocalBindMask across lines.</summary>
    [SshdTheory]
    [InlineData("RekeyLimit 1G\nRekeyLimit 2G 1h")]
    [InlineData("RekeyLimit 1G none\nRekeyLimit 2G 1h")]
    [InlineData("RekeyLimit default\nRekeyLimit 2G 30m")]
    [InlineData("MaxStartups 10:50:100\nMaxStartups 20")]
    [InlineData("MaxStartups 10:30:100\nMaxStartups 20:40:200")]
    public void MergesLikeSshd(string config)
    {
        var values = new List<SettingValue>();
        string? keyword = null;
        foreach (var line in config.Split('\n'))
        {
            var (kw, args) = LineSplitter.Split(line, false);
            keyword = kw;
            var r = ArgumentParser.Parse(TestKeywords.Def(kw), args, Debian, kw);
            values.Add(r.Value!);
        }
        SettingValue merged = keyword == "RekeyLimit"
            ? RekeyLimitValue.Merge(values)!
            : MaxStartupsValue.Merge(values, Debian)!;

        var (exit, stdout, _) = SshdRunner.Run(config + "\n", dump: true);
        Assert.Equal(0, exit);
        string key = keyword!.ToLowerInvariant();
        var printed = stdout.Split('\n').Where(l => l.StartsWith(key + " ", StringComparison.Ordinal)).Select(l => l[(key.Length + 1)..]);
        Assert.Equal(merged.FormatForSshdT(Debian), printed);
    }

    /// <summary>Every default we derive prints exactly as sshd -T prints it with an empty configuration.</summary>
    [SshdTheory]
    [InlineData("Ciphers")]
    [InlineData("MACs")]
    [InlineData("KexAlgorithms")]
    [InlineData("HostKeyAlgorithms")]
    [InlineData("PubkeyAcceptedAlgorithms")]
    [InlineData("HostbasedAcceptedAlgorithms")]
    [InlineData("CASignatureAlgorithms")]
    public void AlgorithmDefaultsMatchSshd(string keyword)
    {
        var def = TestKeywords.Def(keyword);
        var value = SettingDefaults.Single(def, Debian)!;
        var (exit, stdout, _) = SshdRunner.Run("\n", dump: true);
        Assert.Equal(0, exit);
        string key = keyword.ToLowerInvariant();
        var printed = stdout.Split('\n').Single(l => l.StartsWith(key + " ", StringComparison.Ordinal))[(key.Length + 1)..];
        Assert.Equal(printed, Assert.Single(value.FormatForSshdT(Debian)));
    }

    private static string FirstWord(string line)
    {
        int end = line.IndexOfAny([' ', '\t', '=']);
        return end < 0 ? line : line[..end];
    }

    private static string SshdTKey(KeywordDefinition def) => def.EffectiveName.ToLowerInvariant();
}
