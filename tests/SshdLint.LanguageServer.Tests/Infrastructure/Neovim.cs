// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>Where Neovim is: <c>SSHDLINT_NVIM</c>, else <c>nvim</c> on the PATH (Debian's <c>neovim</c> package).</summary>
internal static class Neovim
{
    public static string? Path
    {
        get
        {
            if (Environment.GetEnvironmentVariable("SSHDLINT_NVIM") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = System.IO.Path.Combine(dir, "nvim");
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }
    }

    public const string UnavailableMessage = "Neovim is not installed (apt-get install neovim, or set SSHDLINT_NVIM); the real-client test needs it";
}

/// <summary>A fact that needs Neovim: skipped locally when it is missing, run (and failed) in CI, like the sshd oracle tests.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (!Requirements.IsCi && Neovim.Path is null) Skip = Neovim.UnavailableMessage;
    }
}
