// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Sarif;
using SshdLint.Parser.Catalog;
using SshdLint.Parser.Diagnostics;
using SshdLint.Parser.Text;
using SshdLint.Rules;
using SshdLint.Rules.Linting;
using InlineSuppression = SshdLint.Rules.Suppressions.Suppression;
using Location = SshdLint.Parser.Diagnostics.Location;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;
using Suppression = Microsoft.CodeAnalysis.Sarif.Suppression;

namespace SshdLint.Cli.Output.Sarif;

/// <summary>A main configuration file that could not be read: reported as a tool execution notification.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Error">What went wrong, as the binder words it (<c>PATH: No such file or directory</c>).</param>
internal sealed record UnreadableFile(string Path, string Error);

/// <summary>Everything one <c>sshdlint check --format sarif</c> run contributes to the log.</summary>
internal sealed record SarifInput
{
    /// <summary>One result per main configuration, with reported and inline-suppressed findings already filtered by --select/--ignore.</summary>
    public required IReadOnlyList<LintResult> Results { get; init; }

    public IReadOnlyList<UnreadableFile> Unreadable { get; init; } = [];

    public required Target Target { get; init; }

    /// <summary>The directory <c>%SRCROOT%</c> stands for; locations under it are written relative to it.</summary>
    public required string SourceRoot { get; init; }

    /// <summary>The code-scanning category (<c>runAutomationDetails.id</c> is <c>CATEGORY/</c>).</summary>
    public string Category { get; init; } = "sshdlint";
}

/// <summary>
/// Builds the SARIF 2.1.0 log of a check run with the SARIF SDK object model: one run, the whole rule catalog in
/// the driver, one result per finding (inline-suppressed ones included, with their suppression), the files checked
/// as artifacts, and notifications for files that could not be read.
/// </summary>
/// <remarks>
/// Positions: the engine's zero-based UTF-16 line/character become one-based lines and columns, and
/// <c>run.columnKind</c> says <c>utf16CodeUnits</c>; char offsets are the engine's offsets.
/// The output is deterministic (no timestamps, machine names or GUIDs) apart from the source root's absolute URI,
/// so two runs over the same files produce the same log.
/// </remarks>
internal static class SarifLogBuilder
{
    /// <summary>The SARIF 2.1.0 schema on SchemaStore, the address the SDK writes and validators recognise.</summary>
    public static readonly Uri SchemaUri = new("https://json.schemastore.org/sarif-2.1.0.json");

    public const string InformationUri = "https://github.com/sshdlint/sshdlint";

    public static SarifLog Build(SarifInput input)
    {
        var paths = new SarifPaths(input.SourceRoot);
        var descriptors = RuleRegistry.AllDescriptors.ToList();
        var rules = SarifRules.Build(descriptors);
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < descriptors.Count; i++) ruleIndex[descriptors[i].Id] = i;

        var files = new Files(paths);
        foreach (var result in input.Results)
        {
            foreach (var file in result.Model.Files) files.Add(file.Path, file.Tree.Text);
        }

