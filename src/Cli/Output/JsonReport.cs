// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Json;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;

namespace SshdLint.Cli.Output;

/// <summary>
/// The JSON report, version 1 (DESIGN.md). Scripts depend on this shape: extend it, never break it.
/// </summary>
internal static class JsonReport
{
    public static void Write(TextWriter writer, Target target, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartObject("tool");
            json.WriteString("name", "sshdlint");
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteString("openssh", target.Version.ToString());
            json.WriteString("vendor", target.Vendor.ToString().ToLowerInvariant());
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) WriteDiagnostic(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        var loc = d.Location;
        json.WriteStartObject();
        json.WriteString("file", loc.Path);
        json.WriteNumber("line", loc.LineSpan.Start.Line + 1);
        json.WriteNumber("column", loc.LineSpan.Start.Character + 1);
        json.WriteNumber("endLine", loc.LineSpan.End.Line + 1);
        json.WriteNumber("endColumn", loc.LineSpan.End.Character + 1);
        json.WriteString("id", d.Id);
        json.WriteString("name", d.Descriptor.Name);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("category", d.Descriptor.Category.ToString().ToLowerInvariant());
        json.WriteString("message", d.Message);
        json.WriteBoolean("fatal", d.Fatal);
        json.WriteStartArray("fixes");
        foreach (var fix in d.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteString("applicability", fix.Applicability.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (d.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("related");
            foreach (var r in d.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteString("file", r.Location.Path);
                json.WriteNumber("line", r.Location.Line);
                json.WriteNumber("column", r.Location.Column);
                json.WriteString("message", r.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
