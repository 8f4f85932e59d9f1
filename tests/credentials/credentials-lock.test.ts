import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { assignIndices, credentialsLockBeside, parseCredentialsLock, readCredentialsLock, serializeCredentialsLock } from '../../src/credentials/credentials-lock.ts';

describe('the credentials lock', () => {
  test('an empty file is an empty lock, and an empty lock is written as []', () => {
    assert.deepEqual(parseCredentialsLock(''), { ok: true, entries: [] });
    assert.equal(serializeCredentialsLock([]), '[]\n');
  });

  test('reads back what it writes, one entry a line, a retired index without slug', () => {
    const entries = [{ index: 0, slug: 'voka' }, { index: 1 }, { index: 2, slug: 'stad-gent' }];
    const text = serializeCredentialsLock(entries);
    assert.equal(text, '[\n  {"index":0,"slug":"voka"},\n  {"index":1},\n  {"index":2,"slug":"stad-gent"}\n]\n');
    assert.deepEqual(parseCredentialsLock(text), { ok: true, entries });
  });

  test('refuses text that is no JSON list, at line 1', () => {
    const notJson = parseCredentialsLock('[{');
    assert.equal(notJson.ok, false);
    assert.ok(!notJson.ok && notJson.reason.startsWith('geen geldige JSON') && notJson.line === 1);
    assert.deepEqual(parseCredentialsLock('{}'), { ok: false, reason: 'het is geen lijst.', line: 1 });
  });

  test('refuses a removed, moved or hand-numbered entry, at its line: index N must stand at place N', () => {
    const text = '[\n  {"index":0,"slug":"voka"},\n  {"index":2,"slug":"stad-gent"}\n]\n';
    assert.deepEqual(parseCredentialsLock(text), {
      ok: false,
      reason: 'op plaats 1 staat index 2: een regel werd verwijderd, verschoven of toegevoegd met de hand.',
      line: 3,
    });
  });

  test('refuses a slug twice, a slug that is no slug, and fields of its own', () => {
    assert.deepEqual(parseCredentialsLock('[{"index":0,"slug":"voka"},{"index":1,"slug":"voka"}]'), { ok: false, reason: '"voka" staat er twee keer in.', line: 3 });
    assert.equal(parseCredentialsLock('[{"index":0,"slug":"Voka NV"}]').ok, false);
    assert.equal(parseCredentialsLock('[{"index":0,"slug":"voka","note":"x"}]').ok, false);
    assert.equal(parseCredentialsLock('[3]').ok, false);
  });

  test('gives a known actor its index again, also under a former slug, and new actors the next indices in the order given', () => {
    const locked = [{ index: 0, slug: 'voka' }, { index: 1, slug: 'oude-naam' }];
    const { entries, indexOf } = assignIndices(locked, [
      { slug: 'zeta', aliases: [] },
      { slug: 'nieuwe-naam', aliases: ['oude-naam'] },
      { slug: 'alfa', aliases: [] },
      { slug: 'voka', aliases: [] },
    ]);
    assert.deepEqual(Object.fromEntries(indexOf), { zeta: 2, 'nieuwe-naam': 1, alfa: 3, voka: 0 });
    assert.deepEqual(entries, [
      { index: 0, slug: 'voka' },
      { index: 1, slug: 'oude-naam' },
      { index: 2, slug: 'zeta' },
      { index: 3, slug: 'alfa' },
    ]);
  });

  test('keeps the place of an actor that withdrew consent but drops its slug, and never gives the place to anyone else', () => {
    const { entries, indexOf } = assignIndices([{ index: 0, slug: 'geheim' }], [{ slug: 'nieuw', aliases: [] }], new Set(['geheim']));
    assert.deepEqual(entries, [{ index: 0 }, { index: 1, slug: 'nieuw' }]);
    assert.equal(indexOf.get('nieuw'), 1);
  });

  test('a lock of its own starts from the content folder\'s and is written beside the other lock', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'credentials-lock-'));
    const seed = path.join(dir, 'credentials.lock.json');
    await writeFile(seed, '[\n  {"index":0,"slug":"voka"}\n]\n');
    const own = credentialsLockBeside(path.join(dir, 'test.urls.lock.json'));
    assert.equal(own, path.join(dir, 'test.urls.lock.credentials.json'));
    const read = await readCredentialsLock(own, seed);
    assert.ok(read.ok);
    assert.deepEqual(read.lock.entries, [{ index: 0, slug: 'voka' }]);
    assert.equal(read.lock.file, own);
    assert.equal(read.lock.text, '', 'not written yet, so the build writes it');
    await writeFile(seed, 'kapot');
    const broken = await readCredentialsLock(seed);
    assert.ok(!broken.ok && broken.problems[0]?.code === 'bad-credentials-lock' && broken.problems[0].file === seed);
    assert.equal(await readFile(seed, 'utf8'), 'kapot', 'reading never writes');
  });
});
