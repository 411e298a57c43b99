// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using BenchmarkDotNet.Attributes;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;
using SshdLint.Parser.Text;

namespace SshdLint.Benchmarks;

/// <summary>Parse and bind a 100,000-line configuration (issue 2's figure, recorded in docs/performance.md).</summary>
[MemoryDiagnoser]
public class ParseAndBindBenchmark
{
    private SourceText _text = null!;
    private BindOptions _options = null!;

    [Params(100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SourceText.From(LargeConfig.Generate(Lines));
        _options = new BindOptions(Target.Default, null, new InMemoryFileSystem());
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_text, new ParseOptions(Target.Default, "sshd_config"));

    [Benchmark]
    public ConfigModel ParseAndBind() => Binder.Bind(SyntaxTree.Parse(_text, new ParseOptions(Target.Default, "sshd_config")), _options);

    [Benchmark]
    public EffectiveConfig ParseBindAndEvaluate() =>
        EffectiveConfig.Compute(Binder.Bind(SyntaxTree.Parse(_text, new ParseOptions(Target.Default, "sshd_config")), _options), new ConnectionContext());
}

/// <summary>A realistic large configuration: a stock header, then many Match blocks with typical settings.</summary>
public static class LargeConfig
{
    public static string Generate(int lines)
    {
        var sb = new StringBuilder();
        string[] header =
        [
            "# Large generated configuration",
            "Port 22",
            "AddressFamily any",
            "ListenAddress 0.0.0.0",
            "HostKey /etc/ssh/ssh_host_ed25519_key",
            "PermitRootLogin no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM yes",
            "X11Forwarding no",
            "PrintMotd no",
            "AcceptEnv LANG LC_*",
            "Subsystem sftp /usr/lib/openssh/sftp-server",
            "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com",
            "KexAlgorithms -diffie-hellman-group14-sha256",
            "ClientAliveInterval 300",
            "LoginGraceTime 1m",
        ];
        int n = 0;
        foreach (var h in header) { sb.Append(h).Append('\n'); n++; }
        int block = 0;
        while (n < lines)
        {
            sb.Append("Match User user").Append(block).Append(",\"other ").Append(block).Append("\" Address 10.").Append(block % 250).Append(".0.0/16\n");
            sb.Append("    AllowTcpForwarding no   # per-user\n");
            sb.Append("    X11Forwarding no\n");
            sb.Append("    ForceCommand internal-sftp -d /home/%u\n");
            sb.Append("    ChrootDirectory /srv/sftp/%u\n");
            sb.Append('\n');
            n += 6;
            block++;
        }
        return sb.ToString();
    }
}
