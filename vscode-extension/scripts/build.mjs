#!/usr/bin/env node
// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// Bundles the extension with esbuild into out/extension.js (vscode-languageclient included, `vscode` left to the
// editor), so the .vsix needs no node_modules. Options:
//   --production  minify, no source map (what `vsce package` runs through vscode:prepublish)
//   --tests       also bundle test/unit/*.test.ts into out/test/ for `node --test`
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  outfile: 'out/extension.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});

if (tests) {
  const unit = join(root, 'test', 'unit');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: readdirSync(unit).filter((f) => f.endsWith('.test.ts')).map((f) => join('test', 'unit', f)),
    outdir: 'out/test',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The unit tests cover the modules that do not need VS Code; importing it here would be a mistake to catch.
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  });
}
