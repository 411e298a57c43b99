// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable

// LSP's Range, not System.Range: an alias wins over the implicit `using System`.
global using Range = SshdLint.LanguageServer.Protocol.Range;
