// Copyright (c) SshdLint contributors. Licensed under the MIT license.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveCommandArguments, effectivePath, effectiveQuery, parseEffectiveQuery, validateConnection } from '../../src/effective';

describe('effective configuration documents', () => {
  const source = 'file:///srv/repo/etc/ssh/sshd_config';

  test('round-trip the request through the query', () => {
    const request = { source, connection: 'user=alice,addr=203.0.113.5' };
    assert.deepEqual(parseEffectiveQuery(effectiveQuery(request)), request);
  });

  test('reject queries that are not ours', () => {
    assert.equal(parseEffectiveQuery(''), undefined);
    assert.equal(parseEffectiveQuery('{"connection":"x"}'), undefined);
    assert.equal(parseEffectiveQuery('[1]'), undefined);
  });

  test('name the tab after the file and the connection', () => {
    assert.equal(effectivePath({ source, connection: '' }), '/sshd_config (effective)');
    assert.equal(effectivePath({ source, connection: 'user=alice' }), '/sshd_config (effective for user=alice)');
    assert.equal(effectivePath({ source: 'file:///etc/ssh/sshd_config.d/50%20cloud.conf', connection: '' }), '/50 cloud.conf (effective)');
    assert.ok(!effectivePath({ source, connection: 'addr=10.0.0.0/8' }).slice(1).includes('/'));
  });

  test('pass the connection only when there is one', () => {
    assert.deepEqual(effectiveCommandArguments({ source, connection: '' }), [source]);
    assert.deepEqual(effectiveCommandArguments({ source, connection: ' user=alice ' }), [source, 'user=alice']);
  });
});

describe('validateConnection', () => {
  test('accepts sshd -C specifications', () => {
    for (const ok of ['', 'user=alice', 'user=alice,host=h.example,addr=203.0.113.5,laddr=192.0.2.1,lport=22,rdomain=x', 'user=bob,invalid-user']) {
      assert.equal(validateConnection(ok), undefined, ok);
    }
  });

  test('rejects what sshd rejects, naming the item', () => {
    assert.match(validateConnection('alice') ?? '', /"alice"/);
    assert.match(validateConnection('User=alice') ?? '', /"User=alice"/);
    assert.match(validateConnection('user=alice,port=22') ?? '', /"port=22"/);
  });
});
