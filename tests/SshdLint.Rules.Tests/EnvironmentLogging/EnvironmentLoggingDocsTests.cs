// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Tests.Authentication;

namespace SshdLint.Rules.Tests.EnvironmentLogging;

/// <summary>Doc shape and runnable examples of the environment, logging and SFTP rules.</summary>
public sealed class EnvironmentLoggingDocsTests
{
    public static TheoryData<string> Ids => new(Enumerable.Range(2080, 20).Select(n => $"SSHD{n}")
        .Where(id => RuleRegistry.FindRule(id) is { } r && r.GetType().Namespace == "SshdLint.Rules.EnvironmentLogging"));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Doc_HasTheRequiredShapeAndRunnableExamples(string id) =>
        // DebianBanner exists only in Debian's build, so its examples run against Debian 12's sshd.
        DocExamples.Verify(id, id == "SSHD2090" ? Target.Debian92 : null);
}
