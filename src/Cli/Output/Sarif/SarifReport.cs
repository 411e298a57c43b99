// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Cli.Output.Sarif;

/// <summary><c>--format sarif</c>: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps, SARIF viewers).</summary>
internal static class SarifReport
{
    public static void Write(TextWriter writer, SarifInput input)
    {
        writer.Write(SarifJsonWriter.ToJson(SarifLogBuilder.Build(input)));
        writer.WriteLine();
    }
}
