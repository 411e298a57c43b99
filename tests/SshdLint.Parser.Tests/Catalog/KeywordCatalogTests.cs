// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using SshdLint.Parser.Catalog;

namespace SshdLint.Parser.Tests.Catalog;

/// <summary>Lookups, statuses, defaults, precedence and sshd -T keys by target (semantics.md §4, §8; versions.md).</summary>
public sealed class KeywordCatalogTests
{
    private static KeywordTable Upstream(string version) => KeywordCatalog.For(new Target(OpenSshVersion.Parse(version)));

    private static KeywordTable Debian(string version) => KeywordCatalog.For(new Target(OpenSshVersion.Parse(version), Vendor.Debian));

    private static KeywordDefinition Get(KeywordTable table, string name) =>
        table.Lookup(name) ?? throw new Xunit.Sdk.XunitException($"{name} unknown to {table.Target}");

    // ---- lookup basics ---------------------------------------------------------------------------

    [Theory]
    [InlineData("PermitRootLogin")]
    [InlineData("permitrootlogin")]
    [InlineData("PERMITROOTLOGIN")]
    [InlineData("pErMiTrOoTlOgIn")]
    public void LookupIsCaseInsensitiveLikeStrcasecmp(string spelling)
    {
        var def = Get(Upstream("10.5"), spelling);
        Assert.Equal("PermitRootLogin", def.Name);
    }

    [Theory]
    [InlineData("Permıtrootlogin")] // dotless ı folds to I in .NET's OrdinalIgnoreCase, not in the C locale
    [InlineData("PermitRootLogin ")]
    [InlineData("")]
    [InlineData("NoSuchKeyword")]
    public void NamesSshdRejectsAreUnknown(string spelling) => Assert.Null(Upstream("10.5").Lookup(spelling));

    [Fact]
    public void TablesAreCachedPerTarget()
    {
        Assert.Same(KeywordCatalog.For(Target.Default), KeywordCatalog.For(new Target(new OpenSshVersion(10, 5))));
        Assert.NotSame(KeywordCatalog.For(Target.Debian92), KeywordCatalog.For(new Target(new OpenSshVersion(9, 2))));
    }

    [Fact]
    public void AllListsEveryRecognisedNameOnce()
    {
        var all = Upstream("10.5").All;
        Assert.Equal(all.Count, all.Select(d => d.Name.ToLowerInvariant()).Distinct().Count());
        Assert.Contains(all, d => d.Name == "KeepAlive" && d.Status == KeywordStatus.Alias);
        Assert.Contains(all, d => d.Name == "Protocol" && d.Status == KeywordStatus.Ignored);
        Assert.DoesNotContain(all, d => d.Name == "PAMAuthenticationViaKbdInt");
        Assert.DoesNotContain(all, d => d.Name == "GSSAPIKeyExchange");
        Assert.All(all, d => Assert.NotEqual(KeywordStatus.Unknown, d.Status));
    }

    [Fact]
    public void EveryTargetResolvesConsistently()
    {
        foreach (var version in OpenSshVersion.Known)
        {
            foreach (var vendor in new[] { Vendor.Upstream, Vendor.Debian })
            {
                var table = KeywordCatalog.For(new Target(version, vendor));
                foreach (var d in table.All)
                {
                    var where = $"{d.Name} on {table.Target}";
                    Assert.False(string.IsNullOrWhiteSpace(d.Summary), where);
                    if (d.Printing == SshdTPrinting.Always)
                    {
                        Assert.True(d.Default is not null, $"{where}: printed without a default");
                        Assert.True(d.SshdTKey is not null, $"{where}: printed without a key");
                    }
                    if (d.Printing == SshdTPrinting.Never) Assert.Null(d.SshdTKey);
                    if (d.Status == KeywordStatus.Alias)
                    {
                        var target = table.Lookup(d.AliasOf!);
                        Assert.True(target is { Status: KeywordStatus.Active, AliasOf: null }, $"{where}: alias of {d.AliasOf}");
                        Assert.Equal(target!.Default, d.Default);
                        Assert.Equal(target.Precedence, d.Precedence);
                    }
                    if (d.Status is KeywordStatus.Deprecated or KeywordStatus.Ignored or KeywordStatus.Unsupported)
                    {
                        Assert.Equal(ArgumentKind.Ignored, d.ArgumentKind);
                        Assert.Equal(Precedence.NotApplicable, d.Precedence);
                        Assert.Null(d.Default);
                    }
                }
                // sshd -T keys identify one canonical keyword each.
                var keys = table.All.Where(d => d.AliasOf is null && d.SshdTKey is not null).Select(d => d.SshdTKey!.ToLowerInvariant()).ToList();
                Assert.Equal(keys.Count, keys.Distinct().Count());
            }
        }
    }

