// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.TestSupport;

namespace SshdLint.Cli.Tests.Packaging;

/// <summary>
/// The hooks of <c>.pre-commit-hooks.yaml</c> run by the real pre-commit, which builds the tool from this repository
/// (<c>language: dotnet</c>) exactly as it would for a user whose configuration names this repository.
/// </summary>
/// <remarks>
/// The hook repository is a clone of this repository's HEAD commit (pre-commit needs a git repository and a rev), so
/// uncommitted changes are not what gets tested; in CI the checkout is HEAD. Everything pre-commit keeps goes to a
/// temporary <c>PRE_COMMIT_HOME</c>, and the only network it could need is the NuGet registry, for packages the local
/// cache lacks.
/// </remarks>
[Collection(PackagingCollection.Name)]
public sealed class PreCommitTests
{
    private const string Insecure = """
        # Managed by hand; reviewed by the platform team.
        Protocol 2
        UsePrivilegeSeparation no
        PermitRootLogin yes
        PasswordAuthentication no

        """;

    [PackagingFact(RequiresPreCommit = true)]
    public void HookRefusesAnInsecureConfigAndTheFixingHookRepairsIt()
    {
        PreCommit.RequireOrSkip();
        using var tmp = new TempDir();
        var env = new Dictionary<string, string?>(Dotnet.Environment)
        {
            ["PRE_COMMIT_HOME"] = Path.Combine(tmp.Path, "pre-commit-home"),
            // A user's git configuration (hooks path, templates, signing) must not change what happens here.
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = "SshdLint test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
            ["GIT_COMMITTER_NAME"] = "SshdLint test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
        };
        ProcessResult Git(string dir, params string[] args) => ProcessRunner.Run(PreCommit.Git!, args, dir, TimeSpan.FromMinutes(2), env);
        // A commit runs the hooks; the first one builds the tool (dotnet pack, dotnet tool install): minutes, not seconds.
        ProcessResult Commit(string dir) => ProcessRunner.Run(PreCommit.Git!, ["commit", "--quiet", "-m", "Add sshd_config"], dir, TimeSpan.FromMinutes(20), env);

        // The hook repository: HEAD of this repository.
        string hooks = Path.Combine(tmp.Path, "hooks");
        var clone = Git(tmp.Path, "clone", "--quiet", RepoPaths.Root, hooks);
        Assert.True(clone.ExitCode == 0, Dotnet.Describe(clone));
        string rev = Git(hooks, "rev-parse", "HEAD").StandardOutput.Trim();

        // A project that uses both hooks.
        string project = Path.Combine(tmp.Path, "project");
        Directory.CreateDirectory(project);
        Assert.Equal(0, Git(project, "init", "--quiet").ExitCode);
        File.WriteAllText(Path.Combine(project, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hooks}
                rev: {rev}
                hooks:
                  - id: sshdlint
                  - id: sshdlint-fix

            """);
        var install = ProcessRunner.Run(PreCommit.ExecutablePath!, ["install"], project, TimeSpan.FromMinutes(2), env);
        Assert.True(install.ExitCode == 0, Dotnet.Describe(install));

        // An insecure configuration is refused: the check fails on root login and on lines sshd ignores, and the fixing
        // hook removes those lines (safe fixes only), leaving the root login for a person to decide.
        string config = Path.Combine(project, "etc", "ssh", "sshd_config");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, Insecure);
        Git(project, "add", ".");
        var refused = Commit(project);
        string output = refused.StandardOutput + refused.StandardError;
        Assert.True(refused.ExitCode != 0, $"the commit went through:\n{output}");
        Assert.Contains("SSHD2001", output, StringComparison.Ordinal);
        Assert.Contains("files were modified by this hook", output, StringComparison.Ordinal);
        Assert.NotEqual(0, Git(project, "rev-parse", "--verify", "--quiet", "HEAD").ExitCode);
        Assert.Equal(Insecure.Replace("Protocol 2\nUsePrivilegeSeparation no\n", "", StringComparison.Ordinal), File.ReadAllText(config));

        // With root login decided, both hooks pass and the commit is made.
        File.WriteAllText(config, File.ReadAllText(config).Replace("PermitRootLogin yes", "PermitRootLogin no", StringComparison.Ordinal));
        Git(project, "add", ".");
        var accepted = Commit(project);
        Assert.True(accepted.ExitCode == 0, Dotnet.Describe(accepted));
        Assert.Equal(0, Git(project, "rev-parse", "--verify", "--quiet", "HEAD").ExitCode);
    }
}
