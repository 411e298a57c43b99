// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// Contracts of package.json that the editor enforces only at run time, and the freshness of the generated files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { staleOutputs } from '../../scripts/generate-grammar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionSource = readFileSync(join(root, 'src', 'extension.ts'), 'utf8');
const properties = manifest.contributes.configuration.properties;

describe('package.json', () => {
  test('the server path can only come from user or machine settings', () => {
    assert.equal(properties['sshdlint.server.path'].scope, 'machine');
  });

  test('untrusted workspaces get limited support, without the server path', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['sshdlint.server.path']);
  });

  test('every contributed command is registered by the extension, and the other way round', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
  });

  test('no command collides with the commands the language server registers', () => {
    // vscode-languageclient registers the server's executeCommand commands (sshdlint.effective) itself.
    assert.ok(!manifest.contributes.commands.some((c) => c.command === 'sshdlint.effective'));
  });

  test('the language covers the file names sshd reads', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'sshd_config');
    assert.deepEqual(language.filenames, ['sshd_config']);
    assert.deepEqual(language.filenamePatterns, ['**/sshd_config.d/*.conf', '*.sshd_config']);
  });

  test('the engines range admits the code-server the end-to-end test runs (VS Code 1.100)', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(manifest.engines.vscode.split('.')[1]) <= 100);
    // vsce refuses @types/vscode newer than engines.vscode.
    assert.equal(manifest.devDependencies['@types/vscode'], manifest.engines.vscode.slice(1));
  });

  test('the trace setting is the one vscode-languageclient reads for client id "sshdlint"', () => {
    assert.ok(properties['sshdlint.trace.server']);
    assert.match(extensionSource, /new LanguageClient\('sshdlint'/);
  });
});

describe('generated files', () => {
  test('the grammar and catalog module match the keyword catalog (run: npm run generate)', () => {
    assert.deepEqual(staleOutputs(), []);
  });
});

describe('grammar generator', async () => {
  const { classify, catalogPath } = await import('../../scripts/generate-grammar.mjs');
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
  const { current, deprecated, values } = classify(catalog);

  test('every catalog keyword but Match and Include is highlighted as current or deprecated, never both', () => {
    for (const keyword of catalog.keywords) {
      const inCurrent = current.includes(keyword.name);
      const inDeprecated = deprecated.includes(keyword.name);
      if (keyword.name === 'Match' || keyword.name === 'Include') assert.ok(!inCurrent && !inDeprecated, keyword.name);
      else assert.ok(inCurrent !== inDeprecated, keyword.name);
    }
  });

  test('spellings the newest sshd still accepts are current', () => {
    for (const name of ['PubkeyAcceptedKeyTypes', 'ChallengeResponseAuthentication', 'KeepAlive', 'PermitRootLogin']) {
      assert.ok(current.includes(name), name);
    }
    for (const name of ['Protocol', 'UsePrivilegeSeparation', 'RSAAuthentication']) assert.ok(deprecated.includes(name), name);
  });

  test('enumeration values become constants, yes and no stay booleans', () => {
    for (const v of ['prohibit-password', 'sandbox', 'AUTHPRIV'.toLowerCase(), 'none']) assert.ok(values.includes(v), v);
    assert.ok(!values.includes('yes') && !values.includes('no'));
  });
});
