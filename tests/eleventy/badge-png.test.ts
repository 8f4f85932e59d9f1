import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { PNG_CACHE_FOLDER, pngKey, writeBadgePngs } from '../../src/eleventy/badge-png.ts';
import { rasterize } from '../../src/eleventy/rasterize.ts';
import { tempDir } from '../site/support/fixture-site.ts';

/** A small badge-like SVG with a text, so the font is part of the drawing. */
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><rect width="120" height="20" fill="#345"/><text x="4" y="15" font-size="11" fill="#fff">${text}</text></svg>`;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Every file under the cache's PNG folder, relative to it. */
async function cachedFiles(cacheDir: string): Promise<string[]> {
  const entries = await readdir(path.join(cacheDir, PNG_CACHE_FOLDER), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
}

describe('badge PNGs', () => {
  test('the same SVG at the same scale has one key; another text or another scale has another', () => {
    assert.equal(pngKey(svg('Actief'), 2), pngKey(svg('Actief'), 2));
    assert.notEqual(pngKey(svg('Actief'), 2), pngKey(svg('Gestopt'), 2));
    assert.notEqual(pngKey(svg('Actief'), 2), pngKey(svg('Actief'), 1));
  });

  test('two URLs with one SVG are drawn once into the cache, and each file holds the PNG drawn in-process', async () => {
    const root = await tempDir('badge-png');
    const cacheDir = path.join(root, '.cache');
    const site = path.join(root, 'site');
    const count = await writeBadgePngs(site, [
      { url: '/engagement/a/badge.png', svg: svg('Actief') },
      { url: '/engagement/a-oud/badge.png', svg: svg('Actief') },
      { url: '/deelbeeld.png', svg: svg('Deelbeeld'), scale: 1 },
    ], { cacheDir });
    assert.equal(count, 3);
    assert.deepEqual(await cachedFiles(cacheDir), [`${pngKey(svg('Actief'), 2)}.png`, `${pngKey(svg('Deelbeeld'), 1)}.png`].sort());
    const drawn = await readFile(path.join(site, 'engagement/a/badge.png'));
    assert.deepEqual(drawn.subarray(0, 8), PNG_SIGNATURE);
    assert.ok(drawn.equals(rasterize(svg('Actief'), 2)), 'the badge is the drawing at scale 2');
    assert.ok((await readFile(path.join(site, 'engagement/a-oud/badge.png'))).equals(drawn), 'the alias has the same bytes');
    assert.ok((await readFile(path.join(site, 'deelbeeld.png'))).equals(rasterize(svg('Deelbeeld'), 1)), 'the share image is drawn at scale 1');
  });

  test('enough drawings for the worker threads give the same bytes as drawing in-process, in the order asked', async () => {
    const root = await tempDir('badge-png-workers');
    const texts = Array.from({ length: 12 }, (_, index) => `Badge ${index}`);
    await writeBadgePngs(path.join(root, 'site'), texts.map((text, index) => ({ url: `/b/${index}.png`, svg: svg(text) })), { cacheDir: path.join(root, '.cache') });
    for (const [index, text] of texts.entries()) {
      assert.ok((await readFile(path.join(root, 'site', 'b', `${index}.png`))).equals(rasterize(svg(text), 2)), `${text} is its own drawing`);
    }
  });

  test('with what the folder already holds, only the file whose drawing changed is written again (the dev server)', async () => {
    const root = await tempDir('badge-png-written');
    const site = path.join(root, 'site');
    const written = new Map<string, string>();
    const options = { cacheDir: path.join(root, '.cache'), written };
    await writeBadgePngs(site, [{ url: '/a.png', svg: svg('Actief') }, { url: '/b.png', svg: svg('Actief') }], options);
    const before = { a: (await stat(path.join(site, 'a.png'))).mtimeMs, b: (await stat(path.join(site, 'b.png'))).mtimeMs };
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeBadgePngs(site, [{ url: '/a.png', svg: svg('Actief') }, { url: '/b.png', svg: svg('Gestopt') }], options);
    assert.equal((await stat(path.join(site, 'a.png'))).mtimeMs, before.a, 'the unchanged badge is not written again');
    assert.notEqual((await stat(path.join(site, 'b.png'))).mtimeMs, before.b, 'the changed badge is written');
    assert.ok((await readFile(path.join(site, 'b.png'))).equals(rasterize(svg('Gestopt'), 2)));
    assert.equal(written.get(path.join(site, 'b.png')), pngKey(svg('Gestopt'), 2));
  });
});
