// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Cli;

/// <summary>Options shared by every command that reads a configuration: which sshd, and where /etc/ssh is.</summary>
internal static class TargetOptions
{
    public static CommandLine Declare(CommandLine cl) => cl
        .Option("--openssh")
        .Option("--vendor")
        .Option("--sysroot");

    /// <summary>The target: command-line options win over the configuration file, which wins over the defaults.</summary>
    public static Target ReadTarget(CommandLine cl, Rules.Configuration.ConfigurationFile? config = null)
    {
        var version = config?.OpenSsh ?? OpenSshVersion.Newest;
        if (cl.Get("--openssh") is { } v)
        {
            if (!OpenSshVersion.TryParse(v, out version))
                throw new UsageException($"--openssh: '{v}' is not a version (expected e.g. 9.2 or 9.9p2)");
            if (!version.IsCovered)
                throw new UsageException($"--openssh: {v} is outside the versions SshdLint knows ({OpenSshVersion.Oldest} to {OpenSshVersion.Newest})");
        }
        var vendor = config?.Vendor ?? Vendor.Upstream;
        if (cl.Get("--vendor") is { } vendorText)
        {
            vendor = vendorText.ToLowerInvariant() switch
            {
                "upstream" => Vendor.Upstream,
                "debian" => Vendor.Debian,
                _ => throw new UsageException($"--vendor: '{vendorText}' is not upstream or debian"),
            };
        }
        return new Target(version, vendor);
    }

    public static string? ReadSysroot(CommandLine cl)
    {
        var sysroot = cl.Get("--sysroot");
        if (sysroot is not null && !Directory.Exists(sysroot))
            throw new UsageException($"--sysroot: no directory '{sysroot}'");
        return sysroot;
    }
}
