import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEV_SITE_MARKER, prepareDevFolder } from '../../src/eleventy/dev-output-folder.ts';
import { tempDir } from '../site/support/fixture-site.ts';

describe('prepareDevFolder', () => {
  test('creates a missing folder with only its marker in it', async () => {
    const folder = path.join(await tempDir('dev-folder'), 'a', 'site');
    assert.deepEqual(await prepareDevFolder(folder, false), { ok: true });
    assert.deepEqual(await readdir(folder), [DEV_SITE_MARKER]);
  });

  test('empties a folder it marked before, so pages of deleted entries are gone', async () => {
    const folder = path.join(await tempDir('dev-folder'), 'site');
    await prepareDevFolder(folder, false);
    await mkdir(path.join(folder, 'oud'));
    await writeFile(path.join(folder, 'oud', 'index.html'), 'oud');
    assert.deepEqual(await prepareDevFolder(folder, false), { ok: true });
    assert.deepEqual(await readdir(folder), [DEV_SITE_MARKER]);
  });

  test('empties the default folder even without a marker', async () => {
    const folder = path.join(await tempDir('dev-folder'), 'dev-site');
    await mkdir(folder);
    await writeFile(path.join(folder, 'index.html'), 'oud');
    assert.deepEqual(await prepareDevFolder(folder, true), { ok: true });
    assert.deepEqual(await readdir(folder), [DEV_SITE_MARKER]);
  });

  test('leaves a folder of someone else, or a file, untouched and says so', async () => {
    const root = await tempDir('dev-folder');
    await writeFile(path.join(root, 'package.json'), '{}');
    assert.deepEqual(await prepareDevFolder(root, false), { ok: false, folder: root });
    assert.equal(await readFile(path.join(root, 'package.json'), 'utf8'), '{}');
    const file = path.join(root, 'package.json');
    assert.deepEqual(await prepareDevFolder(file, false), { ok: false, folder: file });
  });
});
