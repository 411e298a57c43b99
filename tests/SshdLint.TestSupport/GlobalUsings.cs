// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
global using Xunit;
