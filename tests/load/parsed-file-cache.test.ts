import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { RACY_MS } from '../../src/load/file-stamp.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { ParsedFileCache } from '../../src/load/parsed-file-cache.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { buildView } from '../../src/site/build-view.ts';
import { FIXTURE_DIR, tempDir } from '../site/support/fixture-site.ts';

/** Sets a file's modification time `seconds` into the past, as if it was saved then. */
async function savedAgo(file: string, seconds: number): Promise<void> {
  const then = new Date(Date.now() - seconds * 1000);
  await utimes(file, then, then);
}

/** A file with `text`, saved a minute ago. */
async function oldFile(text: string): Promise<string> {
  const file = path.join(await tempDir('parsed-cache'), 'entry.md');
  await writeFile(file, text);
  await savedAgo(file, 60);
  return file;
}

/** Parses `file` through the cache, counting the reads in `reads`. */
function reader(cache: ParsedFileCache, reads: string[]) {
  return (file: string) =>
    cache.parse(file, async () => {
      const text = await readFile(file, 'utf8');
      reads.push(text);
      return { text };
    });
}

test('an unchanged file is parsed once; the second load gets the very same value', async () => {
  const file = await oldFile('a');
  const cache = new ParsedFileCache();
  const reads: string[] = [];
  const read = reader(cache, reads);
  const first = await read(file);
  const second = await read(file);
  assert.deepEqual(reads, ['a']);
  assert.equal(second, first);
});

test('a file saved again, with the same size, is parsed again', async () => {
  const file = await oldFile('a');
  const cache = new ParsedFileCache();
  const reads: string[] = [];
  const read = reader(cache, reads);
  await read(file);
  await writeFile(file, 'b');
  await savedAgo(file, 30);
  assert.deepEqual(await read(file), { text: 'b' });
  assert.deepEqual(reads, ['a', 'b']);
});

test('a file whose modification time was set back (touch -d) is parsed again: its change time moved', async () => {
  const file = await oldFile('a');
  const cache = new ParsedFileCache();
  const reads: string[] = [];
  const read = reader(cache, reads);
  await read(file);
  await savedAgo(file, 60);
  await read(file);
  assert.deepEqual(reads, ['a', 'a']);
});

test(`a file saved less than ${RACY_MS} ms before it is read is read again next time, one saved longer ago is kept`, async () => {
  const file = await oldFile('a');
  const cache = new ParsedFileCache();
  const reads: string[] = [];
  const read = reader(cache, reads);
  await writeFile(file, 'b');
  await read(file);
  await read(file);
  assert.deepEqual(reads, ['b', 'b'], 'saved just now: the same clock tick could hold another save');
  await savedAgo(file, RACY_MS / 1000 + 1);
  await read(file);
  await read(file);
  assert.deepEqual(reads, ['b', 'b', 'b'], 'saved long enough ago: read once more, then kept');
});

test('sweep forgets the files not read since the previous sweep', async () => {
  const [kept, gone] = [await oldFile('a'), await oldFile('b')];
  const cache = new ParsedFileCache();
  const read = reader(cache, []);
  await read(kept);
  await read(gone);
  cache.sweep();
  assert.equal(cache.size, 2);
  await read(kept);
  cache.sweep();
  assert.equal(cache.size, 1);
});

test('a content folder loaded through the cache gives the same content, model and view as one loaded without it, and the model leaves the cached values as they were', async () => {
  const contentDir = path.join(await tempDir('parsed-cache-site'), 'content');
  await cp(FIXTURE_DIR, contentDir, { recursive: true });
  for (const folder of ['actors', 'initiatives', 'events', 'ambassadors', 'pages']) {
    for (const name of await readdir(path.join(contentDir, folder))) await savedAgo(path.join(contentDir, folder, name), 60);
  }
  const cache = new ParsedFileCache();
  const plain = await loadContent(contentDir);
  const first = await loadContent(contentDir, cache);
  const snapshot = structuredClone(first.entries);
  const second = await loadContent(contentDir, cache);
  assert.deepEqual(second, plain);
  assert.equal(second.entries.initiatives[0]?.data, first.entries.initiatives[0]?.data, 'the second load reused the parsed entry');
  assert.equal(cache.size, Object.values(first.entries).flat().length);

  const options = { contentDir, parsedFiles: cache };
  const [withCache, without] = [await prepareSite(options), await prepareSite({ contentDir })];
  assert.ok(withCache.ok && without.ok);
  assert.deepEqual(buildView(withCache.model), buildView(without.model));
  const again = await prepareSite(options);
  assert.ok(again.ok);
  assert.deepEqual(buildView(again.model), buildView(without.model));
  assert.deepEqual((await loadContent(contentDir, cache)).entries, snapshot, 'validating, computing and building the view changed no cached value');
});

test('a deleted entry is gone from the next load through the cache, and an added one is there', async () => {
  const contentDir = path.join(await tempDir('parsed-cache-site'), 'content');
  await cp(FIXTURE_DIR, contentDir, { recursive: true });
  const cache = new ParsedFileCache();
  await loadContent(contentDir, cache);
  await rm(path.join(contentDir, 'events', 'workshop-2025-01-20.md'));
  await writeFile(path.join(contentDir, 'events', 'nieuwe-bijeenkomst.md'), '---\ntitle: Nieuwe bijeenkomst\ntype: workshop\ndate: 2025-11-20\n---\nTekst.\n');
  const slugs = (await loadContent(contentDir, cache)).entries.events.map((event) => event.slug);
  assert.deepEqual(slugs, ['bijeenkomst-2024-10-10', 'bijeenkomst-2025-10-09', 'nieuwe-bijeenkomst']);
});
