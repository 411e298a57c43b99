// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Collections.Concurrent;
using System.Text.Json;
using SshdLint.Parser.Catalog;
using SshdLint.Rules.Configuration;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// The editor's settings for SshdLint: the <c>sshdlint</c> section of <c>workspace/didChangeConfiguration</c> or
/// <c>workspace/configuration</c>, or <c>initializationOptions</c>. Same keys as <c>.sshdlint.json</c>, plus
/// <c>sysroot</c> and <c>debounceMs</c>:
/// <code>{ "openssh": "9.2", "vendor": "debian", "profile": "strict", "rules": { "SSHD2001": "error" }, "sysroot": "/srv/image", "debounceMs": 0 }</code>
/// </summary>
/// <param name="OpenSsh">Target release; null for the file's or the default.</param>
/// <param name="Vendor">Target vendor; null for the file's or upstream.</param>
/// <param name="Profile">Profile name; null for the file's or <c>recommended</c>.</param>
/// <param name="Rules">Rule overrides by id or name.</param>
/// <param name="Sysroot">Directory absolute Include paths resolve under; null to guess from the file's path.</param>
/// <param name="DebounceMs">Delay before linting after a change; 0 lints at once (bursts are still coalesced).</param>
internal sealed record ServerSettings(
    OpenSshVersion? OpenSsh,
    Vendor? Vendor,
    string? Profile,
    IReadOnlyDictionary<string, RuleOverride> Rules,
    string? Sysroot,
    int DebounceMs)
{
    /// <summary>Nothing set.</summary>
    public static ServerSettings Default { get; } = new(null, null, null, new Dictionary<string, RuleOverride>(StringComparer.OrdinalIgnoreCase), null, 0);

    /// <summary>The longest accepted debounce: a larger value would make diagnostics look broken.</summary>
    public const int MaxDebounceMs = 5000;

    /// <summary>
    /// Reads a settings object. Bad entries are reported in <paramref name="problems"/> and left out, so one typo
    /// in the editor's settings does not switch every other setting off.
    /// </summary>
    public static ServerSettings Parse(JsonElement? element, List<string> problems)
    {
        if (element is not { ValueKind: JsonValueKind.Object } settings) return Default;
        // Accept both the section itself and a whole settings tree holding it (what Neovim sends by default).
        if (settings.TryGetProperty("sshdlint", out var section) && section.ValueKind == JsonValueKind.Object) settings = section;

        var result = Default with { Rules = new Dictionary<string, RuleOverride>(StringComparer.OrdinalIgnoreCase) };
        var rules = (Dictionary<string, RuleOverride>)result.Rules;
        foreach (var property in settings.EnumerateObject())
        {
            try
            {
                switch (property.Name)
                {
                    case "openssh":
                        result = result with { OpenSsh = ViaConfigurationFile(property).OpenSsh };
                        break;
                    case "vendor":
                        result = result with { Vendor = ViaConfigurationFile(property).Vendor };
                        break;
                    case "profile":
                        result = result with { Profile = ViaConfigurationFile(property).Profile };
                        break;
                    case "rules":
                        if (property.Value.ValueKind != JsonValueKind.Object) throw new ConfigurationException("settings: \"rules\" must be an object");
                        foreach (var rule in property.Value.EnumerateObject())
                        {
                            try
                            {
                                // One rule at a time, through the .sshdlint.json reader, so both accept the same values.
                                string text = "{\"rules\":{" + JsonSerializer.Serialize(rule.Name, Protocol.LspJsonContext.Default.String) + ":" + rule.Value.GetRawText() + "}}";
                                foreach (var (k, v) in ConfigurationFile.Parse(text, "settings").Rules) rules[k] = v;
                            }
                            catch (ConfigurationException e)
                            {
                                problems.Add(e.Message);
                            }
                        }
                        break;
                    case "sysroot":
                        result = result with { Sysroot = property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } s ? s : null };
                        break;
                    case "debounceMs":
                        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out int ms) || ms < 0)
                            throw new ConfigurationException("settings: \"debounceMs\" must be a non-negative integer");
                        result = result with { DebounceMs = Math.Min(ms, MaxDebounceMs) };
                        break;
                    default:
                        // Clients add their own keys (trace.server, enable, path); ignore what is not ours.
                        break;
                }
            }
            catch (ConfigurationException e)
            {
                problems.Add(e.Message);
            }
        }
        return result;
    }

    private static ConfigurationFile ViaConfigurationFile(JsonProperty property) =>
        ConfigurationFile.Parse("{" + JsonSerializer.Serialize(property.Name, Protocol.LspJsonContext.Default.String) + ":" + property.Value.GetRawText() + "}", "settings");
}

