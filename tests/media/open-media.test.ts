import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { MAX_MEDIA_BYTES, openMedia } from '../../src/media/open-media.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';
import { tempDir } from '../site/support/fixture-site.ts';

/** A content folder holding only media/ with the accepted fixtures. */
async function contentWithMedia(): Promise<string> {
  const dir = await tempDir('open-media');
  await mkdir(path.join(dir, 'media'));
  for (const name of ['ok.png', 'ok.svg']) await copyFile(path.join(fixtureDir('media'), name), path.join(dir, 'media', name));
  return dir;
}

test('a raster image is published byte for byte, an SVG as the PNG it draws', async () => {
  const dir = await contentWithMedia();
  const png = await openMedia(dir, 'media/ok.png');
  assert.ok(png.ok);
  assert.deepEqual(png.media, { bytes: await readFile(path.join(dir, 'media/ok.png')), type: 'png', sourceType: 'png' });
  const svg = await openMedia(dir, 'media/ok.svg');
  assert.ok(svg.ok);
  assert.equal(svg.media.type, 'png');
  assert.equal(svg.media.sourceType, 'svg');
  assert.equal(svg.media.bytes.subarray(1, 4).toString('latin1'), 'PNG');
});

test('exactly the limit is accepted; one byte more is refused before the file is read', async () => {
  const dir = await contentWithMedia();
  const png = await readFile(path.join(dir, 'media/ok.png'));
  // A valid PNG padded inside a chunk would be more work; a trailing-data refusal proves the size passed.
  await writeFile(path.join(dir, 'media/precies.png'), Buffer.concat([png, Buffer.alloc(MAX_MEDIA_BYTES - png.length)]));
  assert.deepEqual(await openMedia(dir, 'media/precies.png'), { ok: false, reason: 'trailing' });
  await writeFile(path.join(dir, 'media/te-groot.png'), Buffer.alloc(MAX_MEDIA_BYTES + 1));
  assert.deepEqual(await openMedia(dir, 'media/te-groot.png'), { ok: false, reason: 'too-large', size: MAX_MEDIA_BYTES + 1 });
});

test('the real path must lie inside the real media folder, even when media/ itself is a symlink', async () => {
  const root = await tempDir('open-media-linked');
  const dir = path.join(root, 'content');
  await mkdir(path.join(root, 'elders'), { recursive: true });
  await mkdir(dir);
  await copyFile(path.join(fixtureDir('media'), 'ok.png'), path.join(root, 'elders/ok.png'));
  await symlink('../elders', path.join(dir, 'media'));
  assert.equal((await openMedia(dir, 'media/ok.png')).ok, true, 'a linked media folder is the media folder');
  await symlink('/etc/hostname', path.join(root, 'elders/host.png'));
  assert.deepEqual(await openMedia(dir, 'media/host.png'), { ok: false, reason: 'links-out' });
});
