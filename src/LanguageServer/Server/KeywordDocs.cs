// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using SshdLint.Parser.Catalog;

namespace SshdLint.LanguageServer.Server;

/// <summary>Keyword documentation in Markdown, for hover and completion, from the target's keyword catalog.</summary>
internal static class KeywordDocs
{
    /// <summary>The argument grammar: the catalog's syntax line, or one made from the accepted words.</summary>
    public static string SyntaxOf(KeywordDefinition keyword)
    {
        if (!string.IsNullOrEmpty(keyword.Syntax)) return keyword.Syntax;
        if (keyword.AllowedValues.Count > 0) return $"{keyword.Name} {string.Join('|', keyword.AllowedValues)}";
        return keyword.ArgumentKind switch
        {
            ArgumentKind.Flag => $"{keyword.Name} yes|no",
            ArgumentKind.Integer => $"{keyword.Name} <number>",
            ArgumentKind.Path or ArgumentKind.PathWithTokens => $"{keyword.Name} <path>",
            ArgumentKind.PathOrNone => $"{keyword.Name} <path>|none",
            ArgumentKind.CipherList or ArgumentKind.MacList or ArgumentKind.KexList or ArgumentKind.KeyAlgorithmList
                => $"{keyword.Name} [+|-|^]<algorithm>[,<algorithm>...]",
            _ => $"{keyword.Name} <{Words(keyword.ArgumentKind.ToString())}>",
        };
    }

    /// <summary>The full documentation: what it does, grammar, default for the target, Match, history.</summary>
    public static string Markdown(KeywordDefinition keyword, Target target)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(keyword.Name).Append("**");
        if (keyword.AliasOf is not null) sb.Append(" (another spelling of **").Append(keyword.AliasOf).Append("**)");
        sb.Append(" · OpenSSH ").Append(target).Append("\n\n");
        if (keyword.Summary.Length > 0) sb.Append(keyword.Summary).Append("\n\n");
        sb.Append("```\n").Append(SyntaxOf(keyword)).Append("\n```\n\n");
        sb.Append("- Default: ").Append(keyword.Default is { Length: > 0 } d ? $"`{d.Replace("\n", "`, `", StringComparison.Ordinal)}`" : "none").Append('\n');
        sb.Append("- Allowed in Match: ").Append(keyword.AllowedInMatch ? "yes" : "no").Append('\n');
        sb.Append("- Added in: ").Append(keyword.AddedIn is { } added ? $"OpenSSH {added}" : $"OpenSSH {OpenSshVersion.Oldest} or earlier").Append('\n');
        switch (keyword.Status)
        {
            case KeywordStatus.Deprecated:
                sb.Append("- **Deprecated** since OpenSSH ").Append(keyword.DeprecatedIn).Append(": sshd ignores it\n");
                break;
            case KeywordStatus.Ignored:
                sb.Append("- **Ignored** since OpenSSH ").Append(keyword.DeprecatedIn).Append(": sshd reads and discards it\n");
                break;
            case KeywordStatus.Unsupported:
                sb.Append("- **Unsupported** in this build (needs ").Append(keyword.BuildDependency ?? "a feature not compiled in").Append(")\n");
                break;
            case KeywordStatus.Unknown:
                sb.Append("- **Unknown** to OpenSSH ").Append(target).Append(keyword.RemovedIn is { } gone ? $" (removed in {gone})" : "")
                    .Append(keyword.VendorOnly is { } vendor ? $" (only in {vendor.ToString().ToLowerInvariant()} builds)" : "").Append('\n');
                break;
        }
        if (keyword.RemovedIn is { } removed && keyword.Status != KeywordStatus.Unknown) sb.Append("- Removed in OpenSSH ").Append(removed).Append('\n');
        if (keyword.BuildDependency is { } build && keyword.Status != KeywordStatus.Unsupported) sb.Append("- Needs: ").Append(build).Append('\n');
        return sb.ToString();
    }

    private static string Words(string pascal)
    {
        var sb = new StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