    [Fact]
    public void VersionsOutsideTheCatalogUseTheNearestCoveredRelease()
    {
        Assert.Equal(Get(Upstream("10.5"), "IPQoS").Default, Get(Upstream("11.0"), "IPQoS").Default);
        Assert.Null(Upstream("6.9").Lookup("Include"));
        Assert.Equal(Get(Upstream("9.9"), "Ciphers").Default, Get(KeywordCatalog.For(new Target(new OpenSshVersion(9, 9, 2))), "Ciphers").Default);
    }

    // ---- statuses by version -----------------------------------------------------------------------

    [Fact]
    public void IncludeIsUnknownBefore82()
    {
        Assert.Null(Upstream("8.1").Lookup("Include"));
        var include = Get(Upstream("8.2"), "Include");
        Assert.Equal(KeywordStatus.Active, include.Status);
        Assert.True(include.AllowedInMatch);
        Assert.Equal(new OpenSshVersion(8, 2), include.AddedIn);
        Assert.Equal(SshdTPrinting.Never, include.Printing);

        var elsewhere = Upstream("8.1").LookupElsewhere("include");
        Assert.NotNull(elsewhere);
        Assert.Equal(KeywordStatus.Unknown, elsewhere.Status);
        Assert.Equal(new OpenSshVersion(8, 2), elsewhere.AddedIn);
        Assert.Null(elsewhere.RemovedIn);
        Assert.Null(Upstream("8.2").LookupElsewhere("Include"));
        Assert.Null(Upstream("8.2").LookupElsewhere("NoSuchKeyword"));
    }

    [Fact]
    public void PubkeyAcceptedKeyTypesIsAnAliasFrom85()
    {
        var before = Get(Upstream("8.4"), "PubkeyAcceptedKeyTypes");
        Assert.Equal(KeywordStatus.Active, before.Status);
        Assert.Null(before.AliasOf);
        Assert.Equal("pubkeyacceptedkeytypes", before.SshdTKey);
        Assert.StartsWith("ecdsa-sha2-nistp256-cert-v01@openssh.com,", before.Default);
        Assert.Null(Upstream("8.4").Lookup("PubkeyAcceptedAlgorithms"));

        var after = Get(Upstream("8.5"), "PubkeyAcceptedKeyTypes");
        Assert.Equal(KeywordStatus.Alias, after.Status);
        Assert.Equal("PubkeyAcceptedAlgorithms", after.AliasOf);
        Assert.Equal("PubkeyAcceptedAlgorithms", after.EffectiveName);
        Assert.True(after.AllowedInMatch);
        Assert.Equal("pubkeyacceptedalgorithms", after.SshdTKey);
        Assert.Equal(ArgumentKind.KeyAlgorithmList, after.ArgumentKind);
        Assert.Contains(Get(Upstream("8.5"), "PubkeyAcceptedAlgorithms").Aliases, a => a.Name == "PubkeyAcceptedKeyTypes" && a.AllowedInMatch);
    }

    [Fact]
    public void ChallengeResponseAuthenticationBecomesAMatchableAliasIn87()
    {
        var old = Get(Upstream("8.6"), "ChallengeResponseAuthentication");
        Assert.Equal(KeywordStatus.Active, old.Status);
        Assert.False(old.AllowedInMatch);
        Assert.Equal("yes", old.Default);
        Assert.Equal("challengeresponseauthentication", old.SshdTKey);

        var alias = Get(Upstream("8.7"), "ChallengeResponseAuthentication");
        Assert.Equal(KeywordStatus.Alias, alias.Status);
        Assert.Equal("KbdInteractiveAuthentication", alias.AliasOf);
        Assert.True(alias.AllowedInMatch);
        Assert.Null(Upstream("8.7").LookupSshdTKey("challengeresponseauthentication"));
    }

