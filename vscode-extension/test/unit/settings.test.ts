// Copyright (c) SshdLint contributors. Licensed under the MIT license.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newestRelease } from '../../src/generated/catalog';
import { answerConfiguration, describeTarget, isVersion, needsRestart, toServerSettings } from '../../src/settings';

const defaults = { openssh: '', vendor: 'upstream', profile: 'recommended', rules: {}, sysroot: '' };

describe('toServerSettings', () => {
  test('leaves out what is empty, so .sshdlint.json and the engine decide', () => {
    assert.deepEqual(toServerSettings(defaults, '/ws', '/home/u'), {
      settings: { vendor: 'upstream', profile: 'recommended' },
      problems: [],
    });
    assert.deepEqual(toServerSettings({}, undefined, '/home/u'), { settings: {}, problems: [] });
  });

  test('passes the target, profile and rule severities through in the server\'s keys', () => {
    const { settings, problems } = toServerSettings(
      { openssh: ' 9.2 ', vendor: 'Debian', profile: 'strict', rules: { SSHD2060: 'off', 'permit-root-login': 'Error', 'max-auth-tries': { severity: 'error', options: { max: 3 } } } },
      '/ws',
      '/home/u',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      openssh: '9.2',
      vendor: 'debian',
      profile: 'strict',
      rules: { SSHD2060: 'off', 'permit-root-login': 'error', 'max-auth-tries': { severity: 'error', options: { max: 3 } } },
    });
  });

  test('drops bad values one by one and says why, keeping the rest', () => {
    const { settings, problems } = toServerSettings(
      { openssh: 'latest', vendor: 'redhat', profile: 'paranoid', rules: { SSHD2001: 'loud', SSHD2060: 'off', x: 3 } },
      '/ws',
      '/home/u',
    );
    assert.deepEqual(settings, { rules: { SSHD2060: 'off' } });
    assert.equal(problems.length, 5);
    assert.match(problems.join('\n'), /"latest" is not an OpenSSH release/);
    assert.match(problems.join('\n'), /"redhat" is not upstream or debian/);
    assert.match(problems.join('\n'), /"paranoid"/);
    assert.match(problems.join('\n'), /"SSHD2001": "loud"/);
  });

  test('rejects rules that are not an object', () => {
    const { settings, problems } = toServerSettings({ rules: ['SSHD2001'] }, '/ws', '/home/u');
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
  });

  test('resolves the sysroot against the workspace folder', () => {
    assert.equal(toServerSettings({ sysroot: '${workspaceFolder}/image' }, '/ws', '/h').settings.sysroot, '/ws/image');
    assert.equal(toServerSettings({ sysroot: 'image' }, '/ws', '/h').settings.sysroot, '/ws/image');
    assert.equal(toServerSettings({ sysroot: '~/image' }, '/ws', '/h').settings.sysroot, '/h/image');
    assert.equal(toServerSettings({ sysroot: '/srv/image' }, undefined, '/h').settings.sysroot, '/srv/image');
    const noFolder = toServerSettings({ sysroot: 'image' }, undefined, '/h');
    assert.equal(noFolder.settings.sysroot, undefined);
    assert.equal(noFolder.problems.length, 1);
  });
});

describe('isVersion', () => {
  test('accepts what the engine parses', () => {
    for (const v of ['9.2', '9.2p1', 'OpenSSH_9.2p1', '10.5']) assert.ok(isVersion(v), v);
    for (const v of ['9', 'v9.2', '9.2.1', '', 'newest']) assert.ok(!isVersion(v), v);
  });
});

describe('answerConfiguration', () => {
  test('answers the sshdlint section with the mapped settings and keeps other sections', () => {
    const mapped = { openssh: '9.2' };
    const answer = answerConfiguration([{ section: 'sshdlint' }, { section: 'editor' }, {}], [{ openssh: '', server: { path: '/x' } }, { tabSize: 4 }, undefined], mapped);
    assert.deepEqual(answer, [mapped, { tabSize: 4 }, null]);
  });
});

describe('needsRestart', () => {
  test('restarts only for the server path', () => {
    assert.equal(needsRestart((s) => s === 'sshdlint.server.path'), true);
    assert.equal(needsRestart((s) => s === 'sshdlint.openssh'), false);
  });
});

describe('describeTarget', () => {
  test('shows the newest release when none is set', () => {
    const { text, tooltip } = describeTarget({});
    assert.equal(text, `$(shield) OpenSSH ${newestRelease}`);
    assert.match(tooltip, /newest/);
    assert.match(tooltip, /recommended/);
  });

  test('shows the release and Debian', () => {
    assert.equal(describeTarget({ openssh: 'OpenSSH_9.2p1', vendor: 'debian' }).text, '$(shield) OpenSSH 9.2p1 (Debian)');
    assert.match(describeTarget({ openssh: '9.2', profile: 'cis' }).tooltip, /profile "cis"/);
  });
});
