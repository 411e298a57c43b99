// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Rules.Linting;
using SshdLint.Rules.Tests.Infrastructure;

namespace SshdLint.Rules.Tests.Structure;

public sealed class SSHD1009Tests
{
    private const string Id = "SSHD1009";

    [Fact]
    public void Positive_SameUserInBothLists()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "AllowUsers [|alice|] bob\nDenyUsers carol alice\n", options: LintOptions.Default);
        Assert.Equal("AllowUsers entry alice admits no one: DenyUsers alice (line 2) denies it, and deny rules win", d[0].Message);
    }

    [Fact]
    public void Positive_DenyWildcardCoversAnAllowedUser() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowUsers [|admin|] [|adm-backup@10.0.0.1|] bob\nDenyUsers adm*\n");

    [Fact]
    public void Positive_Groups() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowGroups [|wheel|] ssh-users\nDenyGroups wheel\n");

    [Fact]
    public void Negative_DenyFromOneHostOnly() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowUsers alice\nDenyUsers alice@203.0.113.5\n");

    [Fact]
    public void Negative_DisjointLists() =>
        RuleVerifier.VerifyDiagnostics(Id, "AllowUsers alice bob\nDenyUsers root\nAllowGroups staff\nDenyGroups guests\n");

    [Fact]
    public void MatchScoped_BlockDenyListAgainstTheGlobalAllowList()
    {
        var d = RuleVerifier.VerifyDiagnostics(Id, "AllowUsers [|alice|] bob\nMatch Address 10.0.0.0/8\n    DenyUsers alice\n");
        Assert.EndsWith("(in Match Address 10.0.0.0/8)", d[0].Message);
    }

    [Fact]
    public void MatchScoped_BlockListReplacesTheGlobalOne() =>
        // The block's AllowUsers replaces the global list for its connections, so the global "alice" is not compared
        // with the block's DenyUsers; only the block's own "alice" is.
        RuleVerifier.VerifyDiagnostics(Id, "AllowUsers alice\nMatch Group x\n    AllowUsers [|alice|]\n    DenyUsers alice\n");

    [Fact]
    public void DefaultValue_NoListsNoFinding() =>
        RuleVerifier.VerifyDiagnostics(Id, "DenyUsers root\n");
}
