// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using System.Text;
using System.Text.Json;
using Nerdbank.Streams;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Bytes to and from an in-process server, with no JSON-RPC library on the client side: for malformed input that a
/// well-behaved client library would never produce.
/// </summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public RawConnection(LanguageServerOptions? options = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _stream = clientStream;
        Server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options ?? new LanguageServerOptions()));
    }

    public Task<int> Server { get; }

    /// <summary>Writes bytes as they are.</summary>
    public async Task WriteRawAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text));
        await _stream.FlushAsync();
    }

    /// <summary>Writes one framed message.</summary>
    public Task SendAsync(string json) => WriteRawAsync($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");

    /// <summary>Reads the next message; skips notifications unless <paramref name="includeNotifications"/>.</summary>
    public async Task<JsonElement> ReceiveAsync(bool includeNotifications = false)
    {
        using var cts = new CancellationTokenSource(LspTestClient.Timeout);
        while (true)
        {
            int length = -1;
            while (true)
            {
                string line = await ReadLineAsync(cts.Token);
                if (line.Length == 0) break;
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var body = new byte[length];
            int filled = 0;
            while (filled < length)
            {
                if (_start == _end) await FillAsync(cts.Token);
                int n = Math.Min(length - filled, _end - _start);
                Buffer.BlockCopy(_buffer, _start, body, filled, n);
                _start += n;
                filled += n;
            }
            var message = JsonDocument.Parse(body).RootElement.Clone();
            if (includeNotifications || message.TryGetProperty("id", out _)) return message;
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (_start == _end) await FillAsync(cancellationToken);
            char c = (char)_buffer[_start++];
            if (c == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append(c);
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await _stream.ReadAsync(_buffer, cancellationToken);
        if (_end == 0) throw new EndOfStreamException("the server closed the connection");
    }

    public async ValueTask DisposeAsync()
    {
        _stream.Dispose();
        try
        {
            await Server.WaitAsync(LspTestClient.Timeout);
        }
        catch (TimeoutException)
        {
        }
    }
}
