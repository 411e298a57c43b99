// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis.Sarif;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;

namespace SshdLint.Cli.Output.Sarif;

/// <summary>
/// Writes the part of the SARIF SDK object model that <see cref="SarifLogBuilder"/> fills in, as SARIF 2.1.0 JSON,
/// with <see cref="Utf8JsonWriter"/>.
/// </summary>
/// <remarks>
/// <para>Why not the SDK's own serializer: it is Newtonsoft.Json's reflection-driven contract resolver, which the
/// Native AOT build cannot keep without trim and AOT warnings (and which would carry all of Newtonsoft into the
/// executable). This writer has no reflection, so the AOT executable and the .NET tool write the same bytes.</para>
/// <para>What keeps it honest: the CLI tests read every log it writes back with the SDK's serializer and require
/// the SDK to write the same JSON for the object it read as for the object the builder made, so a property the
/// builder sets and this writer forgets fails a test. Properties the builder never sets are not written; setting one
/// anyway throws <see cref="NotSupportedException"/> in the tests rather than silently dropping it.</para>
/// <para>Properties whose value is the SARIF default are written anyway where it helps a reader (a result's
/// <c>level</c>), which the SDK's serializer would omit; both mean the same.</para>
/// </remarks>
internal static class SarifJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The log is a file, never HTML: keep quotes, angle brackets and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, SarifLog log)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        WriteLog(json, log);
    }

    public static string ToJson(SarifLog log)
    {
        using var stream = new MemoryStream();
        Write(stream, log);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLog(Utf8JsonWriter json, SarifLog log)
    {
        json.WriteStartObject();
        if (log.SchemaUri is not null) json.WriteString("$schema", log.SchemaUri.OriginalString);
        json.WriteString("version", log.Version == SarifVersion.Current ? "2.1.0" : throw Unsupported("SarifLog.Version"));
        Array(json, "runs", log.Runs, WriteRun);
        Properties(json, log);
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, Run run)
    {
        json.WriteStartObject();
        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        WriteToolComponent(json, run.Tool.Driver);
        if (run.Tool.Extensions is { Count: > 0 }) throw Unsupported("Tool.Extensions");
        json.WriteEndObject();
        Array(json, "invocations", run.Invocations, WriteInvocation);
        if (run.OriginalUriBaseIds is { Count: > 0 } bases)
        {
            json.WriteStartObject("originalUriBaseIds");
            foreach (var (name, location) in bases)
            {
                json.WritePropertyName(name);
                WriteArtifactLocation(json, location);
            }
            json.WriteEndObject();
        }
        Array(json, "artifacts", run.Artifacts, WriteArtifact);
        Array(json, "results", run.Results, WriteResult);
        if (run.AutomationDetails is { } details)
        {
            json.WriteStartObject("automationDetails");
            if (details.Id is not null) json.WriteString("id", details.Id);
            if (details.Description is not null) throw Unsupported("RunAutomationDetails.Description");
            json.WriteEndObject();
        }
        json.WriteString("columnKind", run.ColumnKind switch
        {
            ColumnKind.Utf16CodeUnits => "utf16CodeUnits",
            ColumnKind.UnicodeCodePoints => "unicodeCodePoints",
            _ => throw Unsupported("Run.ColumnKind"),
        });
        if (run.Taxonomies is { Count: > 0 } || run.LogicalLocations is { Count: > 0 } || run.VersionControlProvenance is { Count: > 0 })
            throw Unsupported("Run.Taxonomies/LogicalLocations/VersionControlProvenance");
        Properties(json, run);
        json.WriteEndObject();
    }

    private static void WriteToolComponent(Utf8JsonWriter json, ToolComponent c)
    {
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        OptionalString(json, "fullName", c.FullName);
        OptionalString(json, "version", c.Version);
        OptionalString(json, "semanticVersion", c.SemanticVersion);
        OptionalString(json, "organization", c.Organization);
        if (c.InformationUri is not null) json.WriteString("informationUri", c.InformationUri.OriginalString);
        MultiformatMessage(json, "shortDescription", c.ShortDescription);
        MultiformatMessage(json, "fullDescription", c.FullDescription);
        Array(json, "rules", c.Rules, WriteReportingDescriptor);
        if (c.Notifications is { Count: > 0 }) throw Unsupported("ToolComponent.Notifications");
        Properties(json, c);
        json.WriteEndObject();
    }

    private static void WriteReportingDescriptor(Utf8JsonWriter json, ReportingDescriptor d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        OptionalString(json, "name", d.Name);
        MultiformatMessage(json, "shortDescription", d.ShortDescription);
        MultiformatMessage(json, "fullDescription", d.FullDescription);
        if (d.DefaultConfiguration is { } config)
        {
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", config.Enabled);
            json.WriteString("level", Level(config.Level));
            if (config.Rank != -1) throw Unsupported("ReportingConfiguration.Rank");
            Properties(json, config);
            json.WriteEndObject();
        }
        if (d.HelpUri is not null) json.WriteString("helpUri", d.HelpUri.OriginalString);
        MultiformatMessage(json, "help", d.Help);
        if (d.MessageStrings is { Count: > 0 }) throw Unsupported("ReportingDescriptor.MessageStrings");
        Properties(json, d);
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, Invocation invocation)
    {
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", invocation.ExecutionSuccessful);
        Array(json, "toolExecutionNotifications", invocation.ToolExecutionNotifications, WriteNotification);
        Array(json, "toolConfigurationNotifications", invocation.ToolConfigurationNotifications, WriteNotification);
        if (invocation.CommandLine is not null || invocation.Arguments is { Count: > 0 } || invocation.WorkingDirectory is not null)
            throw Unsupported("Invocation.CommandLine/Arguments/WorkingDirectory");
        Properties(json, invocation);
        json.WriteEndObject();
    }

    private static void WriteNotification(Utf8JsonWriter json, Notification n)
    {
        json.WriteStartObject();
        Array(json, "locations", n.Locations, WriteLocation);
        WriteMessage(json, "message", n.Message);
        json.WriteString("level", Level(n.Level));
        if (n.Descriptor is not null) throw Unsupported("Notification.Descriptor");
        if (n.AssociatedRule is { } rule)
        {
            json.WriteStartObject("associatedRule");
            OptionalString(json, "id", rule.Id);
            if (rule.Index >= 0) json.WriteNumber("index", rule.Index);
            json.WriteEndObject();
        }
        Properties(json, n);
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, Artifact a)
    {
        json.WriteStartObject();
        json.WritePropertyName("location");
        WriteArtifactLocation(json, a.Location);
        if (a.Length >= 0) json.WriteNumber("length", a.Length);
        if (a.Roles != ArtifactRoles.None)
        {
            json.WriteStartArray("roles");
            foreach (var (role, name) in Roles)
            {
                if (a.Roles.HasFlag(role)) json.WriteStringValue(name);
            }
            if ((a.Roles & ~Roles.Aggregate(ArtifactRoles.None, (all, r) => all | r.Role)) != 0) throw Unsupported("Artifact.Roles");
            json.WriteEndArray();
        }
        if (a.Hashes is { Count: > 0 } hashes)
        {
            json.WriteStartObject("hashes");
            foreach (var (algorithm, value) in hashes) json.WriteString(algorithm, value);
            json.WriteEndObject();
        }
        if (a.Contents is not null) throw Unsupported("Artifact.Contents");
        Properties(json, a);
        json.WriteEndObject();
    }

    private static readonly (ArtifactRoles Role, string Name)[] Roles =
    [
        (ArtifactRoles.AnalysisTarget, "analysisTarget"),
        (ArtifactRoles.ReferencedOnCommandLine, "referencedOnCommandLine"),
        (ArtifactRoles.ResultFile, "resultFile"),
    ];

    private static void WriteResult(Utf8JsonWriter json, Result r)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", r.RuleId);
        if (r.RuleIndex >= 0) json.WriteNumber("ruleIndex", r.RuleIndex);
        if (r.Kind != ResultKind.Fail) throw Unsupported("Result.Kind");
        json.WriteString("level", Level(r.Level));
        WriteMessage(json, "message", r.Message);
        Array(json, "locations", r.Locations, WriteLocation);
        if (r.PartialFingerprints is { Count: > 0 } partial)
        {
            json.WriteStartObject("partialFingerprints");
            foreach (var (key, value) in partial) json.WriteString(key, value);
            json.WriteEndObject();
        }
        if (r.Fingerprints is { Count: > 0 }) throw Unsupported("Result.Fingerprints");
        Array(json, "relatedLocations", r.RelatedLocations, WriteLocation);
        Array(json, "suppressions", r.Suppressions, WriteSuppression);
        Array(json, "fixes", r.Fixes, WriteFix);
        if (r.CodeFlows is { Count: > 0 } || r.Stacks is { Count: > 0 } || r.Rule is not null || r.Taxa is { Count: > 0 })
            throw Unsupported("Result.CodeFlows/Stacks/Rule/Taxa");
        Properties(json, r);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SarifLocation l)
    {
        json.WriteStartObject();
        if (l.Id >= 0)
        {
            // The SDK types location ids as BigInteger (the schema sets no upper bound).
            json.WritePropertyName("id");
            json.WriteRawValue(l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (l.PhysicalLocation is { } physical)
        {
            json.WriteStartObject("physicalLocation");
            json.WritePropertyName("artifactLocation");
            WriteArtifactLocation(json, physical.ArtifactLocation);
            if (physical.Region is not null) WriteRegion(json, "region", physical.Region);
            if (physical.ContextRegion is not null) WriteRegion(json, "contextRegion", physical.ContextRegion);
            if (physical.Address is not null) throw Unsupported("PhysicalLocation.Address");
            Properties(json, physical);
            json.WriteEndObject();
        }
        if (l.LogicalLocations is { Count: > 0 }) throw Unsupported("Location.LogicalLocations");
        if (l.Message is not null) WriteMessage(json, "message", l.Message);
        Properties(json, l);
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, ArtifactLocation a)
    {
        json.WriteStartObject();
        if (a.Uri is not null) json.WriteString("uri", a.Uri.OriginalString);
        OptionalString(json, "uriBaseId", a.UriBaseId);
        if (a.Index >= 0) json.WriteNumber("index", a.Index);
        if (a.Description is not null) throw Unsupported("ArtifactLocation.Description");
        Properties(json, a);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Region r)
    {
        json.WriteStartObject(name);
        if (r.StartLine > 0) json.WriteNumber("startLine", r.StartLine);
        if (r.StartColumn > 0) json.WriteNumber("startColumn", r.StartColumn);
        if (r.EndLine > 0) json.WriteNumber("endLine", r.EndLine);
        if (r.EndColumn > 0) json.WriteNumber("endColumn", r.EndColumn);
        if (r.CharOffset >= 0)
        {
            json.WriteNumber("charOffset", r.CharOffset);
            // Like the SDK, leave out a zero length (an insertion point).
            if (r.CharLength != 0) json.WriteNumber("charLength", r.CharLength);
        }
        if (r.ByteOffset >= 0) throw Unsupported("Region.ByteOffset");
        if (r.Snippet is not null) WriteContent(json, "snippet", r.Snippet);
        if (r.Message is not null) WriteMessage(json, "message", r.Message);
        Properties(json, r);
        json.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter json, string name, ArtifactContent c)
    {
        json.WriteStartObject(name);
        if (c.Text is not null) json.WriteString("text", SarifText.Clean(c.Text));
        if (c.Binary is not null || c.Rendered is not null) throw Unsupported("ArtifactContent.Binary/Rendered");
        Properties(json, c);
        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, Fix f)
    {
        json.WriteStartObject();
        if (f.Description is not null) WriteMessage(json, "description", f.Description);
        Array(json, "artifactChanges", f.ArtifactChanges, (j, change) =>
        {
            j.WriteStartObject();
            j.WritePropertyName("artifactLocation");
            WriteArtifactLocation(j, change.ArtifactLocation);
            Array(j, "replacements", change.Replacements, (k, replacement) =>
            {
                k.WriteStartObject();
                WriteRegion(k, "deletedRegion", replacement.DeletedRegion);
                if (replacement.InsertedContent is not null) WriteContent(k, "insertedContent", replacement.InsertedContent);
                Properties(k, replacement);
                k.WriteEndObject();
            });
            Properties(j, change);
            j.WriteEndObject();
        });
        Properties(json, f);
        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Suppression s)
    {
        json.WriteStartObject();
        json.WriteString("kind", s.Kind switch
        {
            SuppressionKind.InSource => "inSource",
            SuppressionKind.External => "external",
            _ => throw Unsupported("Suppression.Kind"),
        });
        switch (s.Status)
        {
            case SuppressionStatus.Accepted: json.WriteString("status", "accepted"); break;
            case SuppressionStatus.UnderReview: json.WriteString("status", "underReview"); break;
            case SuppressionStatus.Rejected: json.WriteString("status", "rejected"); break;
            default: throw Unsupported("Suppression.Status");
        }
        if (s.Justification is not null) json.WriteString("justification", SarifText.Clean(s.Justification));
        if (s.Location is not null)
        {
            json.WritePropertyName("location");
            WriteLocation(json, s.Location);
        }
        Properties(json, s);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, Message m)
    {
        json.WriteStartObject(name);
        if (m.Text is not null) json.WriteString("text", SarifText.Clean(m.Text));
        if (m.Markdown is not null) json.WriteString("markdown", SarifText.Clean(m.Markdown));
        if (m.Id is not null || m.Arguments is { Count: > 0 }) throw Unsupported("Message.Id/Arguments");
        Properties(json, m);
        json.WriteEndObject();
    }

    private static void MultiformatMessage(Utf8JsonWriter json, string name, MultiformatMessageString? m)
    {
        if (m is null) return;
        json.WriteStartObject(name);
        json.WriteString("text", SarifText.Clean(m.Text));
        if (m.Markdown is not null) json.WriteString("markdown", SarifText.Clean(m.Markdown));
        Properties(json, m);
        json.WriteEndObject();
    }

    private static string Level(FailureLevel level) => level switch
    {
        FailureLevel.None => "none",
        FailureLevel.Note => "note",
        FailureLevel.Warning => "warning",
        FailureLevel.Error => "error",
        _ => throw Unsupported("FailureLevel"),
    };

    /// <summary>A property bag: the SDK keeps each value as serialized JSON, written here as is.</summary>
    private static void Properties(Utf8JsonWriter json, PropertyBagHolder holder)
    {
        var names = holder.PropertyNames;
        if (names.Count == 0) return;
        json.WriteStartObject("properties");
        foreach (var name in names)
        {
            json.WritePropertyName(name);
            if (holder.GetSerializedPropertyValue(name) is { } value) json.WriteRawValue(value);
            else json.WriteNullValue();
        }
        json.WriteEndObject();
    }

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, SarifText.Clean(value));
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null) return;
        json.WriteStartArray(name);
        foreach (var item in items) write(json, item);
        json.WriteEndArray();
    }

    private static NotSupportedException Unsupported(string what) =>
        new($"SarifJsonWriter does not write {what}; extend it (and its round-trip test) before setting it");
}
