// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Parsing;
using SshdLint.Parser.Semantics;
using SshdLint.Parser.Syntax;

namespace SshdLint.Parser.Tests.Syntax;

/// <summary>
/// Before 8.7, servconf.c reads SetEnv's arguments with strdelimw, which splits at whitespace only, so
/// <c>NAME=VALUE</c> stays one argument (every other keyword uses strdelim, which also splits at one '=').
/// </summary>
public sealed class SetEnvTokenizationTests
{
    [Theory]
    [InlineData("7.8")]
    [InlineData("8.6")]
    [InlineData("9.2")]
    public void NameValueStaysOneArgument(string version)
    {
        var target = new Target(OpenSshVersion.Parse(version));
        var tree = SyntaxTree.Parse("SetEnv FOO=bar LANG=C\nSetEnv = X=1\n", new ParseOptions(target, "/etc/ssh/sshd_config"));
        var lines = tree.Root.AllDirectives().ToList();
        Assert.Equal(["FOO=bar", "LANG=C"], lines[0].ArgumentValues);
        Assert.Equal(["X=1"], lines[1].ArgumentValues);

        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", "SetEnv FOO=bar\n");
        var model = Binder.BindFile("/etc/ssh/sshd_config", new BindOptions(target, null, fs), out _);
        Assert.DoesNotContain(model!.Diagnostics, d => d.Fatal);
    }

    [Fact]
    public void OtherKeywordsStillSplitAtEqualsBefore8_7()
    {
        var tree = SyntaxTree.Parse("AcceptEnv LANG=C\n", new ParseOptions(new Target(new OpenSshVersion(8, 6)), "/etc/ssh/sshd_config"));
        Assert.Equal(["LANG", "C"], tree.Root.AllDirectives().Single().ArgumentValues);
    }
}
