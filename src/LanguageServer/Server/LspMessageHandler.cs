// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SshdLint.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace SshdLint.LanguageServer.Server;

/// <summary>
/// Reads and writes LSP's base protocol (LSP 3.17 "Base Protocol": <c>Content-Length</c> headers, then a UTF-8
/// JSON body) for StreamJsonRpc, and answers malformed input itself instead of letting it end the connection.
/// </summary>
/// <remarks>
/// <para>
/// StreamJsonRpc treats a body it cannot parse as fatal and disconnects (its <c>DisconnectedReason.ParseError</c>).
/// An editor that sends one bad message would lose its server, so every frame is checked here first: invalid JSON
/// is answered with <c>ParseError</c> (-32700), JSON that is not a request, notification or response with
/// <c>InvalidRequest</c> (-32600), both with the request's id when it can be read and <c>null</c> otherwise, as
/// JSON-RPC 2.0 §5 asks. Broken headers are skipped up to the next <c>Content-Length</c> header.
/// </para>
/// <para>
/// Writes are serialised with one lock so that StreamJsonRpc's messages and the error responses written here never
/// interleave on the output stream.
/// </para>
/// </remarks>
internal sealed class LspMessageHandler : IJsonRpcMessageHandler, IDisposable
{
    /// <summary>Bodies above this size are skipped and answered with an error (a 64 MiB document is not a configuration).</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private const int MaxHeaderLine = 8 * 1024;
    private static readonly byte[] ContentLengthPrefix = "Content-Length:"u8.ToArray();

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SystemTextJsonFormatter _formatter;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Action<string> _log;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _disposed;

    public LspMessageHandler(Stream input, Stream output, SystemTextJsonFormatter formatter, Action<string> log)
    {
        _input = input;
        _output = output;
        _formatter = formatter;
        _log = log;
    }

    public bool CanRead => true;

    public bool CanWrite => true;

    public IJsonRpcMessageFormatter Formatter => _formatter;

