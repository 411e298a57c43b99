// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Semantics;

namespace SshdLint.Parser.Tests.Semantics;

/// <summary>Match line parsing and evaluation by release (servconf.c match_cfg_line; semantics.md §5, §7).</summary>
public sealed class MatchConditionTests
{
    private static Target T(string version) => new(OpenSshVersion.Parse(version));

    private static MatchParseResult Parse(string version, params string[] tokens) => MatchCondition.Parse(tokens, T(version));

    private static MatchCondition Ok(string version, params string[] tokens)
    {
        var result = Parse(version, tokens);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Condition;
    }

    private static void Error(string version, string[] tokens, string message, int tokenIndex)
    {
        var result = Parse(version, tokens);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.DetectedAtStartup);
        Assert.Equal(message, error.Message);
        Assert.Equal(tokenIndex, error.TokenIndex);
    }

    private static ConnectionContext Ctx(string spec)
    {
        Assert.True(ConnectionContext.TryParse(spec, out var ctx, out var error), error);
        return ctx;
    }

    // ---- parsing -------------------------------------------------------------------------------------

    [Fact]
    public void ParsesCriteriaWithTokenIndexes()
    {
        var c = Ok("9.2", "User", "alice,bob", "Address", "10.0.0.0/8");
        Assert.Collection(c.Criteria,
            u => Assert.Equal(new MatchCriterion(MatchCriterionKind.User, "User", "alice,bob", 0, 1), u),
            a => Assert.Equal(new MatchCriterion(MatchCriterionKind.Address, "Address", "10.0.0.0/8", 2, 3), a));
        Assert.Equal("User alice,bob Address 10.0.0.0/8", c.Description);
        Assert.False(c.IsAll);
    }

    [Fact]
    public void CriteriaWordsAreCaseInsensitive()
    {
        var c = Ok("9.2", "uSeR", "alice", "LOCALADDRESS", "10.0.0.1", "localport", "22", "gRoUp", "wheel", "HOST", "h");
        Assert.Equal([MatchCriterionKind.User, MatchCriterionKind.LocalAddress, MatchCriterionKind.LocalPort, MatchCriterionKind.Group, MatchCriterionKind.Host],
            c.Criteria.Select(x => x.Kind));
        Assert.Equal("User alice LocalAddress 10.0.0.1 LocalPort 22 Group wheel Host h", c.Description);
        Assert.Equal(22, c.Criteria[2].Port);
    }

    [Fact]
    public void AllMustStandAlone()
    {
        Assert.True(Ok("9.2", "All").IsAll);
        Assert.True(Ok("9.2", "all").IsAll);
        var withComment = Parse("9.2", "All", "#", "comment");
        Assert.True(withComment.Succeeded);
        Assert.Equal(1, withComment.CommentTokenIndex);
        var emptyNext = Parse("9.9", "All", ""); // an empty argument after All is ignored
        Assert.True(emptyNext.Succeeded);
        Assert.Null(emptyNext.CommentTokenIndex);
        Error("9.2", ["All", "foo"], "'all' cannot be combined with other Match attributes", 1);
        Error("9.2", ["User", "a", "All"], "'all' cannot be combined with other Match attributes", 2);
    }

    [Fact]
    public void MissingCriteria()
    {
        Error("9.2", ["User"], "Missing Match criteria for User", 0);
        Error("9.2", ["User", "#", "comment"], "Missing Match criteria for User", 0);
        Error("9.2", ["User", "alice", "Host"], "Missing Match criteria for Host", 2);
        Error("9.9", ["User", ""], "Missing Match criteria for User", 0);
        // An unknown word without an argument is reported as missing criteria, not as unsupported.
        Error("9.2", ["Foo"], "Missing Match criteria for Foo", 0);
    }

    [Fact]
    public void UnsupportedAttributes()
    {
        Error("9.2", ["Foo", "bar"], "Unsupported Match attribute Foo", 0);
        Error("9.2", ["!User", "root"], "Unsupported Match attribute !User", 0); // no criterion negation
        Error("10.5", ["Exec", "true"], "Unsupported Match attribute Exec", 0); // ssh_config criteria are client-side
        Error("10.5", ["localnetwork", "10.0.0.0/8"], "Unsupported Match attribute localnetwork", 0);
    }

    [Fact]
    public void NoCriteria()
    {
        Error("9.2", ["#", "comment"], "One or more attributes required for Match", -1);
        Error("8.7", [], "no argument after keyword \"Match\"", -1);
        Error("8.6", [], "One or more attributes required for Match", -1);
    }

    [Fact]
    public void ACommentTokenEndsTheCriteria()
    {
        var result = Parse("9.2", "User", "alice", "#Host", "x");
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.CommentTokenIndex);
        Assert.Single(result.Condition.Criteria);
    }

    [Theory]
    [InlineData("7.6", false)]
    [InlineData("7.7", true)]
    public void RDomainNeeds77(string version, bool supported)
    {
        var result = Parse(version, "RDomain", "rd1");
        Assert.Equal(supported, result.Succeeded);
        if (!supported) Assert.Equal("Unsupported Match attribute RDomain", result.Errors[0].Message);
    }

    [Fact]
    public void InvalidUserNeeds99AndTakesNoArgument()
    {
        Error("9.8", ["invalid-user"], "Missing Match criteria for invalid-user", 0);
        Error("9.8", ["invalid-user", "User", "x"], "Unsupported Match attribute invalid-user", 0);
        var c = Ok("9.9", "Invalid-User", "User", "x");
        Assert.Equal([MatchCriterionKind.InvalidUser, MatchCriterionKind.User], c.Criteria.Select(x => x.Kind));
        Assert.Equal("invalid-user User x", c.Description);
    }

    [Fact]
    public void VersionNeeds100()
    {
        Error("9.9", ["Version", "OpenSSH_9*"], "Unsupported Match attribute Version", 0);
        Assert.Equal(MatchCriterionKind.Version, Ok("10.0", "Version", "OpenSSH_10*").Criteria[0].Kind);
    }

    [Fact]
    public void CriterionEqualsValueFollowsTheRelease()
    {
        // 9.9p1 tokenized Match like other lines and did not split "user=alice" (regression).
        Error("9.9p1", ["user=alice"], "Missing Match criteria for user=alice", 0);
        Error("9.9p1", ["user=alice", "Host", "h"], "Unsupported Match attribute user=alice", 0);
        // 9.9p2 and 10.0+ split the known prefixes; version= only exists from 10.0.
        var c = Ok("9.9p2", "user=alice", "Address=10.0.0.0/8");
        Assert.Equal(new MatchCriterion(MatchCriterionKind.User, "user", "alice", 0, 0), c.Criteria[0]);
        Assert.Equal(new MatchCriterion(MatchCriterionKind.Address, "Address", "10.0.0.0/8", 1, 1), c.Criteria[1]);
        Error("9.9p2", ["version=OpenSSH*"], "Missing Match criteria for version=OpenSSH*", 0);
        Assert.Equal(MatchCriterionKind.Version, Ok("10.0", "version=OpenSSH*").Criteria[0].Kind);
        Error("10.0", ["user="], "Missing Match criteria for user", 0);
        Error("10.0", ["all=x"], "Missing Match criteria for all=x", 0);
        Assert.Equal(MatchCriterionKind.LocalPort, Ok("10.5", "LocalPort=22").Criteria[0].Kind);
        // Before 9.9 the lexer already split at '=', so the tokens arrive separately.
        Assert.Equal(MatchCriterionKind.User, Ok("9.2", "User", "alice").Criteria[0].Kind);
    }

    [Theory]
    [InlineData("22", 22)]
    [InlineData("0", 0)]
    [InlineData("+22", 22)]
    [InlineData("65535", 65535)]
    [InlineData("ssh", 22)]
    public void LocalPortValues(string value, int port) => Assert.Equal(port, Ok("9.2", "LocalPort", value).Criteria[0].Port);

    [Theory]
    [InlineData("9.2", "70000")]
    [InlineData("9.2", "-1")]
    [InlineData("9.2", "22,2222")] // no lists
    [InlineData("9.2", "0x16")]
    [InlineData("9.2", "nosuchservice")]
    [InlineData("7.8", "ssh")] // service names need 7.9
    public void InvalidLocalPort(string version, string value) =>
        Error(version, ["LocalPort", value], $"Invalid LocalPort '{value}' on Match line", 1);

    [Fact]
    public void AddressListsAreValidatedAtStartupFrom84()
    {
        Error("8.4", ["Address", "10.0.0.0/33"], "Invalid Match address argument '10.0.0.0/33'", 1);
        Error("9.2", ["User", "a", "LocalAddress", "10.0.0.1/8"], "Invalid Match localaddress argument '10.0.0.1/8'", 3);

        // 8.3 starts; the line fails only when a connection evaluates it.
        var old = Parse("8.3", "Address", "10.0.0.0/33", "User", "a");
        Assert.True(old.Succeeded);
        var warning = Assert.Single(old.Errors);
        Assert.False(warning.DetectedAtStartup);
        Assert.Equal(2, old.Condition.Criteria.Count);
        Assert.Equal(false, old.Condition.Evaluate(null, T("8.3")));
        Assert.Equal(new MatchEvaluation(null, "Bad Match condition"), old.Condition.EvaluateDetailed(Ctx("user=a,host=h,addr=10.0.0.1"), T("8.3")));
        // An address sshd cannot parse makes addr_match_list return before it reads the list.
        Assert.Equal(false, old.Condition.Evaluate(Ctx("user=a,host=h,addr=bogus"), T("8.3")));
    }

    [Fact]
    public void ConditionsWithErrorsDoNotEvaluate()
    {
        var result = Parse("9.2", "Foo", "bar");
        Assert.Equal(new MatchEvaluation(null, "Bad Match condition"), result.Condition.EvaluateDetailed(Ctx("user=a"), T("9.2")));
        Assert.Null(result.Condition.Evaluate(null, T("9.2")));
    }

    // ---- evaluation: startup (pass 1) ----------------------------------------------------------------

    [Theory]
    [InlineData("All", true)]
    [InlineData("User *", false)]
    [InlineData("Group *", false)]
    [InlineData("Host *", false)]
    [InlineData("Address *", false)]
    [InlineData("LocalAddress *", false)]
    [InlineData("LocalPort 22", false)]
    [InlineData("RDomain *", false)]
    [InlineData("invalid-user", false)]
    [InlineData("Version OpenSSH_10.5p1", true)]
    [InlineData("Version OpenSSH_10.*", true)]
    [InlineData("Version OpenSSH_9.*", false)]
    [InlineData("Version OpenSSH_10.*,!OpenSSH_10.5*", false)]
    [InlineData("Version OpenSSH_10.* User x", false)]
    public void StartupPass(string line, bool expected) =>
        Assert.Equal(expected, Ok("10.5", line.Split(' ')).Evaluate(null, Target.Default));

    [Fact]
    public void InvalidUserMatchedAtStartupIn99p1Only()
    {
        Assert.Equal(true, Ok("9.9p1", "invalid-user").Evaluate(null, T("9.9p1")));
        Assert.Equal(false, Ok("9.9p1", "invalid-user", "User", "x").Evaluate(null, T("9.9p1")));
        Assert.Equal(false, Ok("9.9p2", "invalid-user").Evaluate(null, T("9.9p2")));
        Assert.Equal(false, Ok("10.0", "invalid-user").Evaluate(null, T("10.0")));
    }

    [Fact]
    public void ReleaseStrings()
    {
        Assert.Equal("OpenSSH_10.0p2", MatchCondition.ReleaseString(T("10.0p2")));
        Assert.Equal("OpenSSH_10.5p1", MatchCondition.ReleaseString(Target.Default));
        // Debian's SSH_RELEASE carries the package revision (ssh -V: OpenSSH_9.2p1 Debian-2+deb12u10).
        Assert.Equal("OpenSSH_9.2p1 Debian-2+deb12u10", MatchCondition.ReleaseString(Target.Debian92));
        var debian = new Target(new OpenSshVersion(10, 0), Vendor.Debian);
        Assert.Equal(false, Ok("10.0", "Version", "OpenSSH_10.0p1").Evaluate(null, debian));
        Assert.Equal(true, Ok("10.0", "Version", "OpenSSH_10.0p1*").Evaluate(null, debian));
    }

    // ---- evaluation: per connection (pass 2) ---------------------------------------------------------

    [Theory]
    [InlineData("User alice", "user=alice", true)]
    [InlineData("User alice", "user=bob", false)]
    [InlineData("User ALICE", "user=alice", false)]
    [InlineData("User !root", "user=bob", false)]
    [InlineData("User *,!root", "user=bob", true)]
    [InlineData("User *,!root", "user=root", false)]
    [InlineData("User a*,b*", "user=bob", true)]
    [InlineData("Host *.example.com", "user=a,host=WWW.Example.COM", true)]
    [InlineData("Host *.example.com,!bad.example.com", "user=a,host=bad.example.com", false)]
    [InlineData("Address 10.0.0.0/8", "user=a,addr=10.1.2.3", true)]
    [InlineData("Address 10.0.0.0/8,!10.0.0.0/24", "user=a,addr=10.0.0.9", false)]
    [InlineData("LocalAddress 192.0.2.0/24", "user=a,laddr=192.0.2.1", true)]
    [InlineData("LocalPort 22", "user=a,lport=22", true)]
    [InlineData("LocalPort 2222", "user=a,lport=22", false)]
    [InlineData("RDomain rd*", "user=a,rdomain=rd1", true)]
    [InlineData("RDomain rd*", "user=a", false)]
    [InlineData("invalid-user", "user=a,invalid-user", true)]
    [InlineData("invalid-user", "user=a", false)]
    [InlineData("User alice Address 10.0.0.0/8", "user=alice,addr=10.0.0.1", true)]
    [InlineData("User alice Address 10.0.0.0/8", "user=alice,addr=11.0.0.1", false)]
    [InlineData("All", "user=a", true)]
    public void ConnectionPass(string line, string spec, bool expected) =>
        Assert.Equal(expected, Ok("10.5", line.Split(' ')).Evaluate(Ctx(spec), Target.Default));

    [Theory]
    [InlineData("User alice")]
    [InlineData("Group g")]
    [InlineData("Host h")]
    [InlineData("Address 10.0.0.0/8")]
    [InlineData("LocalAddress 10.0.0.0/8")]
    [InlineData("RDomain r")]
    public void MissingParametersDoNotMatchFrom81(string line) =>
        Assert.Equal(new MatchEvaluation(false, null), Ok("8.1", line.Split(' ')).EvaluateDetailed(new ConnectionContext(), T("8.1")));

    [Theory]
    [InlineData("User alice", "'Match User' in configuration but 'user' not in connection test specification.")]
    [InlineData("Group g", "'Match Group' in configuration but 'user' not in connection test specification.")]
    [InlineData("Host h", "'Match Host' in configuration but 'host' not in connection test specification.")]
    [InlineData("Address 10.0.0.0/8", "'Match Address' in configuration but 'addr' not in connection test specification.")]
    [InlineData("LocalAddress 10.0.0.0/8", "'Match LocalAddress' in configuration but 'laddr' not in connection test specification.")]
    public void MissingParametersStoppedSshdTBefore81(string line, string message) =>
        Assert.Equal(new MatchEvaluation(null, message), Ok("8.0", line.Split(' ')).EvaluateDetailed(new ConnectionContext(), T("8.0")));

    [Fact]
    public void RDomainWithoutParameterNeverStoppedSshdT() =>
        Assert.Equal(new MatchEvaluation(false, null), Ok("7.7", "RDomain", "r").EvaluateDetailed(new ConnectionContext(), T("7.7")));

    [Fact]
    public void LocalPortWithoutLportStopsSshdTInEveryRelease()
    {
        const string message = "'Match LocalPort' in configuration but 'lport' not in connection test specification.";
        foreach (var version in new[] { "7.0", "8.1", "9.2", "10.5" })
        {
            var c = Ok(version, "User", "nobody", "LocalPort", "22");
            Assert.True(c.RequiresLocalPort);
            // Even when an earlier criterion already failed, and with lport=0 (a2port accepts 0).
            Assert.Equal(new MatchEvaluation(null, message), c.EvaluateDetailed(Ctx("user=alice"), T(version)));
            Assert.Equal(new MatchEvaluation(null, message), c.EvaluateDetailed(Ctx("user=alice,lport=0"), T(version)));
            Assert.Equal(false, c.Evaluate(null, T(version))); // startup is unaffected
        }
        Assert.False(Ok("9.2", "User", "x").RequiresLocalPort);
    }

    [Fact]
    public void GroupsComeFromTheContext()
    {
        var wheel = Ok("9.2", "Group", "wheel,adm");
        Assert.Equal(true, wheel.Evaluate(new ConnectionContext { User = "alice", Groups = ["users", "wheel"] }, Target.Debian92));
        Assert.Equal(false, wheel.Evaluate(new ConnectionContext { User = "alice", Groups = ["users"] }, Target.Debian92));
        Assert.Equal(false, wheel.Evaluate(new ConnectionContext { User = "alice" }, Target.Debian92)); // unknown groups
        Assert.Equal(false, wheel.Evaluate(new ConnectionContext { User = "ghost", Groups = ["wheel"], InvalidUser = true }, Target.Debian92));

        // Any group hitting a negated pattern refuses, even if another group matched (ga_match_pattern_list).
        var notRoot = Ok("9.2", "Group", "*,!root");
        Assert.Equal(false, notRoot.Evaluate(new ConnectionContext { User = "alice", Groups = ["users", "root"] }, Target.Debian92));
        Assert.Equal(true, notRoot.Evaluate(new ConnectionContext { User = "alice", Groups = ["users"] }, Target.Debian92));
    }

    [Fact]
    public void ContextWithUserOnlyLeavesHostAndAddressCriteriaFalse()
    {
        var c = Ok("9.2", "User", "alice", "Host", "h");
        Assert.Equal(false, c.Evaluate(Ctx("user=alice"), Target.Debian92));
        Assert.Equal(true, c.Evaluate(Ctx("user=alice,host=h"), Target.Debian92));
    }
}
