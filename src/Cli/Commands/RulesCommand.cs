// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.Rules;
using SshdLint.Rules.Profiles;

namespace SshdLint.Cli.Commands;

/// <summary><c>sshdlint rules</c>: every diagnostic SshdLint can report, as a table or JSON.</summary>
internal static class RulesCommand
{
    public const string Help = """
        Usage: sshdlint rules [--format table|json] [--profile NAME]

        List every check: id, name, default severity, whether the profile enables it, and fix availability.
        """;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var cl = new CommandLine().Option("--format").Option("--profile").Flag("--help", "-h").Parse(args);
        if (cl.Has("--help"))
        {
            context.Out.WriteLine(Help);
            return 0;
        }
        if (cl.Positionals.Count > 0) throw new UsageException($"rules: unexpected argument '{cl.Positionals[0]}'");
        var profile = BuiltInProfiles.Find(cl.Get("--profile") ?? "recommended")
            ?? throw new UsageException($"--profile: '{cl.Get("--profile")}' is not one of {string.Join(", ", BuiltInProfiles.All.Select(p => p.Name))}");
        string format = (cl.Get("--format") ?? "table").ToLowerInvariant();
        var rows = RuleRegistry.AllDescriptors.Select(d =>
        {
            var rule = RuleRegistry.FindRule(d.Id);
            bool enabled = rule is null || profile.For(rule).Enabled;
            return (Descriptor: d, Enabled: enabled);
        }).ToList();
        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartArray();
                foreach (var (d, enabled) in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteString("name", d.Name);
                    json.WriteString("title", d.Title);
                    json.WriteString("category", d.Category.ToString().ToLowerInvariant());
                    json.WriteString("severity", d.DefaultSeverity.ToString().ToLowerInvariant());
                    json.WriteBoolean("enabled", enabled);
                    json.WriteString("fix", d.FixAvailability.ToString().ToLowerInvariant());
                    json.WriteString("helpUri", d.HelpLink);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return 0;
        }
        if (format != "table") throw new UsageException($"--format: '{format}' is not table or json");
        int nameWidth = Math.Max(4, rows.Max(r => r.Descriptor.Name.Length));
        context.Out.WriteLine($"{"ID",-8}  {"NAME".PadRight(nameWidth)}  {"SEVERITY",-8}  {"ON",-3}  {"FIX",-9}  TITLE");
        foreach (var (d, enabled) in rows)
            context.Out.WriteLine($"{d.Id,-8}  {d.Name.PadRight(nameWidth)}  {d.DefaultSeverity.ToString().ToLowerInvariant(),-8}  {(enabled ? "yes" : "no"),-3}  {d.FixAvailability.ToString().ToLowerInvariant(),-9}  {d.Title}");
        context.Out.WriteLine($"{rows.Count} checks; {rows.Count(r => r.Enabled)} enabled in the {profile.Name} profile.");
        return 0;
    }
}