    [Theory]
    [InlineData("7.0", KeywordStatus.Alias, "ChallengeResponseAuthentication", false)]
    [InlineData("7.7", KeywordStatus.Alias, "ChallengeResponseAuthentication", false)]
    [InlineData("7.8", KeywordStatus.Deprecated, null, false)]
    [InlineData("8.6", KeywordStatus.Deprecated, null, false)]
    [InlineData("8.7", KeywordStatus.Alias, "KbdInteractiveAuthentication", true)]
    public void SKeyAuthenticationHistory(string version, KeywordStatus status, string? aliasOf, bool inMatch)
    {
        var d = Get(Upstream(version), "SKeyAuthentication");
        Assert.Equal(status, d.Status);
        Assert.Equal(aliasOf, d.AliasOf);
        Assert.Equal(inMatch, d.AllowedInMatch);
        Assert.Equal(status == KeywordStatus.Deprecated ? new OpenSshVersion(7, 8) : null, d.DeprecatedIn);
    }

    [Fact]
    public void ProtocolIsIgnoredFrom74()
    {
        var active = Get(Upstream("7.3"), "Protocol");
        Assert.Equal(KeywordStatus.Active, active.Status);
        Assert.Equal("2", active.Default);
        Assert.Equal("protocol", active.SshdTKey);
        Assert.Null(active.RemovedIn); // ignored, never "Bad configuration option"

        var ignored = Get(Upstream("7.4"), "Protocol");
        Assert.Equal(KeywordStatus.Ignored, ignored.Status);
        Assert.Equal(new OpenSshVersion(7, 4), ignored.DeprecatedIn);
        Assert.Equal(ArgumentKind.Ignored, ignored.ArgumentKind);
        Assert.Equal(Precedence.NotApplicable, ignored.Precedence);
        Assert.Null(ignored.SshdTKey);
        Assert.Equal(KeywordStatus.Ignored, Get(Upstream("10.5"), "protocol").Status);
    }

    [Fact]
    public void UsePrivilegeSeparationIsDeprecatedFrom75()
    {
        Assert.Equal("yes", Get(Upstream("7.1"), "UsePrivilegeSeparation").Default);
        Assert.Equal("sandbox", Get(Upstream("7.4"), "UsePrivilegeSeparation").Default);
        var deprecated = Get(Upstream("7.5"), "UsePrivilegeSeparation");
        Assert.Equal(KeywordStatus.Deprecated, deprecated.Status);
        Assert.Equal(new OpenSshVersion(7, 5), deprecated.DeprecatedIn);
        Assert.Null(deprecated.Default);
        Assert.Equal(new OpenSshVersion(7, 5), Get(Upstream("9.2"), "UsePrivilegeSeparation").DeprecatedIn);
    }

    [Fact]
    public void SubsystemIsAllowedInMatchFrom95()
    {
        Assert.False(Get(Upstream("9.4"), "Subsystem").AllowedInMatch);
        Assert.True(Get(Upstream("9.5"), "Subsystem").AllowedInMatch);
        Assert.Equal(Precedence.AccumulatesByName, Get(Upstream("9.5"), "Subsystem").Precedence);
        Assert.Equal(SshdTPrinting.WhenSet, Get(Upstream("9.5"), "Subsystem").Printing);
        Assert.Null(Get(Upstream("9.5"), "Subsystem").Default);
    }

    [Fact]
    public void GssapiKeywordsAreUnknownIn104Only()
    {
        foreach (var name in new[] { "GSSAPIAuthentication", "GSSAPICleanupCredentials", "GSSAPIDelegateCredentials", "GSSAPIStrictAcceptorCheck" })
        {
            Assert.NotNull(Upstream("10.3").Lookup(name));
            Assert.Null(Upstream("10.4").Lookup(name));
            Assert.NotNull(Upstream("10.5").Lookup(name));
            Assert.Equal(new OpenSshVersion(10, 4), Upstream("10.3").Lookup(name)!.RemovedIn);
            Assert.Equal(new OpenSshVersion(10, 4), Upstream("10.4").LookupElsewhere(name)!.RemovedIn);
        }

        var misspelt = Get(Upstream("10.4"), "GssAuthentication");
        Assert.Equal(KeywordStatus.Active, misspelt.Status);
        Assert.True(misspelt.AllowedInMatch);
        Assert.Equal("GssAuthentication", misspelt.SshdTKey);
        Assert.Equal("no", misspelt.Default);
        Assert.Null(Upstream("10.3").Lookup("GssAuthentication"));
        Assert.Null(Upstream("10.5").Lookup("GssAuthentication"));
        Assert.Equal(new OpenSshVersion(10, 5), Upstream("10.5").LookupElsewhere("GssAuthentication")!.RemovedIn);
    }

