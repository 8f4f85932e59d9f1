import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { unservedUrls } from '../../src/eleventy/served-urls.ts';
import { tempDir } from '../site/support/fixture-site.ts';

/** A site folder with a page at /actoren/a/, a badge file and an empty folder at /leeg/. */
async function site(): Promise<string> {
  const dir = await tempDir('served-urls');
  await mkdir(path.join(dir, 'actoren/a'), { recursive: true });
  await writeFile(path.join(dir, 'actoren/a/index.html'), '<p>a</p>');
  await writeFile(path.join(dir, 'badge.svg'), '<svg/>');
  await mkdir(path.join(dir, 'leeg/index.html'), { recursive: true });
  return dir;
}

test('a URL is served by its file, a URL ending in / by the index.html in its folder', async () => {
  assert.deepEqual(unservedUrls(await site(), ['/actoren/a/', '/badge.svg']), []);
});

test('the URLs without a file are given in the order asked, a folder where the file should be counting as none', async () => {
  const dir = await site();
  assert.deepEqual(unservedUrls(dir, ['/weg.svg', '/actoren/a/', '/leeg/', '/actoren/b/', '/actoren/a']), ['/weg.svg', '/leeg/', '/actoren/b/', '/actoren/a']);
});

test('no URLs asked: none unserved', async () => {
  assert.deepEqual(unservedUrls(await site(), []), []);
});
