import assert from 'node:assert/strict';
import { link, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { linkOrCopy, linkOrCopySync } from '../../src/eleventy/link-or-copy.ts';
import { tempDir } from '../site/support/fixture-site.ts';

for (const [name, place] of [
  ['linkOrCopy', linkOrCopy],
  ['linkOrCopySync', async (from: string, to: string) => linkOrCopySync(from, to)],
] as const) {
  test(`${name} makes the target the same file as the source (a hard link on one file system)`, async () => {
    const dir = await tempDir('link-or-copy');
    const from = path.join(dir, 'cache.png');
    await writeFile(from, 'png');
    await place(from, path.join(dir, 'badge.png'));
    const [source, target] = await Promise.all([stat(from), stat(path.join(dir, 'badge.png'))]);
    assert.equal(target.ino, source.ino);
    assert.equal(await readFile(path.join(dir, 'badge.png'), 'utf8'), 'png');
  });

  test(`${name} replaces a file already at the target without writing through it: a file linked to the old one keeps its bytes`, async () => {
    const dir = await tempDir('link-or-copy');
    const [from, to, other] = ['new.png', 'badge.png', 'old-elsewhere.png'].map((name) => path.join(dir, name)) as [string, string, string];
    await writeFile(from, 'nieuw');
    await writeFile(other, 'oud');
    await link(other, to);
    await place(from, to);
    assert.equal(await readFile(to, 'utf8'), 'nieuw');
    assert.equal(await readFile(other, 'utf8'), 'oud');
  });

  test(`${name} fails on a source that does not exist, leaving nothing at the target`, async () => {
    const dir = await tempDir('link-or-copy');
    await assert.rejects(place(path.join(dir, 'weg.png'), path.join(dir, 'badge.png')), { code: 'ENOENT' });
    await assert.rejects(stat(path.join(dir, 'badge.png')), { code: 'ENOENT' });
  });
}