    [Fact]
    public void PamAuthenticationViaKbdIntIsRemovedIn104()
    {
        var deprecated = Get(Upstream("10.3"), "PAMAuthenticationViaKbdInt");
        Assert.Equal(KeywordStatus.Deprecated, deprecated.Status);
        Assert.Equal(new OpenSshVersion(7, 0), deprecated.DeprecatedIn);
        Assert.Equal(new OpenSshVersion(10, 4), deprecated.RemovedIn);
        Assert.Null(Upstream("10.4").Lookup("PAMAuthenticationViaKbdInt"));
        Assert.Null(Upstream("10.5").Lookup("PAMAuthenticationViaKbdInt"));
        Assert.Equal(new OpenSshVersion(10, 4), Upstream("10.5").LookupElsewhere("PAMAuthenticationViaKbdInt")!.RemovedIn);
    }

    [Fact]
    public void PamServiceNameLostItsMatchFlagIn104Only()
    {
        Assert.True(Get(Upstream("10.3"), "PAMServiceName").AllowedInMatch);
        Assert.False(Get(Upstream("10.4"), "PAMServiceName").AllowedInMatch);
        Assert.True(Get(Upstream("10.5"), "PAMServiceName").AllowedInMatch);
        Assert.Equal("PAM", Get(Upstream("10.5"), "PAMServiceName").BuildDependency);
    }

    [Fact]
    public void KerberosTgtPassingMovesFromUnsupportedToDeprecated()
    {
        Assert.Equal(KeywordStatus.Unsupported, Get(Upstream("10.3"), "KerberosTgtPassing").Status);
        var d = Get(Upstream("10.4"), "KerberosTgtPassing");
        Assert.Equal(KeywordStatus.Deprecated, d.Status);
        Assert.Equal(new OpenSshVersion(10, 4), d.DeprecatedIn);
    }

    [Fact]
    public void AliasesCarryTheirOwnMatchFlag()
    {
        var dsa = Get(Upstream("10.5"), "DSAAuthentication");
        Assert.Equal("PubkeyAuthentication", dsa.AliasOf);
        Assert.False(dsa.AllowedInMatch);
        Assert.True(Get(Upstream("10.5"), "PubkeyAuthentication").AllowedInMatch);
        Assert.False(Get(Upstream("10.5"), "KeepAlive").AllowedInMatch);
        Assert.Equal(Precedence.Accumulates, Get(Upstream("10.5"), "HostDSAKey").Precedence);
    }

    [Theory]
    [InlineData("ForceCommand")]
    [InlineData("AuthorizedKeysCommand")]
    [InlineData("AuthorizedPrincipalsCommand")]
    [InlineData("VersionAddendum")]
    public void RawRestOfLineKeywords(string name) => Assert.True(Get(Upstream("9.2"), name).TakesRestOfLine);

