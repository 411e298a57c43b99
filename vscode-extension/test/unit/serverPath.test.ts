// Copyright (c) SshdLint contributors. Licensed under the MIT license.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledServerPath, findOnPath, resolveServerPath, runtimeIdentifier, type ServerPathInputs } from '../../src/serverPath';

const ext = '/home/u/.vscode/extensions/sshdlint.sshdlint-0.1.0';
const bundled = `${ext}/server/linux-x64/sshdlint`;

function inputs(overrides: Partial<ServerPathInputs> & { files?: string[] } = {}): ServerPathInputs {
  const files = new Set(overrides.files ?? [bundled]);
  return {
    platform: 'linux',
    arch: 'x64',
    musl: false,
    extensionPath: ext,
    configured: undefined,
    trusted: true,
    envPath: '/usr/local/bin:/usr/bin',
    homeDir: '/home/u',
    isFile: (f) => files.has(f),
    ...overrides,
  };
}

describe('runtimeIdentifier', () => {
  test('maps Node platforms to .NET runtime identifiers', () => {
    assert.equal(runtimeIdentifier('linux', 'x64', false), 'linux-x64');
    assert.equal(runtimeIdentifier('linux', 'arm64', false), 'linux-arm64');
    assert.equal(runtimeIdentifier('linux', 'x64', true), 'linux-musl-x64');
    assert.equal(runtimeIdentifier('darwin', 'arm64', false), 'osx-arm64');
    assert.equal(runtimeIdentifier('win32', 'x64', false), 'win-x64');
  });

  test('has none for platforms without a build', () => {
    assert.equal(runtimeIdentifier('linux', 'ia32', false), undefined);
    assert.equal(runtimeIdentifier('freebsd', 'x64', false), undefined);
  });

  test('names the Windows executable with .exe', () => {
    assert.match(bundledServerPath({ platform: 'win32', arch: 'x64', musl: false, extensionPath: 'C:\\ext' }) ?? '', /win-x64[\\/]sshdlint\.exe$/);
  });
});

describe('resolveServerPath', () => {
  test('uses the bundled server when nothing is configured', () => {
    const r = resolveServerPath(inputs());
    assert.deepEqual(r, { ok: true, command: bundled, source: 'bundled', notes: [] });
  });

  test('uses the user setting in a trusted workspace', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: '/opt/sshdlint/sshdlint' }, files: [bundled, '/opt/sshdlint/sshdlint'] }));
    assert.equal(r.ok && r.command, '/opt/sshdlint/sshdlint');
    assert.equal(r.ok && r.source, 'setting');
  });

  test('expands ~/ in the user setting', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: '~/bin/sshdlint' }, files: ['/home/u/bin/sshdlint'] }));
    assert.equal(r.ok && r.command, '/home/u/bin/sshdlint');
  });

  test('ignores the user setting in an untrusted workspace, and says so', () => {
    const r = resolveServerPath(inputs({ trusted: false, configured: { globalValue: '/opt/sshdlint/sshdlint' }, files: [bundled, '/opt/sshdlint/sshdlint'] }));
    assert.equal(r.ok && r.command, bundled);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0], /not trusted/);
  });

  test('never runs a path from workspace or folder settings, even in a trusted workspace', () => {
    for (const configured of [{ workspaceValue: '/tmp/evil' }, { workspaceFolderValue: '/tmp/evil' }, { workspaceValue: './evil' }]) {
      const r = resolveServerPath(inputs({ configured, files: [bundled, '/tmp/evil'] }));
      assert.equal(r.ok && r.command, bundled, JSON.stringify(configured));
      assert.match(r.notes.join('\n'), /only user settings/);
    }
  });

  test('a workspace value does not override the user value either', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: '/opt/s', workspaceValue: '/tmp/evil' }, files: ['/opt/s', '/tmp/evil'] }));
    assert.equal(r.ok && r.command, '/opt/s');
  });

  test('refuses a relative user setting instead of resolving it against the workspace', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: 'bin/sshdlint' }, files: [bundled, 'bin/sshdlint'] }));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /absolute/);
  });

  test('reports a user setting that names no file rather than silently using another server', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: '/nope/sshdlint' } }));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /no such file/);
  });

  test('treats a blank setting as unset', () => {
    const r = resolveServerPath(inputs({ configured: { globalValue: '  ', workspaceValue: '' } }));
    assert.deepEqual(r, { ok: true, command: bundled, source: 'bundled', notes: [] });
  });

  test('falls back to PATH when no server is bundled for the platform', () => {
    const r = resolveServerPath(inputs({ arch: 'arm64', files: [bundled, '/usr/bin/sshdlint'] }));
    assert.deepEqual(r, { ok: true, command: '/usr/bin/sshdlint', source: 'path', notes: [] });
  });

  test('explains what to do when there is no server at all', () => {
    const r = resolveServerPath(inputs({ files: [] }));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /linux-x64.*not on PATH.*sshdlint\.server\.path/);
  });
});

describe('findOnPath', () => {
  test('skips relative and empty PATH entries, which would resolve against the workspace', () => {
    const files = new Set(['sshdlint', 'bin/sshdlint', '/usr/bin/sshdlint']);
    const found = findOnPath({ platform: 'linux', envPath: ':.:bin:/usr/bin', isFile: (f) => files.has(f) });
    assert.equal(found, '/usr/bin/sshdlint');
  });

  test('finds nothing with no PATH', () => {
    assert.equal(findOnPath({ platform: 'linux', envPath: undefined, isFile: () => true }), undefined);
  });

  test('uses ; and .exe on Windows', () => {
    const found = findOnPath({ platform: 'win32', envPath: 'relative;C:\\tools', isFile: (f) => f === 'C:\\tools\\sshdlint.exe' });
    assert.equal(found, 'C:\\tools\\sshdlint.exe');
  });
});
