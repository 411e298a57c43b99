// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structural;

/// <summary>Did-you-mean fixes on the structural diagnostics sshd itself checks (misspelled keywords and words).</summary>
public sealed class DidYouMeanFixTests
{
    [Fact]
    public void MisspelledKeywordIsRenamed() =>
        RuleVerifier.VerifyFix("SSHD0001", "Port 22\nPermitRootLogn no # typo\n", "Port 22\nPermitRootLogin no # typo\n", FixApplicability.Unsafe);

    [Fact]
    public void MisspelledEnumWordIsReplaced() =>
        RuleVerifier.VerifyFix("SSHD0005", "X11Forwarding yse\n", "X11Forwarding yes\n", FixApplicability.Unsafe);

    [Fact]
    public void NoSuggestionNoFix()
    {
        var result = RuleVerifier.Lint("Frobnicate 1\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "SSHD0001");
        Assert.Empty(d.Fixes);
    }
}

/// <summary>Lines sshd ignores (deprecated, compiled out, silently ignored) are removed by a safe fix.</summary>
public sealed class IgnoredLineFixTests
{
    [Fact]
    public void DeprecatedKeywordLineIsRemoved() =>
        RuleVerifier.VerifyFix("SSHD3001", "Port 22\n    UsePrivilegeSeparation sandbox # old\nX11Forwarding no\n", "Port 22\nX11Forwarding no\n", FixApplicability.Safe);

    [Fact]
    public void ProtocolLineIsRemoved() =>
        RuleVerifier.VerifyFix("SSHD3003", "Protocol 2\r\nPort 22\r\n", "Port 22\r\n", FixApplicability.Safe);

    [Fact]
    public void LastLineWithoutNewlineIsRemoved() =>
        RuleVerifier.VerifyFix("SSHD3001", "Port 22\nUseLogin no", "Port 22\n", FixApplicability.Safe);
}
