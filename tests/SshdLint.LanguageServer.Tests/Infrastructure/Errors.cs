// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
using StreamJsonRpc;

namespace SshdLint.LanguageServer.Tests.Infrastructure;

/// <summary>Error responses, whichever exception StreamJsonRpc maps them to on the client side.</summary>
internal static class Errors
{
    /// <summary>Asserts that a request fails with an error response carrying <paramref name="code"/>; returns its message.</summary>
    public static async Task<string> AssertCodeAsync(int code, Task request)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => request);
        int actual = error switch
        {
            RemoteInvocationException invocation => invocation.ErrorCode,
            // StreamJsonRpc reports -32601 and -32602 both as "method not found" on the client side.
            RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
            _ => throw new Xunit.Sdk.XunitException($"unexpected {error.GetType().Name}: {error.Message}"),
        };
        Assert.Equal(code, actual);
        return error.Message;
    }
}
