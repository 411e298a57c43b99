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
