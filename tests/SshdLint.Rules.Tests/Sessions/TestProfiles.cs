// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Tests.Sessions;

/// <summary>Lint options and targets shared by the sessions and forwarding rule tests.</summary>
internal static class TestProfiles
{
    private static readonly IReadOnlyDictionary<string, RuleOverride> NoOverrides = new Dictionary<string, RuleOverride>();

    public static LintOptions Recommended { get; } = LintOptions.Default;

    public static LintOptions Strict { get; } = new(BuiltInProfiles.Strict, NoOverrides);

    public static LintOptions Cis { get; } = new(BuiltInProfiles.Cis, NoOverrides);

    public static LintOptions Stig { get; } = new(BuiltInProfiles.Stig, NoOverrides);

    /// <summary>A profile with options of one rule changed, as a settings file would.</summary>
    public static LintOptions With(LintOptions baseOptions, string rule, string option, object value) =>
        baseOptions with
        {
            Overrides = new Dictionary<string, RuleOverride>
            {
                [rule] = new RuleOverride(Options: new Dictionary<string, object> { [option] = value }),
            },
        };

    public static Target Version(int major, int minor) => new(new OpenSshVersion(major, minor));
}