    [Fact]
    public void OtherKeywordsAreTokenized()
    {
        Assert.Equal(["AuthorizedKeysCommand", "AuthorizedPrincipalsCommand", "ForceCommand", "VersionAddendum"],
            Upstream("10.5").All.Where(d => d.TakesRestOfLine).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AllowedValuesFollowTheRelease()
    {
        Assert.DoesNotContain("va", Get(Upstream("10.2"), "IPQoS").AllowedValues);
        Assert.Contains("va", Get(Upstream("10.3"), "IPQoS").AllowedValues);
        Assert.DoesNotContain("shosts-only", Get(Upstream("8.2"), "IgnoreRhosts").AllowedValues);
        Assert.Contains("shosts-only", Get(Upstream("8.3"), "IgnoreRhosts").AllowedValues);
        Assert.Equal(["yes", "prohibit-password", "without-password", "forced-commands-only", "no"], Get(Upstream("9.2"), "PermitRootLogin").AllowedValues);
        Assert.Contains("info", Get(Upstream("9.2"), "LogLevel").AllowedValues);
    }

    // ---- defaults ------------------------------------------------------------------------------------

    [Fact]
    public void CiphersDefaultChangesIn100()
    {
        Assert.Equal("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com",
            Get(Upstream("9.9"), "Ciphers").Default);
        Assert.Equal("chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr",
            Get(Upstream("10.0"), "Ciphers").Default);
    }

    [Theory]
    [InlineData("7.0", "lowdelay throughput")]
    [InlineData("7.7", "lowdelay throughput")]
    [InlineData("7.8", "af21 cs1")]
    [InlineData("10.0", "af21 cs1")]
    [InlineData("10.1", "ef cs0")]
    [InlineData("10.5", "ef cs0")]
    public void IpQosDefault(string version, string expected) => Assert.Equal(expected, Get(Upstream(version), "IPQoS").Default);

    [Theory]
    [InlineData("9.2")]
    [InlineData("10.5")]
    public void DebianKeepsTheOldIpQosDefault(string version) => Assert.Equal("lowdelay throughput", Get(Debian(version), "IPQoS").Default);

    [Theory]
    [InlineData("7.0", "without-password")]
    [InlineData("9.2", "without-password")]
    [InlineData("10.0", "without-password")]
    [InlineData("10.1", "prohibit-password")]
    public void PermitRootLoginIsPrintedAsWithoutPasswordUntil100(string version, string expected) =>
        Assert.Equal(expected, Get(Upstream(version), "PermitRootLogin").Default);

    [Fact]
    public void MultiLineDefaults()
    {
        var listen = Get(Upstream("10.5"), "ListenAddress");
        Assert.Equal(["[::]:22", "0.0.0.0:22"], listen.DefaultValues);
        Assert.Equal("[::]:22\n0.0.0.0:22", listen.Default);
        Assert.Equal(4, Get(Upstream("7.6"), "HostKey").DefaultValues.Count);
        Assert.Equal(3, Get(Upstream("7.7"), "HostKey").DefaultValues.Count);
        Assert.Equal("<sysconfdir>/ssh_host_mldsa44_ed25519_key", Get(Upstream("10.4"), "HostKey").DefaultValues[^1]);
        Assert.Equal(["/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ecdsa_key", "/etc/ssh/ssh_host_ed25519_key"], Get(Debian("9.2"), "HostKey").DefaultValues);
    }

    [Fact]
    public void RevokedKeysIsNoLongerPrintedFrom103()
    {
        Assert.Equal("none", Get(Upstream("10.2"), "RevokedKeys").Default);
        var d = Get(Upstream("10.3"), "RevokedKeys");
        Assert.Equal(SshdTPrinting.WhenSet, d.Printing);
        Assert.Null(d.Default);
    }

    [Fact]
    public void GssapiStrictAcceptorCheckIsPrintedUpstreamFrom101AndAlwaysByDebian()
    {
        Assert.Equal(SshdTPrinting.Never, Get(Upstream("10.0"), "GSSAPIStrictAcceptorCheck").Printing);
        Assert.Null(Get(Upstream("9.2"), "GSSAPIStrictAcceptorCheck").Default);
        Assert.Equal("yes", Get(Upstream("10.1"), "GSSAPIStrictAcceptorCheck").Default);
        Assert.Equal("yes", Get(Debian("9.2"), "GSSAPIStrictAcceptorCheck").Default);
        Assert.Equal("gssapistrictacceptorcheck", Get(Debian("9.2"), "GSSAPIStrictAcceptorCheck").SshdTKey);
    }

    [Fact]
    public void PerSourcePenaltiesDefaultByRelease()
    {
        Assert.Contains("grace-exceeded:20", Get(Upstream("9.8"), "PerSourcePenalties").Default);
        Assert.Contains("refuseconnection:10 ", Get(Upstream("10.2"), "PerSourcePenalties").Default);
        Assert.StartsWith("crash:90.000000 ", Get(Upstream("10.3"), "PerSourcePenalties").Default);
        Assert.Null(Upstream("9.7").Lookup("PerSourcePenalties"));
    }

    // ---- precedence ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("IPQoS", "10.2", Precedence.LastWins)]
    [InlineData("IPQoS", "10.3", Precedence.FirstWins)]
    [InlineData("MaxStartups", "10.0", Precedence.LastWins)]
    [InlineData("MaxStartups", "10.1", Precedence.FirstWins)]
    [InlineData("PerSourceNetBlockSize", "10.0", Precedence.LastWins)]
    [InlineData("PerSourceNetBlockSize", "10.1", Precedence.FirstWins)]
    [InlineData("PerSourceMaxStartups", "8.5", Precedence.LastWins)]
    [InlineData("PerSourceMaxStartups", "9.4", Precedence.LastWins)]
    [InlineData("PerSourceMaxStartups", "9.5", Precedence.FirstWins)]
    [InlineData("SetEnv", "7.8", Precedence.Accumulates)]
    [InlineData("SetEnv", "9.0", Precedence.Accumulates)]
    [InlineData("SetEnv", "9.1", Precedence.FirstLineWins)]
    [InlineData("RevokedKeys", "10.2", Precedence.FirstWins)]
    [InlineData("RevokedKeys", "10.3", Precedence.FirstLineWins)]
    [InlineData("Subsystem", "7.0", Precedence.AccumulatesByName)]
    [InlineData("StreamLocalBindMask", "10.5", Precedence.LastWins)]
    [InlineData("FingerprintHash", "9.2", Precedence.LastWins)]
    [InlineData("RekeyLimit", "9.2", Precedence.PerComponent)]
    [InlineData("PerSourcePenalties", "10.5", Precedence.PerComponent)]
    [InlineData("AuthorizedKeysFile", "9.2", Precedence.FirstLineWins)]
    [InlineData("PubkeyAuthOptions", "9.2", Precedence.FirstLineWins)]
    [InlineData("Port", "9.2", Precedence.Accumulates)]
    [InlineData("AcceptEnv", "9.2", Precedence.Accumulates)]
    [InlineData("PermitRootLogin", "9.2", Precedence.FirstWins)]
    [InlineData("Match", "9.2", Precedence.NotApplicable)]
    [InlineData("Include", "9.2", Precedence.NotApplicable)]
    public void PrecedenceByRelease(string keyword, string version, Precedence expected) =>
        Assert.Equal(expected, Get(Upstream(version), keyword).Precedence);

    // ---- sshd -T keys ------------------------------------------------------------------------------

    [Theory]
    [InlineData("PermitRootLogin", "9.2", "permitrootlogin")]
    [InlineData("PermitRootLogin", "10.3", "permitrootlogin")]
    [InlineData("PermitRootLogin", "10.4", "PermitRootLogin")]
    [InlineData("PermitRootLogin", "10.5", "PermitRootLogin")]
    [InlineData("Port", "10.4", "port")]
    [InlineData("Port", "10.5", "Port")]
    [InlineData("IPQoS", "10.4", "ipqos")]
    [InlineData("IPQoS", "10.5", "IPQoS")]
    [InlineData("PerSourcePenalties", "10.4", "persourcepenalties")]
    [InlineData("MACs", "9.2", "macs")]
    [InlineData("MACs", "10.4", "Macs")]
    [InlineData("MACs", "10.5", "Macs")]
    [InlineData("UsePAM", "10.4", "UsePAM")]
    [InlineData("HostbasedAcceptedKeyTypes", "8.4", "hostbasedacceptedkeytypes")]
    public void SshdTKeyByRelease(string keyword, string version, string key)
    {
        Assert.Equal(key, Get(Upstream(version), keyword).SshdTKey);
        Assert.Equal(keyword, Upstream(version).LookupSshdTKey(key)!.Name);
    }

    [Fact]
    public void UnprintedKeywordsHaveNoKey()
    {
        Assert.Null(Get(Upstream("10.5"), "Match").SshdTKey);
        Assert.Null(Get(Upstream("10.5"), "RDomain").SshdTKey);
        // An alias line sets the canonical keyword, which is printed under its own key.
        Assert.Equal("TCPKeepAlive", Get(Upstream("10.5"), "KeepAlive").SshdTKey);
        Assert.Null(Get(Debian("9.2"), "DebianBanner").SshdTKey);
    }

    // ---- vendors and builds --------------------------------------------------------------------------

    [Fact]
    public void DebianKeywords()
    {
        var debian = Debian("9.2");
        Assert.Equal("no", Get(debian, "GSSAPIKeyExchange").Default);
        Assert.Equal("no", Get(debian, "GSSAPIStoreCredentialsOnRekey").Default);
        Assert.Equal("gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-",
            Get(debian, "GSSAPIKexAlgorithms").Default);
        Assert.Equal(ArgumentKind.GssKexList, Get(debian, "GSSAPIKexAlgorithms").ArgumentKind);
        var banner = Get(debian, "DebianBanner");
        Assert.Equal(SshdTPrinting.Never, banner.Printing);
        Assert.False(banner.AllowedInMatch);
        Assert.Equal(Vendor.Debian, banner.VendorOnly);
        Assert.Equal("/run/sshd.pid", Get(debian, "PidFile").Default);
        Assert.Equal("/etc/ssh/moduli", Get(debian, "ModuliFile").Default);
        Assert.StartsWith("sntrup761x25519-sha512,", Get(debian, "KexAlgorithms").Default);
        Assert.StartsWith("sntrup761x25519-sha512@openssh.com,", Get(Upstream("9.2"), "KexAlgorithms").Default);
        Assert.StartsWith("sntrup761x25519-sha512@openssh.com,", Get(Debian("9.3"), "KexAlgorithms").Default);
    }

    [Theory]
    [InlineData("GSSAPIKeyExchange")]
    [InlineData("GSSAPIStoreCredentialsOnRekey")]
    [InlineData("GSSAPIKexAlgorithms")]
    [InlineData("DebianBanner")]
    public void DebianOnlyKeywordsAreUnknownUpstream(string name)
    {
        Assert.NotNull(Debian("9.2").Lookup(name));
        Assert.NotNull(Debian("10.5").Lookup(name));
        Assert.Null(Upstream("9.2").Lookup(name));
        var elsewhere = Upstream("9.2").LookupElsewhere(name);
        Assert.NotNull(elsewhere);
        Assert.Equal(Vendor.Debian, elsewhere.VendorOnly);
        Assert.Equal(KeywordStatus.Unknown, elsewhere.Status);
    }

    [Theory]
    [InlineData(Vendor.Upstream)]
    [InlineData(Vendor.Debian)]
    public void KerberosGetAfsTokenIsUnsupportedWithoutAfs(Vendor vendor)
    {
        var d = Get(KeywordCatalog.For(new Target(new OpenSshVersion(9, 2), vendor)), "KerberosGetAFSToken");
        Assert.Equal(KeywordStatus.Unsupported, d.Status);
        Assert.Equal("KRB5+AFS", d.BuildDependency);
        Assert.Null(d.Default);
        Assert.Equal(SshdTPrinting.Never, d.Printing);
    }

    [Fact]
    public void BuildDependentKeywordsAreActiveInTheCataloguedBuilds()
    {
        var d = Get(Upstream("9.2"), "GSSAPIAuthentication");
        Assert.Equal(KeywordStatus.Active, d.Status);
        Assert.Equal("GSSAPI", d.BuildDependency);
        Assert.Equal("no", d.Default);
        Assert.Equal(KeywordStatus.Active, Get(Upstream("9.2"), "UsePAM").Status);
    }

    // ---- suggestions ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("PermitRootLogn", "PermitRootLogin")]
    [InlineData("permitrootlogn", "PermitRootLogin")]
    [InlineData("PermitRotLogin", "PermitRootLogin")]
    [InlineData("PermitRootLgoin", "PermitRootLogin")]
    [InlineData("PasswordAuth", "PasswordAuthentication")]
    [InlineData("PubkeyAuthentcation", "PubkeyAuthentication")]
    [InlineData("X11Forwardng", "X11Forwarding")]
    [InlineData("Ciphres", "Ciphers")]
    [InlineData("ListenAdress", "ListenAddress")]
    [InlineData("RootLogin", "PermitRootLogin")]
    public void SuggestionsPutTheIntendedKeywordFirst(string typed, string expected)
    {
        var suggestions = Upstream("10.5").SuggestionsFor(typed);
        Assert.InRange(suggestions.Count, 1, 3);
        Assert.Equal(expected, suggestions[0]);
    }

    [Theory]
    [InlineData("Frobnicate")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("PermitRootLogin")]
    public void NoSuggestionsForNamesFarFromAnyKeywordOrKnownNames(string typed) => Assert.Empty(Upstream("10.5").SuggestionsFor(typed));

    [Fact]
    public void SuggestionsOnlyNameActiveKeywordsOfTheTarget()
    {
        Assert.DoesNotContain("Include", Upstream("8.1").SuggestionsFor("Includ"));
        Assert.Contains("Include", Upstream("8.2").SuggestionsFor("Includ"));
        Assert.DoesNotContain("KeepAlive", Upstream("10.5").SuggestionsFor("KeepAliv"));
    }
}
