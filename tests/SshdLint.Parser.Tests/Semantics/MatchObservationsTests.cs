// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Diagnostics;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Tests.TestSupport;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>
/// Tricky Match cases as Debian 9.2p1's sshd decided them. Each case is checked twice: against the
/// recorded outcome (always), and against the live sshd (<c>sshd -T -f cfg -C …</c>) when it is installed
/// (skipped locally without it, failing in CI).
/// </summary>
public sealed class MatchObservationsTests
{
    private static readonly Target Debian = Target.Debian92;

    /// <summary>Per-connection outcomes: <c>Match &lt;line&gt;</c> with <c>-C &lt;spec&gt;</c>.</summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "User alice", "user=alice", true },
        { "User alice", "user=bob", false },
        { "User ALICE", "user=alice", false },
        { "User al?ce", "user=alice", true },
        { "User !root", "user=bob", false },
        { "User *,!root", "user=bob", true },
        { "User *,!root", "user=root", false },
        { "User=alice", "user=alice", true },
        { "User alice", "user=alice,,host=x", true },
        { "User alice Host h", "user=alice", false },
        { "Host foo", "user=bob", false },
        { "Host FOO.example", "user=a,host=foo.EXAMPLE,addr=1.2.3.4", true },
        { "Host *.example.com", "user=a,host=www.example.com,addr=1.2.3.4", true },
        { "Address 10.0.0.0/8", "user=a,host=h,addr=10.1.2.3", true },
        { "Address 10.0.0.*", "user=a,host=h,addr=10.0.0.5", true },
        { "Address !10.0.0.5,10.0.0.0/8", "user=a,host=h,addr=10.0.0.5", false },
        { "Address !10.0.0.5,10.0.0.0/8", "user=a,host=h,addr=10.0.0.6", true },
        { "Address !10.0.0.5", "user=a,host=h,addr=10.0.0.6", false },
        { "Address 10.0.0.0/8,!10.0.0.0/24", "user=a,host=h,addr=10.0.0.6", false },
        { "Address *", "user=a,host=h,addr=notanip", false },
        { "Address 1.2.3.4", "user=a,host=h,addr=1.2.3.4/32", false },
        { "Address 010.0.0.0/8", "user=a,host=h,addr=8.1.2.3", true },
        { "Address 010.0.0.0/8", "user=a,host=h,addr=10.1.2.3", false },
        { "Address 0x0a.0.0.0/8", "user=a,host=h,addr=10.1.2.3", true },
        { "Address 10.1", "user=a,host=h,addr=10.0.0.1", true },
        { "Address 10", "user=a,host=h,addr=0.0.0.10", true },
        { "Address 10.0.0.0/08", "user=a,host=h,addr=10.2.3.4", true },
        { "Address 10.0.0.0/+8", "user=a,host=h,addr=10.2.3.4", false },
        { "Address 10.0.0.0/abc", "user=a,host=h,addr=10.2.3.4", false },
        { "Address ::/129", "user=a,host=h,addr=::1", false },
        { "Address fe80::/10", "user=a,host=h,addr=FE80::1", true },
        { "Address ::ffff:10.0.0.1", "user=a,host=h,addr=10.0.0.1", false },
        { "Address 0.0.0.0/0", "user=a,host=h,addr=1.2.3.4", true },
        { "Address 0.0.0.0/0", "user=a,host=h,addr=::1", false },
        { "Address 4294967295", "user=a,host=h,addr=255.255.255.255", true },
        { "Address 4294967296", "user=a,host=h,addr=255.255.255.255", false },
        { "Address 1.2.65535", "user=a,host=h,addr=1.2.255.255", true },
        { "Address fe80::1%lo", "user=a,host=h,addr=fe80::1%lo", true },
        { "Address 10.0.0.0/8", "user=a,host=h,addr=10.0.0.1%eth0", false },
        // Networks longer than 63 characters are not networks (addr_pton_cidr's char[64]); the entry
        // becomes a wildcard pattern that matches nothing here.
        { "Address 0:0:0:0:0:0:0:0/" + new string('0', 47), "user=a,host=h,addr=ff00::1", true },
        { "Address 0:0:0:0:0:0:0:0/" + new string('0', 48), "user=a,host=h,addr=ff00::1", false },
        { "LocalAddress 192.168.0.0/16", "user=a,laddr=192.168.1.1", true },
        { "LocalPort 22", "user=a,lport=22", true },
        { "LocalPort ssh", "user=a,lport=22", true },
        { "LocalPort 0", "user=a,lport=22", false },
        { "LocalPort 2222", "user=a,lport=22", false },
        { "RDomain foo", "user=a,rdomain=foo", true },
        { "RDomain foo", "user=a", false },
        { "Group root", "user=root", true },
        { "Group *,!root", "user=root", false },
        { "Group root", "user=nosuchuser", false },
        { "All", "user=a", true },
        { "All # comment", "user=a", true },
        { "User alice # comment", "user=alice", true },
    };

    /// <summary>Startup outcomes: does a global-only line after <c>Match &lt;line&gt;</c> count as global?</summary>
    public static TheoryData<string, bool> Startup => new()
    {
        { "All", true },
        { "User x", false },
        { "Address 10.0.0.0/8", false },
        { "Host *", false },
        { "Group *", false },
    };

    /// <summary>Lines Debian 9.2p1 rejects, with its message (and whether "Bad Match condition" follows).</summary>
    public static TheoryData<string, string, bool> Errors => new()
    {
        { "Address 10.0.0.0/33", "Invalid Match address argument '10.0.0.0/33'", false },
        { "Address 10.0.0.1/8", "Invalid Match address argument '10.0.0.1/8'", false },
        { "Address 10/8", "Invalid Match address argument '10/8'", false },
        { "Address 10.1/16", "Invalid Match address argument '10.1/16'", false },
        { "Address 10.0.0.0/8,,1.2.3.4", "Invalid Match address argument '10.0.0.0/8,,1.2.3.4'", false },
        { "Address a,!", "Invalid Match address argument 'a,!'", false },
        { "Address !", "Invalid Match address argument '!'", false },
        { "LocalAddress 10.0.0.1/8", "Invalid Match localaddress argument '10.0.0.1/8'", false },
        { "All foo", "'all' cannot be combined with other Match attributes", true },
        { "User a All", "'all' cannot be combined with other Match attributes", true },
        { "User", "Missing Match criteria for User", true },
        { "User # comment", "Missing Match criteria for User", true },
        { "Foo bar", "Unsupported Match attribute Foo", true },
        { "Foo", "Missing Match criteria for Foo", true },
        { "!User root", "Unsupported Match attribute !User", true },
        { "# comment", "One or more attributes required for Match", true },
        { "Version OpenSSH*", "Unsupported Match attribute Version", true },
        { "invalid-user", "Missing Match criteria for invalid-user", true },
        { "LocalPort 70000", "Invalid LocalPort '70000' on Match line", true },
    };

    // ---- recorded outcomes -------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Connections))]
    public void RecordedConnectionOutcome(string line, string spec, bool expected)
    {
        var condition = ParseOk(line);
        Assert.True(ConnectionContext.TryParse(spec, Debian, out var ctx, out var error), error);
        ctx = ctx with { Groups = RecordedGroups(ctx.User) };
        Assert.Equal(expected, condition.Evaluate(ctx, Debian));
    }

    [Theory]
    [MemberData(nameof(Startup))]
    public void RecordedStartupOutcome(string line, bool expected) => Assert.Equal(expected, ParseOk(line).Evaluate(null, Debian));

    [Theory]
    [MemberData(nameof(Errors))]
    public void RecordedError(string line, string message, bool badMatchCondition)
    {
        _ = badMatchCondition;
        var result = MatchCondition.Parse(Tokens(line), Debian);
        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Errors.Single(e => e.DetectedAtStartup).Message);
    }

    [Fact]
    public void RecordedLocalPortQuirk()
    {
        // sshd -T with "Match LocalPort 22" and no lport in -C (or no -C at all) stops.
        var c = ParseOk("LocalPort 22");
        Assert.Equal("'Match LocalPort' in configuration but 'lport' not in connection test specification.",
            c.EvaluateDetailed(new ConnectionContext(), Debian).Error);
    }

    // ---- the live sshd ---------------------------------------------------------------------------------

    [RequiresSshdTheory]
    [MemberData(nameof(Connections))]
    public void SshdAgreesOnConnectionOutcome(string line, string spec, bool expected)
    {
        var result = Sshd.DumpConfig($"Match {line}\nMaxAuthTries 2\n", spec);
        Assert.True(result.ExitCode == 0, $"sshd -T failed: {result.StdErr}");
        Assert.Equal(expected, result.Dump()["maxauthtries"].Single() == "2");
        // Group cases depend on the machine's user database: check the live groups agree with the recording.
        if (line.StartsWith("Group", StringComparison.Ordinal) && spec == "user=root")
            Assert.Contains("root", LiveGroups("root"));
    }

    [RequiresSshdTheory]
    [MemberData(nameof(Startup))]
    public void SshdAgreesOnStartupOutcome(string line, bool expected)
    {
        var result = Sshd.DumpConfig($"Match {line}\nPort 2222\n");
        if (expected)
        {
            Assert.True(result.ExitCode == 0, result.StdErr);
            Assert.Contains("2222", result.Dump()["port"]);
        }
        else
        {
            Assert.Equal(255, result.ExitCode);
            Assert.Contains("Directive 'Port' is not allowed within a Match block", result.StdErr, StringComparison.Ordinal);
        }
    }

    [RequiresSshdTheory]
    [MemberData(nameof(Errors))]
    public void SshdAgreesOnError(string line, string message, bool badMatchCondition)
    {
        var result = Sshd.DumpConfig($"Match {line}\nMaxAuthTries 2\n");
        Assert.Equal(255, result.ExitCode);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.Equal(badMatchCondition, result.StdErr.Contains("line 1: Bad Match condition", StringComparison.Ordinal));
    }

    [RequiresSshdFact]
    public void SshdStopsOnLocalPortWithoutLport()
    {
        var result = Sshd.DumpConfig("Match LocalPort 22\nMaxAuthTries 2\n");
        Assert.Equal(255, result.ExitCode);
        Assert.Contains("'Match LocalPort' in configuration but 'lport' not in connection test specification.", result.StdErr, StringComparison.Ordinal);
    }

    [RequiresSshdFact]
    public void SshdRejectsTheSameTestSpecifications()
    {
        foreach (var spec in new[] { "User=alice", "user=a,invalid-user", "lport=70000" })
        {
            var result = Sshd.DumpConfig("", spec);
            Assert.Equal(1, result.ExitCode);
            Assert.False(ConnectionContext.TryParse(spec, Debian, out _, out var error));
            Assert.Contains(error!, result.StdErr, StringComparison.Ordinal);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /// <summary>Splits a line as Debian 9.2's strdelim does for these cases (spaces, and '=' after a criterion word).</summary>
    private static string[] Tokens(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(t => t == "User=alice" ? new[] { "User", "alice" } : [t]).ToArray();

    private static MatchCondition ParseOk(string line)
    {
        var result = MatchCondition.Parse(Tokens(line), Debian);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Condition;
    }

    /// <summary>The groups sshd found for the users in these cases on the recording machine (root: root; nosuchuser: none).</summary>
    private static IReadOnlyList<string>? RecordedGroups(string? user) => user switch
    {
        "root" => ["root"],
        _ => null,
    };

    private static string[] LiveGroups(string user)
    {
        var psi = new ProcessStartInfo("id", ["-Gn", user]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
