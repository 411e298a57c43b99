// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

public sealed class IncludeTests
{
    private static readonly Target Target92 = new(new OpenSshVersion(9, 2));

    private static ConfigModel Bind(InMemoryFileSystem fs, string main = "/etc/ssh/sshd_config", Target? target = null, string? sysroot = null)
    {
        var model = Binder.BindFile(main, new BindOptions(target ?? Target92, sysroot, fs), out var error);
        Assert.Null(error);
        return model!;
    }

    [Fact]
    public void GlobMatchesAreReadInLexicalOrderInPlace()
    {
        var fs = new InMemoryFileSystem()
            .Add("/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n")
            .Add("/etc/ssh/sshd_config.d/50-cloud-init.conf", "PasswordAuthentication yes\n")
            .Add("/etc/ssh/sshd_config.d/10-first.conf", "Port 2222\n")
            .Add("/etc/ssh/sshd_config.d/ignored.txt", "Port 1\n");
        var model = Bind(fs);
        Assert.Equal(
            ["/etc/ssh/sshd_config", "/etc/ssh/sshd_config.d/10-first.conf", "/etc/ssh/sshd_config.d/50-cloud-init.conf"],
            model.Files.Select(f => f.Path));
        Assert.Equal(["Include", "Port", "PasswordAuthentication", "PasswordAuthentication"], model.Directives.Select(d => d.Syntax.KeywordText));
        var effective = EffectiveConfig.Compute(model, null);
        var winner = effective.Get("PasswordAuthentication").WinningLine!;
        Assert.Equal("/etc/ssh/sshd_config.d/50-cloud-init.conf", winner.File.Path);
        var shadowed = EffectiveConfig.FindShadowedLines(model);
        var s = Assert.Single(shadowed);
        Assert.Equal("/etc/ssh/sshd_config", s.Line.File.Path);
        Assert.Same(winner, s.WinningLine);
    }

    [Fact]
    public void RelativeIncludeIsUnderEtcSshNotTheIncludingFile()
    {
        var fs = new InMemoryFileSystem()
            .Add("/srv/conf/sshd_config", "Include extra.conf\n")
            .Add("/srv/conf/extra.conf", "Port 1\n")
            .Add("/etc/ssh/extra.conf", "Port 2\n");
        var model = Bind(fs, "/srv/conf/sshd_config");
        Assert.Equal("/etc/ssh/extra.conf", model.Files[1].Path);
    }

    [Fact]
    public void SysrootMapsAbsoluteAndRelativeIncludesIntoTheRepository()
    {
        var fs = new InMemoryFileSystem()
            .Add("/repo/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nInclude more/*.conf\n")
            .Add("/repo/etc/ssh/sshd_config.d/a.conf", "Port 1\n")
            .Add("/repo/etc/ssh/more/b.conf", "Port 2\n")
            .Add("/etc/ssh/sshd_config.d/host.conf", "Port 3\n");
        var model = Bind(fs, "/repo/etc/ssh/sshd_config", sysroot: "/repo");
        Assert.Equal(["/repo/etc/ssh/sshd_config", "/repo/etc/ssh/sshd_config.d/a.conf", "/repo/etc/ssh/more/b.conf"], model.Files.Select(f => f.Path));
    }