/// <summary>How one document is read: target, sysroot, lint options, and where they came from.</summary>
/// <param name="Target">The sshd the file is read for.</param>
/// <param name="Sysroot">Where absolute Include paths resolve; null for the real <c>/etc/ssh</c>.</param>
/// <param name="LintOptions">Profile and rule overrides.</param>
/// <param name="ConfigurationPath">The <c>.sshdlint.json</c> that applied, if any.</param>
/// <param name="ConfigurationError">The one-line problem with that file, when it could not be read (defaults are used).</param>
internal sealed record DocumentSettings(Target Target, string? Sysroot, LintOptions LintOptions, string? ConfigurationPath, string? ConfigurationError);

/// <summary>
/// Resolves <see cref="DocumentSettings"/>: the nearest <c>.sshdlint.json</c> (cached until a watched file changes)
/// over the editor's settings over the defaults.
/// </summary>
/// <remarks>
/// The repository's <c>.sshdlint.json</c> wins over the editor's settings for every key it sets, so the editor shows
/// the same findings as <c>sshdlint check</c> in CI; editor settings fill in what the file leaves out. Rule overrides
/// merge, the file's winning for the same rule.
/// </remarks>
internal sealed class SettingsResolver
{
    private readonly ConcurrentDictionary<string, (int Generation, ConfigurationFile? File, string? Error)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Generation, string? Path)> _discovered = new(StringComparer.Ordinal);

    /// <summary>The settings for a document under a snapshot.</summary>
    public DocumentSettings Resolve(ServerSnapshot snapshot, Document document)
    {
        var editor = snapshot.Settings;
        string? configPath = null;
        ConfigurationFile? config = null;
        string? error = null;
        if (Path.IsPathRooted(document.Path))
        {
            configPath = Discover(document.Path, snapshot.DiskGeneration);
            if (configPath is not null) (config, error) = Load(configPath, snapshot.DiskGeneration);
        }
        var version = config?.OpenSsh ?? editor.OpenSsh ?? OpenSshVersion.Newest;
        var vendor = config?.Vendor ?? editor.Vendor ?? Vendor.Upstream;
        var profile = BuiltInProfiles.Find(config?.Profile ?? editor.Profile ?? "recommended") ?? BuiltInProfiles.Recommended;
        var rules = new Dictionary<string, RuleOverride>(editor.Rules, StringComparer.OrdinalIgnoreCase);
        if (config is not null) foreach (var (k, v) in config.Rules) rules[k] = v;
        string? sysroot = editor.Sysroot ?? GuessSysroot(document.Path);
        return new DocumentSettings(new Target(version, vendor), sysroot, new LintOptions(profile, rules), configPath, error);
    }

    /// <summary>
    /// A configuration kept in a repository under <c>…/etc/ssh/sshd_config</c> includes <c>/etc/ssh/…</c> meaning its own
    /// tree, as <c>sshdlint check --sysroot</c> reads it: the directory above <c>etc/ssh</c> is the sysroot.
    /// </summary>
    public static string? GuessSysroot(string path)
    {
        if (!Path.IsPathRooted(path)) return null;
        int at = path.LastIndexOf("/etc/ssh/", StringComparison.Ordinal);
        if (at <= 0) return null; // the real /etc/ssh (or no etc/ssh at all)
        string root = path[..at];
        return Directory.Exists(root) ? root : null;
    }

    private string? Discover(string path, int generation)
    {
        string? dir = Path.GetDirectoryName(path);
        if (dir is null) return null;
        if (_discovered.TryGetValue(dir, out var cached) && cached.Generation == generation) return cached.Path;
        string? found = ConfigurationFile.Discover(path);
        _discovered[dir] = (generation, found);
        return found;
    }

    private (ConfigurationFile? File, string? Error) Load(string path, int generation)
    {
        if (_files.TryGetValue(path, out var cached) && cached.Generation == generation) return (cached.File, cached.Error);
        ConfigurationFile? file = null;
        string? error = null;
        try
        {
            file = ConfigurationFile.Load(path);
        }
        catch (ConfigurationException e)
        {
            error = e.Message;
        }
        _files[path] = (generation, file, error);
        return (file, error);
    }
}
