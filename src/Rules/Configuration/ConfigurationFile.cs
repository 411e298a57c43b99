// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Rules.Linting;
using SshdLint.Rules.Profiles;

namespace SshdLint.Rules.Configuration;

/// <summary>A problem in a configuration file, reported as one line (exit status 2 on the command line).</summary>
public sealed class ConfigurationException(string message) : Exception(message);

/// <summary>
/// <c>.sshdlint.json</c> (JSON with comments and trailing commas), found by walking up from the linted file:
/// <code>
/// {
///   "profile": "strict",            // recommended | strict | cis | stig
///   "openssh": "9.2", "vendor": "debian",
///   "rules": {
///     "SSHD2001": "off",             // off | on | error | warning | info | hint
///     "max-auth-tries": { "severity": "error", "options": { "max": 3 } }
///   }
/// }
/// </code>
/// </summary>
public sealed record ConfigurationFile(string Path, string? Profile, OpenSshVersion? OpenSsh, Vendor? Vendor, IReadOnlyDictionary<string, RuleOverride> Rules)
{
    public const string FileName = ".sshdlint.json";

    /// <summary>The nearest <c>.sshdlint.json</c> in the directory of <paramref name="path"/> or above; null when none.</summary>
    public static string? Discover(string path)
    {
        string? dir;
        try
        {
            dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        while (!string.IsNullOrEmpty(dir))
        {
            string candidate = System.IO.Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return candidate;
            dir = System.IO.Path.GetDirectoryName(dir);
        }
        return null;
    }

    public static ConfigurationFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: {e.Message}");
        }
        return Parse(text, path);
    }

    public static ConfigurationFile Parse(string text, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: invalid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split('.')[0]}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ConfigurationException($"{path}: expected a JSON object");
            string? profile = null;
            OpenSshVersion? version = null;
            Vendor? vendor = null;
            var rules = new Dictionary<string, RuleOverride>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "profile":
                        profile = String(property, path);
                        if (BuiltInProfiles.Find(profile) is null)
                            throw new ConfigurationException($"{path}: unknown profile '{profile}' (expected {string.Join(", ", BuiltInProfiles.All.Select(p => p.Name))})");
                        break;
                    case "openssh":
                        var v = String(property, path);
                        if (!OpenSshVersion.TryParse(v, out var parsed) || !parsed.IsCovered)
                            throw new ConfigurationException($"{path}: \"openssh\": '{v}' is not a version from {OpenSshVersion.Oldest} to {OpenSshVersion.Newest}");
                        version = parsed;
                        break;
                    case "vendor":
                        vendor = String(property, path).ToLowerInvariant() switch
                        {
                            "upstream" => Parser.Catalog.Vendor.Upstream,
                            "debian" => Parser.Catalog.Vendor.Debian,
                            var other => throw new ConfigurationException($"{path}: \"vendor\": '{other}' is not upstream or debian"),
                        };
                        break;
                    case "rules":
                        if (property.Value.ValueKind != JsonValueKind.Object) throw new ConfigurationException($"{path}: \"rules\" must be an object");
                        foreach (var rule in property.Value.EnumerateObject())
                            rules[rule.Name] = ParseRule(rule, path);
                        break;
                    default:
                        throw new ConfigurationException($"{path}: unknown setting \"{property.Name}\" (expected profile, openssh, vendor, rules)");
                }
            }
            return new ConfigurationFile(path, profile, version, vendor, rules);
        }
    }

    private static string String(JsonProperty property, string path) =>
        property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw new ConfigurationException($"{path}: \"{property.Name}\" must be a string");

    private static RuleOverride ParseRule(JsonProperty rule, string path)
    {
        if (RuleRegistry.FindDescriptor(rule.Name) is null)
            throw new ConfigurationException($"{path}: unknown rule \"{rule.Name}\" (see `sshdlint rules`)");
        if (rule.Value.ValueKind == JsonValueKind.String) return ParseLevel(rule.Value.GetString()!, rule.Name, path);
        if (rule.Value.ValueKind != JsonValueKind.Object) throw new ConfigurationException($"{path}: rule \"{rule.Name}\" must be a string or an object");
        var result = new RuleOverride();
        var options = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in rule.Value.EnumerateObject())
        {
            switch (p.Name)
            {
                case "severity":
                case "level":
                    var level = ParseLevel(p.Value.GetString() ?? "", rule.Name, path);
                    result = result with { Enabled = level.Enabled, Severity = level.Severity };
                    break;
                case "enabled":
                    result = result with { Enabled = p.Value.ValueKind == JsonValueKind.True };
                    break;
                case "options":
                    foreach (var o in p.Value.EnumerateObject()) options[o.Name] = ToValue(o.Value);
                    break;
                default:
                    throw new ConfigurationException($"{path}: rule \"{rule.Name}\": unknown key \"{p.Name}\" (expected severity, enabled, options)");
            }
        }
        return options.Count > 0 ? result with { Options = options } : result;
    }

    private static object ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(x => x.ToString()).ToArray(),
        _ => e.ToString(),
    };

    private static RuleOverride ParseLevel(string level, string rule, string path) => level.ToLowerInvariant() switch
    {
        "off" or "none" or "disable" or "disabled" => new RuleOverride(Enabled: false),
        "on" or "enable" or "enabled" => new RuleOverride(Enabled: true),
        "error" => new RuleOverride(true, DiagnosticSeverity.Error),
        "warning" => new RuleOverride(true, DiagnosticSeverity.Warning),
        "info" => new RuleOverride(true, DiagnosticSeverity.Info),
        "hint" => new RuleOverride(true, DiagnosticSeverity.Hint),
        _ => throw new ConfigurationException($"{path}: rule \"{rule}\": '{level}' is not off, on, error, warning, info or hint"),
    };

    /// <summary>Lint options from this file: its profile (or <paramref name="profileOverride"/>) and rule changes.</summary>
    public LintOptions ToLintOptions(string? profileOverride = null)
    {
        var profile = BuiltInProfiles.Find(profileOverride ?? Profile ?? "recommended") ?? BuiltInProfiles.Recommended;
        return new LintOptions(profile, Rules);
    }
}
