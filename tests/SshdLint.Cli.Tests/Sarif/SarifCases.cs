// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json.Nodes;

namespace SshdLint.Cli.Tests.Sarif;

/// <summary>
/// Small configurations that exercise every part of the SARIF log the corpus may not: inline suppressions, related
/// locations through an Include, fixes, unreadable files, bytes that are not UTF-8, names that need escaping.
/// </summary>
internal static class SarifCases
{
    /// <summary>Case names for theories.</summary>
    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c });

    public static readonly string[] All = ["suppressed", "included", "fixes", "unreadable", "not-utf8", "escaping"];

    /// <summary>Writes the case's files under <paramref name="dir"/> and returns the <c>check</c> arguments (without the format).</summary>
    public static string[] Prepare(string name, TempDir dir)
    {
        switch (name)
        {
            case "suppressed":
                return [dir.Write("sshd_config", """
                    # Break-glass access for the console server only.
                    # sshdlint-disable-next-line SSHD2001 -- console server, root needs a password
                    PermitRootLogin yes
                    Protocol 2
                    """)];
            case "included":
                // The drop-in's PermitRootLogin wins over nothing in the main file, and the Match block sets it again:
                // related locations name the Include line and the Match header.
                dir.Write("etc/ssh/sshd_config.d/50-cloud-init.conf", "PermitRootLogin yes\nUsePrivilegeSeparation sandbox\n");
                return ["--sysroot", dir.Path,
                    dir.Write("etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nMatch User backup\n  PermitRootLogin yes\n")];
            case "fixes":
                return [dir.Write("sshd_config", "Protocol 2\nUsePrivilegeSeparation sandbox\nPermitRootLogn yes\nPermitRootLogin yes\nKeyRegenerationInterval 3600\n")];
            case "unreadable":
                return [dir.Write("sshd_config", "PermitRootLogin yes\n"), Path.Combine(dir.Path, "missing", "sshd_config")];
            case "not-utf8":
                return [dir.WriteBytes("sshd_config", [.. "PermitRootLogin yes\nBanner /etc/"u8, 0xff, .. "issue\nFoo"u8, 0xff, 0xfe, .. " \u00e9\n"u8])];
            case "escaping":
                return [dir.Write("dir with space/50 cloud#init[1].conf", "PermitRootLogin yes\nProtocol 2\n")];
            default:
                throw new ArgumentException($"no SARIF case '{name}'", nameof(name));
        }
    }

    /// <summary>Runs <c>check --format sarif</c> on a case, with the case's directory as the source root.</summary>
    public static (CliRunner.Result Result, JsonNode Log) Run(string name, TempDir dir, params string[] extra)
    {
        var args = Prepare(name, dir);
        var r = CliRunner.Run(["check", "--format", "sarif", "--source-root", dir.Path, .. extra, .. args]);
        return (r, JsonNode.Parse(r.Out)!);
    }
}
