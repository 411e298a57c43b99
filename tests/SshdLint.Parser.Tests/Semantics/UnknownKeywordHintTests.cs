// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>
/// SSHD0001 says why a keyword another release or vendor knows is unknown to the target, instead of guessing a
/// typo (one message, rather than a second diagnostic beside the fatal one).
/// </summary>
public sealed class UnknownKeywordHintTests
{
    private static string Message(string text, Target target)
    {
        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", text);
        var model = Binder.BindFile("/etc/ssh/sshd_config", new BindOptions(target, null, fs), out _);
        return Assert.Single(model!.Diagnostics, d => d.Descriptor == StructuralDescriptors.UnknownKeyword).Message;
    }

    [Fact]
    public void AddedLater() =>
        Assert.Equal("Bad configuration option: Include (Include was added in OpenSSH 8.2; the target is 8.1)",
            Message("Include /etc/ssh/sshd_config.d/*.conf\n", new Target(new OpenSshVersion(8, 1))));

    [Fact]
    public void RemovedEarlier() =>
        Assert.Equal("Bad configuration option: PAMAuthenticationViaKbdInt (PAMAuthenticationViaKbdInt was removed in OpenSSH 10.4)",
            Message("PAMAuthenticationViaKbdInt no\n", Target.Default));

    [Fact]
    public void OtherVendor() =>
        Assert.Equal("Bad configuration option: DebianBanner (DebianBanner exists only in Debian's builds of OpenSSH)",
            Message("DebianBanner no\n", new Target(new OpenSshVersion(9, 2))));

    [Fact]
    public void OneReleaseRegression() =>
        Assert.Equal("Bad configuration option: GSSAPIAuthentication (OpenSSH 10.4 does not accept GSSAPIAuthentication, although earlier releases and 10.5 do)",
            Message("GSSAPIAuthentication no\n", new Target(new OpenSshVersion(10, 4))));

    [Fact]
    public void TyposStillGetSuggestions() =>
        Assert.Contains("did you mean PermitRootLogin", Message("PermitRootLogn no\n", Target.Default));

    [Fact]
    public void UnknownEverywhereGetsNoHint() =>
        Assert.Equal("Bad configuration option: Frobnicate", Message("Frobnicate yes\n", Target.Default));
}
