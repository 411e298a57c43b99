// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Includes;
using SshdLint.Parser.Semantics;
using SshdLint.Rules.Linting;
using SshdLint.TestSupport;

namespace SshdLint.Rules.Tests.Meta;

/// <summary>
/// actionlint's "ok corpus": hardened configurations (Fixtures/ok) must come out clean under <c>recommended</c> at the
/// default target and on Debian 9.2. A finding here is noise, and noise is a bug.
/// </summary>
public sealed class HardenedConfigsAreCleanTests
{
    public static IEnumerable<object[]> Files =>
        Directory.GetFiles(RepoPaths.Fixtures("SshdLint.Rules.Tests", "ok"), "*.sshd_config").Order(StringComparer.Ordinal)
            .SelectMany(f => new[] { "10.5", "9.2 debian" }.Select(t => new object[] { Path.GetFileName(f), t }));

    [Theory]
    [MemberData(nameof(Files))]
    public void IsCleanUnderRecommended(string file, string target)
    {
        var parts = target.Split(' ');
        var t = new Target(OpenSshVersion.Parse(parts[0]), parts.Length > 1 ? Vendor.Debian : Vendor.Upstream);
        // In memory, with an empty drop-in directory, so the machine's own /etc/ssh plays no part.
        var fs = new InMemoryFileSystem().Add("/etc/ssh/sshd_config", File.ReadAllBytes(RepoPaths.Fixtures("SshdLint.Rules.Tests", "ok", file)));
        var model = Binder.BindFile("/etc/ssh/sshd_config", new BindOptions(t, null, fs), out var error);
        Assert.True(model is not null, error);
        var findings = Linter.Lint(model!, LintOptions.Default).Diagnostics
            // Protocol is in the dev-sec template for old releases; sshd ignores it (SSHD3003), which is the one
            // finding such a file should get.
            .Where(d => !(file.StartsWith("devsec", StringComparison.Ordinal) && d.Id == "SSHD3003"))
            .ToList();
        Assert.True(findings.Count == 0, $"{file} ({target}): {string.Join("\n", findings)}");
    }
}
