// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable

// LSP's Range, not System.Range.
global using Range = SshdLint.LanguageServer.Protocol.Range;
global using System.Text.Json;