    /// <summary>Reads the next well-formed message; null at the end of the input.</summary>
    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
            if (frame is null) return null;
            if (frame.Value.Problem is { } problem)
            {
                _log($"protocol error: {problem}");
                await WriteErrorAsync(null, LspErrorCodes.ParseError, problem, cancellationToken).ConfigureAwait(false);
            }
            if (frame.Value.Body is not { } body) continue;
            var check = Inspect(body);
            if (check.Problem is not null)
            {
                _log($"protocol error: {check.Problem}");
                // A notification (no id) that is malformed gets no answer, but a message whose kind cannot be
                // told apart is answered with a null id (JSON-RPC 2.0 §5).
                if (check.Respond) await WriteErrorAsync(check.RawId, check.Code, check.Problem, cancellationToken).ConfigureAwait(false);
                continue;
            }
            try
            {
                return _formatter.Deserialize(new ReadOnlySequence<byte>(body));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                string message = $"cannot read the message: {e.Message}";
                _log($"protocol error: {message}");
                if (check.RawId is not null) await WriteErrorAsync(check.RawId, LspErrorCodes.InvalidRequest, message, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes a message with its header; thread-safe.</summary>
    public async ValueTask WriteAsync(JsonRpcMessage jsonRpcMessage, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var body = new ArrayBufferWriter<byte>();
            _formatter.Serialize(body, jsonRpcMessage);
            await WriteFrameAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async ValueTask WriteErrorAsync(string? rawId, int code, string message, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (rawId is null) writer.WriteNullValue();
            else writer.WriteRawValue(rawId);
            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteFrameAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client is gone; the read loop sees the end of the input next.
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        byte[] header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One frame: a body, a problem found before it (skipped text, a bad header), or both.</summary>
    private readonly record struct Frame(byte[]? Body, string? Problem);

    private async ValueTask<Frame?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        long? length = null;
        string? garbage = null;
        string? headerProblem = null;
        bool inHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (!inHeader) continue; // blank lines between messages or after skipped text
                if (headerProblem is not null || length is null)
                    return new Frame(null, headerProblem ?? "a message header without Content-Length");
                if (length > MaxContentLength)
                {
                    await SkipAsync(length.Value, cancellationToken).ConfigureAwait(false);
                    return new Frame(null, $"a message of {length} bytes is larger than the {MaxContentLength} bytes accepted");
                }
                var body = new byte[length.Value];
                if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false)) return null;
                return new Frame(body, garbage);
            }
            // Resynchronise on text outside a frame: a header can start in the middle of a line that held a
            // body sent without a header, so look for Content-Length anywhere in the line.
            int at = IndexOfContentLength(line);
            if (at < 0 && !inHeader)
            {
                garbage ??= "skipped text outside a message (expected a Content-Length header)";
                continue;
            }
            if (at > 0)
            {
                garbage ??= "skipped text before a Content-Length header";
                line = line[at..];
            }
            inHeader = true;
            if (!IsHeaderLine(line))
            {
                headerProblem ??= "a malformed header line";
                continue;
            }
            string text = Encoding.ASCII.GetString(line);
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            string name = text[..colon].Trim();
            string value = text[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) length = n;
                else headerProblem ??= $"invalid Content-Length '{value}'";
            }
            // Content-Type is optional and always utf-8 in practice (LSP 3.17 "Header Part"); other headers are ignored.
        }
    }

    private static bool IsHeaderLine(byte[] line)
    {
        int colon = Array.IndexOf(line, (byte)':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++)
        {
            byte b = line[i];
            if (!(b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-')) return false;
        }
        return true;
    }

    private static int IndexOfContentLength(byte[] line)
    {
        for (int i = 0; i + ContentLengthPrefix.Length <= line.Length; i++)
        {
            bool match = true;
            for (int j = 0; j < ContentLengthPrefix.Length && match; j++)
                match = char.ToLowerInvariant((char)line[i + j]) == char.ToLowerInvariant((char)ContentLengthPrefix[j]);
            if (match) return i;
        }
        return -1;
    }

    /// <summary>Reads a line ending in <c>\n</c> (a preceding <c>\r</c> is dropped); long lines are truncated. Null at the end of the input.</summary>
    private async ValueTask<byte[]?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return line.Count > 0 ? line.ToArray() : null;
            int nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = nl >= 0 ? nl : _end;
            for (int i = _start; i < stop && line.Count < MaxHeaderLine; i++) line.Add(_buffer[i]);
            _start = nl >= 0 ? nl + 1 : _end;
            if (nl < 0) continue;
            if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
            return line.ToArray();
        }
    }

    private async ValueTask<bool> ReadExactlyAsync(byte[] destination, CancellationToken cancellationToken)
    {
        int filled = 0;
        while (filled < destination.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return false;
            int n = Math.Min(destination.Length - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, destination, filled, n);
            _start += n;
            filled += n;
        }
        return true;
    }

    private async ValueTask SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return;
            int n = (int)Math.Min(count, _end - _start);
            _start += n;
            count -= n;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = 0;
        int n;
        try
        {
            n = await _input.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return false;
        }
        _end = n;
        return n > 0;
    }

    /// <summary>What is wrong with a body, if anything, and how to answer.</summary>
    private readonly record struct Inspection(string? Problem, int Code, string? RawId, bool Respond);

    /// <summary>Checks that a body is one JSON-RPC 2.0 message object (JSON-RPC 2.0 §4, §5).</summary>
    private static Inspection Inspect(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return new Inspection($"invalid JSON: {e.Message}", LspErrorCodes.ParseError, null, true);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new Inspection("a message must be a JSON object (LSP does not use JSON-RPC batches)", LspErrorCodes.InvalidRequest, null, true);
            string? rawId = null;
            bool hasId = root.TryGetProperty("id", out var id);
            if (hasId)
            {
                if (id.ValueKind is JsonValueKind.Number or JsonValueKind.String) rawId = id.GetRawText();
                else if (id.ValueKind != JsonValueKind.Null)
                    return new Inspection("\"id\" must be a number or a string", LspErrorCodes.InvalidRequest, null, true);
            }
            bool hasMethod = root.TryGetProperty("method", out var method);
            if (hasMethod)
            {
                if (method.ValueKind != JsonValueKind.String)
                    return new Inspection("\"method\" must be a string", LspErrorCodes.InvalidRequest, rawId, hasId);
                if (root.TryGetProperty("params", out var p) && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
                    return new Inspection("\"params\" must be an object or an array", LspErrorCodes.InvalidRequest, rawId, hasId);
                return new Inspection(null, 0, rawId, hasId);
            }
            if (hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
                return new Inspection(null, 0, rawId, false); // a response to a request the server sent
            return new Inspection("a message needs a \"method\" (request or notification) or a \"result\" or \"error\" (response)",
                LspErrorCodes.InvalidRequest, rawId, true);
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _writeLock.Dispose();
        _formatter.Dispose();
        _input.Dispose();
        _output.Dispose();
    }
}