    [Fact]
    public void NoMatchIsSilentLikeSshd()
    {
        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", "Include /nowhere/*.conf\nInclude /nowhere/exact.conf\n");
        var model = Bind(fs);
        Assert.DoesNotContain(model.Diagnostics, d => d.Fatal);
        Assert.Single(model.Files);
    }

    [Fact]
    public void SelfIncludeIsACycleAndFatal()
    {
        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config\n");
        var model = Bind(fs);
        var d = Assert.Single(model.Diagnostics, d => d.Descriptor == StructuralDescriptors.IncludeProblem);
        Assert.True(d.Fatal);
        Assert.Contains("cycle", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SixteenLevelsWorkSeventeenFail()
    {
        static InMemoryFileSystem Chain(int levels)
        {
            var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", "Include /etc/ssh/l1.conf\n");
            for (int i = 1; i <= levels; i++)
                fs.Add($"/etc/ssh/l{i}.conf", i < levels ? $"Include /etc/ssh/l{i + 1}.conf\n" : "Port 2222\n");
            return fs;
        }
        Assert.DoesNotContain(Bind(Chain(16)).Diagnostics, d => d.Fatal);
        var deep = Bind(Chain(17));
        Assert.Contains(deep.Diagnostics, d => d.Fatal && d.Message.Contains("Too many recursive configuration includes", StringComparison.Ordinal));
    }

    [Fact]
    public void MatchStateDoesNotLeakOutOfAnIncludedFile()
    {
        var fs = new InMemoryFileSystem()
            .Add("/etc/ssh/sshd_config", "Include /etc/ssh/m.conf\nX11Forwarding yes\n")
            .Add("/etc/ssh/m.conf", "Match User alice\nX11Forwarding no\n");
        var model = Bind(fs);
        var x11 = model.Directives.Where(d => d.Syntax.KeywordText == "X11Forwarding").ToList();
        Assert.NotNull(x11[0].Scope);
        Assert.Null(x11[1].Scope);
        Assert.True(x11[1].ActiveAtStartup);
    }

    [Fact]
    public void IncludeInsideMatchPutsTheFileInThatBlock()
    {
        var fs = new InMemoryFileSystem()
            .Add("/etc/ssh/sshd_config", "Match User bob\nInclude /etc/ssh/m.conf\n")
            .Add("/etc/ssh/m.conf", "Port 22\nX11Forwarding no\n");
        var model = Bind(fs);
        var port = model.Directives.Single(d => d.Syntax.KeywordText == "Port");
        Assert.NotNull(port.Scope);
        // Port is not allowed in a Match block, even when it arrives through an Include.
        Assert.Contains(model.Diagnostics, d => d.Descriptor == StructuralDescriptors.NotAllowedInMatch && d.Location.Path == "/etc/ssh/m.conf");
    }

    [Fact]
    public void DirectoryMatchedByTheGlobIsReadAsEmptyLikeSshd()
    {
        var fs = new InMemoryFileSystem()
            .Add("/etc/ssh/sshd_config", "Include /etc/ssh/d/*\n")
            .Add("/etc/ssh/d/sub/x.conf", "Port 1\n");
        var model = Bind(fs);
        var d = Assert.Single(model.Diagnostics);
        Assert.False(d.Fatal);
        Assert.Contains("is a directory", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableIncludedFileIsFatal()
    {
        var fs = new DenyingFileSystem(new InMemoryFileSystem()
            .Add("/etc/ssh/sshd_config", "Include /etc/ssh/secret.conf\n")
            .Add("/etc/ssh/secret.conf", "Port 1\n"), "/etc/ssh/secret.conf");
        var model = Binder.BindFile("/etc/ssh/sshd_config", new BindOptions(Target92, null, fs), out _)!;
        var d = Assert.Single(model.Diagnostics);
        Assert.True(d.Fatal);
        Assert.Equal("/etc/ssh/secret.conf: Permission denied", d.Message);
    }

    private sealed class DenyingFileSystem(IFileSystem inner, string denied) : IFileSystem
    {
        public FileReadResult ReadFile(string path) => path == denied ? FileReadResult.Fail("Permission denied") : inner.ReadFile(path);
        public bool DirectoryExists(string path) => inner.DirectoryExists(path);
        public bool FileExists(string path) => inner.FileExists(path);
        public IEnumerable<string> ListDirectory(string path) => inner.ListDirectory(path);
    }

    [Fact]
    public void IncludeIsUnknownBefore82()
    {
        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", "Include /etc/ssh/x.conf\n").Add("/etc/ssh/x.conf", "Port 1\n");
        var model = Bind(fs, target: new Target(new OpenSshVersion(8, 1)));
        Assert.Contains(model.Diagnostics, d => d.Descriptor == StructuralDescriptors.UnknownKeyword && d.Fatal);
        Assert.Single(model.Files);
    }

    [Fact]
    public void GlobSupportsBracketsQuestionMarksAndHidesDotFiles()
    {
        var fs = new InMemoryFileSystem()
            .Add("/d/a1.conf", "").Add("/d/b2.conf", "").Add("/d/.hidden.conf", "").Add("/d/c.conf", "");
        Assert.Equal(["/d/a1.conf", "/d/b2.conf", "/d/c.conf"], Glob.Expand(fs, "/d/*.conf", out _));
        Assert.Equal(["/d/a1.conf", "/d/b2.conf"], Glob.Expand(fs, "/d/[ab]?.conf", out _));
        Assert.Equal(["/d/c.conf"], Glob.Expand(fs, "/d/[!ab]*.conf", out _));
        Assert.Equal(["/d/.hidden.conf"], Glob.Expand(fs, "/d/.*.conf", out _));
    }
}