        var findings = Findings(input.Results, files);
        var fingerprints = new SarifFingerprints();
        var results = new List<Result>(findings.Count);
        foreach (var finding in findings)
        {
            var d = finding.Diagnostic;
            if (!ruleIndex.TryGetValue(d.Id, out int index))
            {
                // A descriptor the registry does not list (a rule under test, say) still gets its metadata.
                index = rules.Count;
                ruleIndex[d.Id] = index;
                rules.Add(SarifRules.Build(d.Descriptor));
            }
            results.Add(BuildResult(finding, index, files, fingerprints));
        }

        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = "SshdLint",
                    FullName = $"SshdLint {ToolInfo.Version}",
                    Version = ToolInfo.Version,
                    SemanticVersion = ToolInfo.Version,
                    InformationUri = new Uri(InformationUri),
                    Organization = "SshdLint contributors",
                    ShortDescription = new MultiformatMessageString { Text = "A linter for OpenSSH server configuration (sshd_config)." },
                    Rules = rules,
                },
            },
            AutomationDetails = new RunAutomationDetails { Id = $"{input.Category}/" },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>(StringComparer.Ordinal)
            {
                [SarifPaths.SourceRootId] = new ArtifactLocation { Uri = paths.RootUri },
            },
            Artifacts = files.Artifacts,
            Invocations = [BuildInvocation(input, paths, ruleIndex)],
            Results = results,
            ColumnKind = ColumnKind.Utf16CodeUnits,
        }.WithProperties(new Dictionary<string, SerializedPropertyInfo>(StringComparer.Ordinal)
        {
            // The sshd the configuration was checked against: findings depend on it.
            ["openssh"] = SarifProperties.String(input.Target.Version.ToString()),
            ["vendor"] = SarifProperties.String(input.Target.Vendor.ToString().ToLowerInvariant()),
        });
        return new SarifLog
        {
            SchemaUri = SchemaUri,
            Version = SarifVersion.Current,
            Runs = [run],
        };
    }

    /// <summary>A finding with the inline suppression that silenced it, if any.</summary>
    private sealed record Finding(Diagnostic Diagnostic, InlineSuppression? Suppression);

    /// <summary>
    /// Reported and suppressed findings of every main configuration, without duplicates (two main files that include
    /// the same drop-in report its findings twice), in file and position order: the order fingerprints count
    /// occurrences in, which must not depend on anything above a finding.
    /// </summary>
    private static List<Finding> Findings(IReadOnlyList<LintResult> results, Files files)
    {
        var seen = new HashSet<(string, string, int, int, string)>();
        var findings = new List<Finding>();
        foreach (var result in results)
        {
            IReadOnlyList<InlineSuppression>? suppressions = null;
            foreach (var (d, suppressed) in result.Diagnostics.Select(d => (d, false)).Concat(result.Suppressed.Select(d => (d, true))))
            {
                if (!seen.Add((d.Id, Path.GetFullPath(d.Location.Path), d.Location.Span.Start, d.Location.Span.Length, d.Message))) continue;
                InlineSuppression? by = null;
                if (suppressed)
                {
                    suppressions ??= result.Model.Files.SelectMany(InlineSuppression.Find).ToList();
                    by = suppressions.FirstOrDefault(s => s.Covers(d));
                }
                findings.Add(new Finding(d, by));
            }
        }
        return findings
            .OrderBy(f => files.Key(f.Diagnostic.Location.Path), StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Location.Span.Start)
            .ThenBy(f => f.Diagnostic.Location.Span.Length)
            .ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static Result BuildResult(Finding finding, int ruleIndex, Files files, SarifFingerprints fingerprints)
    {
        var d = finding.Diagnostic;
        var text = files.Text(d.Location.Path);
        var related = d.RelatedLocations
            .Select((r, i) => new SarifLocation
            {
                Id = i + 1,
                PhysicalLocation = files.Physical(r.Location, withContext: false),
                Message = Text(SarifRules.Sentence(Capitalize(r.Message))),
            })
            .ToList();

        string lineText = "", flagged = "";
        if (d.DefaultKeyword is { } keyword)
        {
            // A finding about an unset keyword sits at a stand-in line that edits above can change; its identity is
            // the keyword, not that line.
            lineText = flagged = "default:" + keyword;
        }
        else if (text is not null)
        {
            int line = Math.Min(d.Location.LineSpan.Start.Line, text.LineCount - 1);
            lineText = text.ToString(text.GetLineSpan(line));
            flagged = d.Location.Span.End <= text.Length ? text.ToString(d.Location.Span) : "";
        }

        var result = new Result
        {
            RuleId = d.Id,
            RuleIndex = ruleIndex,
            Level = SarifRules.Level(d.Severity),
            Message = Text(MessageText(d)),
            Locations = [new SarifLocation { PhysicalLocation = files.Physical(d.Location, withContext: true) }],
            PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SarifFingerprints.Key] = fingerprints.Next(d.Id, files.Key(d.Location.Path), lineText, flagged),
            },
        };
        if (related.Count > 0) result.RelatedLocations = related;
        var fixes = d.Fixes.Select(f => BuildFix(f, files)).ToList();
        if (fixes.Count > 0) result.Fixes = fixes;
        if (finding.Suppression is { } s)
        {
            result.Suppressions =
            [
                new Suppression
                {
                    Kind = SuppressionKind.InSource,
                    Status = SuppressionStatus.Accepted,
                    Justification = s.Reason,
                    Location = new SarifLocation { PhysicalLocation = files.Physical(files.LocationOf(s.Path, s.Span), withContext: false) },
                },
            ];
        }
        if (d.Fatal)
        {
            // sshd refuses to start: worth knowing in a viewer, and not derivable from the level.
            result.WithProperties(new Dictionary<string, SerializedPropertyInfo>(StringComparer.Ordinal) { ["fatal"] = new("true", isString: false) });
        }
        return result;
    }

    /// <summary>
    /// The message as a sentence; related locations become embedded links (<c>[text](id)</c>, SARIF §3.11.6) so viewers
    /// such as GitHub's show them. With links present, literal brackets and backslashes are escaped as §3.11.6 asks.
    /// </summary>
    private static string MessageText(Diagnostic d)
    {
        if (d.RelatedLocations.Count == 0) return SarifRules.Sentence(d.Message);
        var sb = new StringBuilder(EscapeLinkText(SarifRules.Sentence(d.Message)));
        sb.Append(" See ");
        for (int i = 0; i < d.RelatedLocations.Count; i++)
        {
            if (i > 0) sb.Append(i == d.RelatedLocations.Count - 1 ? " and " : ", ");
            sb.Append('[').Append(EscapeLinkText(d.RelatedLocations[i].Message)).Append("](").Append(i + 1).Append(')');
        }
        return sb.Append('.').ToString();
    }

    private static Message Text(string text) => new() { Text = SarifText.Clean(text) };

    private static string EscapeLinkText(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    private static string Capitalize(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    private static Fix BuildFix(CodeFix fix, Files files)
    {
        var changes = fix.Edits
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .Select(g => new ArtifactChange
            {
                ArtifactLocation = files.Artifact(g.Key),
                Replacements = g.OrderBy(e => e.Change.Span.Start).Select(e =>
                {
                    var replacement = new Replacement { DeletedRegion = files.Region(g.Key, e.Change.Span, withSnippet: false) };
                    if (e.Change.NewText.Length > 0) replacement.InsertedContent = new ArtifactContent { Text = SarifText.Clean(e.Change.NewText) };
                    return replacement;
                }).ToList(),
            })
            .ToList();
        return new Fix
        {
            Description = Text(SarifRules.Sentence(fix.Title)),
            ArtifactChanges = changes,
        }.WithProperties(new Dictionary<string, SerializedPropertyInfo>(StringComparer.Ordinal)
        {
            // sshdlint fix applies safe fixes by default, unsafe ones on request and dangerous ones one at a time.
            ["applicability"] = SarifProperties.String(fix.Applicability.ToString().ToLowerInvariant()),
        });
    }

    private static Invocation BuildInvocation(SarifInput input, SarifPaths paths, IReadOnlyDictionary<string, int> ruleIndex)
    {
        var notifications = input.Unreadable.Select(u =>
        {
            var notification = new Notification
            {
                Level = FailureLevel.Error,
                Message = Text(SarifRules.Sentence($"Cannot read {u.Error}")),
                Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = paths.Locate(u.Path) } }],
            };
            if (ruleIndex.TryGetValue(StructuralDescriptors.FileNotFound.Id, out int index))
                notification.AssociatedRule = new ReportingDescriptorReference { Id = StructuralDescriptors.FileNotFound.Id, Index = index };
            return notification;
        }).ToList();
        var invocation = new Invocation { ExecutionSuccessful = notifications.Count == 0 };
        if (notifications.Count > 0) invocation.ToolExecutionNotifications = notifications;
        return invocation;
    }

    /// <summary>The files of the run: their texts, artifact entries and indexes.</summary>
    private sealed class Files(SarifPaths paths)
    {
        private readonly Dictionary<string, (SourceText Text, int Index)> _byPath = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byUri = new(StringComparer.Ordinal);

        public List<Artifact> Artifacts { get; } = [];

        public void Add(string path, SourceText text)
        {
            if (_byPath.ContainsKey(path)) return;
            var location = paths.Locate(path);
            string key = location.Uri.OriginalString;
            if (_byUri.TryGetValue(key, out int existing))
            {
                // The same file reached under two spellings (./a and a): one artifact.
                _byPath[path] = (text, existing);
                return;
            }
            byte[] bytes = text.ToBytes();
            int index = Artifacts.Count;
            Artifacts.Add(new Artifact
            {
                Location = location,
                Length = bytes.Length,
                // Included files are analysed as much as the main files that pull them in.
                Roles = ArtifactRoles.AnalysisTarget,
                Hashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sha-256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)) },
            });
            _byUri[key] = index;
            _byPath[path] = (text, index);
        }

        public SourceText? Text(string path) => _byPath.TryGetValue(path, out var f) ? f.Text : null;

        public string Key(string path) => paths.Key(path);

        public ArtifactLocation Artifact(string path)
        {
            var location = paths.Locate(path);
            if (_byPath.TryGetValue(path, out var f)) location.Index = f.Index;
            return location;
        }

        public Location LocationOf(string path, TextSpan span) =>
            Text(path) is { } text ? Location.Create(path, text, span) : new Location(path, span, default);

        public PhysicalLocation Physical(Location location, bool withContext)
        {
            var physical = new PhysicalLocation
            {
                ArtifactLocation = Artifact(location.Path),
                Region = Region(location.Path, location.Span, withSnippet: true),
            };
            if (withContext && Text(location.Path) is { } text && ContextRegion(text, location.Span) is { } context)
                physical.ContextRegion = context;
            return physical;
        }

        /// <summary>
        /// A full region: one-based start and end line and column, char offset and length, and the text as snippet.
        /// Without the file's text (an edit in a file that was not read) only the offsets are known.
        /// </summary>
        public Region Region(string path, TextSpan span, bool withSnippet)
        {
            if (Text(path) is not { } text || span.End > text.Length)
                return new Region { CharOffset = span.Start, CharLength = span.Length };
            var lines = text.GetLinePositionSpan(span);
            var region = new Region
            {
                StartLine = lines.Start.Line + 1,
                StartColumn = lines.Start.Character + 1,
                EndLine = lines.End.Line + 1,
                EndColumn = lines.End.Character + 1,
                CharOffset = span.Start,
                CharLength = span.Length,
            };
            if (withSnippet && span.Length > 0) region.Snippet = new ArtifactContent { Text = SarifText.Clean(text.ToString(span)) };
            return region;
        }

        /// <summary>
        /// The whole lines around a region, for viewers that show context; null when the region already covers them,
        /// because SARIF requires a context region to be a proper superset of its region.
        /// </summary>
        private static Region? ContextRegion(SourceText text, TextSpan span)
        {
            if (span.End > text.Length || text.LineCount == 0) return null;
            int first = text.GetLineNumber(span.Start);
            int last = text.GetLineNumber(Math.Max(span.Start, span.End - (span.Length > 0 ? 1 : 0)));
            int start = text.GetLineSpan(first).Start;
            int end = text.GetLineSpan(last).End;
            if (start >= span.Start && end <= span.End) return null;
            if (span.Start < start || span.End > end) return null;
            var context = new TextSpan(start, end - start);
            var lines = text.GetLinePositionSpan(context);
            return new Region
            {
                StartLine = lines.Start.Line + 1,
                StartColumn = lines.Start.Character + 1,
                EndLine = lines.End.Line + 1,
                EndColumn = lines.End.Character + 1,
                CharOffset = context.Start,
                CharLength = context.Length,
                Snippet = new ArtifactContent { Text = SarifText.Clean(text.ToString(context)) },
            };
        }
    }
}

/// <summary>Text as SARIF can carry it.</summary>
internal static class SarifText
{
    /// <summary>
    /// Replaces lone surrogates with U+FFFD. The engine keeps bytes that are not UTF-8 as lone surrogates
    /// (<see cref="Utf8Escaping"/>), which JSON cannot encode; one char for one char, so offsets stay right.
    /// </summary>
    public static string Clean(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))) break;
            if (char.IsHighSurrogate(s[i])) i++;
        }
        if (i == s.Length) return s;
        var chars = s.ToCharArray();
        for (int j = i; j < chars.Length; j++)
        {
            if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) { j++; continue; }
            if (char.IsSurrogate(chars[j])) chars[j] = '\uFFFD';
        }
        return new string(chars);
    }
}
