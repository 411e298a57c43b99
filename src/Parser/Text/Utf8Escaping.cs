// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;

namespace SshdLint.Parser.Text;

/// <summary>
/// Lossless conversion between raw file bytes and .NET strings.
/// </summary>
/// <remarks>
/// sshd reads bytes and never decodes them, so a configuration may hold invalid UTF-8. To keep every byte
/// while working on UTF-16 text (the LSP's model), each byte that is not part of a well-formed UTF-8
/// sequence is mapped to the lone low surrogate <c>U+DC00 + byte</c> (Python's "surrogateescape").
/// Well-formed UTF-8 never encodes lone surrogates, so the mapping is a bijection and
/// <c>Encode(Decode(bytes))</c> equals <c>bytes</c> for every input.
/// </remarks>
public static class Utf8Escaping
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes to a string, escaping invalid bytes as <c>U+DC80…U+DCFF</c>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return Strict.GetString(bytes);
        return DecodeSlow(bytes);
    }

    private static string DecodeSlow(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        int i = 0;
        while (i < bytes.Length)
        {
            var result = Rune.DecodeFromUtf8(bytes[i..], out Rune rune, out int consumed);
            if (result == System.Buffers.OperationStatus.Done)
            {
                if (rune.IsBmp) sb.Append((char)rune.Value);
                else
                {
                    rune.EncodeToUtf16(pair);
                    sb.Append(pair);
                }
                i += consumed;
            }
            else
            {
                // One invalid byte at a time: the rest of a broken sequence is re-examined on its own,
                // exactly like Python's surrogateescape, so encoding restores the same bytes.
                sb.Append((char)(0xDC00 + bytes[i]));
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>Encodes a string produced by <see cref="Decode"/> (or any string) back to bytes.</summary>
    public static byte[] Encode(string text)
    {
        // Fast path: no lone surrogates at all.
        bool hasEscapes = false;
        foreach (char c in text)
        {
            if (char.IsSurrogate(c)) { hasEscapes = true; break; }
        }
        if (!hasEscapes) return Strict.GetBytes(text);

        var output = new List<byte>(text.Length + 16);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int n = new Rune(c, text[i + 1]).EncodeToUtf8(buffer);
                for (int k = 0; k < n; k++) output.Add(buffer[k]);
                i++;
            }
            else if (c >= 0xDC80 && c <= 0xDCFF)
            {
                output.Add((byte)(c - 0xDC00));
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate that is not an escape cannot come from Decode; write U+FFFD as UTF-8 does.
                output.Add(0xEF); output.Add(0xBF); output.Add(0xBD);
            }
            else
            {
                int n = new Rune(c).EncodeToUtf8(buffer);
                for (int k = 0; k < n; k++) output.Add(buffer[k]);
            }
        }
        return output.ToArray();
    }
}
