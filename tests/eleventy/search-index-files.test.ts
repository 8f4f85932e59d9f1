import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { indexSearch } from '../../src/eleventy/search-index.ts';
import { reachedIndexFiles, seedIndexFiles, settleIndexFiles } from '../../src/eleventy/search-index-files.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');
let work: string;

/** Every file of a folder, relative with forward slashes, sorted. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A fresh copy of the fixture site, indexed with the cache folder given. */
async function indexedSite(name: string, cacheDir?: string): Promise<string> {
  const site = path.join(work, name);
  await cp(FIXTURE, site, { recursive: true });
  await indexSearch(site, undefined, cacheDir === undefined ? {} : { cacheDir });
  return site;
}

const HASHED = /^(pagefind\..+\.pf_meta|fragment\/.+\.pf_fragment|index\/.+\.pf_index|filter\/.+\.pf_filter)$/;

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'search-index-files-'));
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the files of the search index', () => {
  test('the entry file reaches every hashed file of a fresh index: its metadata, a fragment per page and the word index', async () => {
    const site = await indexedSite('fresh');
    const hashed = (await filesOf(path.join(site, 'pagefind'))).filter((file) => HASHED.test(file));
    const reached = [...(await reachedIndexFiles(path.join(site, 'pagefind')))].sort();
    assert.deepEqual(reached, hashed);
    assert.equal(reached.filter((file) => file.startsWith('fragment/')).length, 2);
    assert.equal(reached.filter((file) => file.endsWith('.pf_meta')).length, 1);
  });

  test('settling removes a hashed file the index does not reach, and keeps the rest', async () => {
    const site = await indexedSite('stale');
    const indexDir = path.join(site, 'pagefind');
    const before = await filesOf(indexDir);
    await writeFile(path.join(indexDir, 'fragment/nl_0000000.pf_fragment'), 'oud');
    await writeFile(path.join(indexDir, 'fragment/notitie.txt'), 'geen indexbestand');
    await settleIndexFiles(indexDir);
    assert.deepEqual(await filesOf(indexDir), [...before, 'fragment/notitie.txt'].sort());
  });

  test('settling fails when a file the index reaches is missing', async () => {
    const site = await indexedSite('missing');
    const indexDir = path.join(site, 'pagefind');
    const fragment = (await filesOf(indexDir)).find((file) => file.startsWith('fragment/'))!;
    await rm(path.join(indexDir, fragment));
    await assert.rejects(settleIndexFiles(indexDir), /schreef 1 bestanden van zijn index niet/);
  });

  test('with a cache folder, the cache holds exactly the files reached, a stale cached file is dropped, and a second index from the cache is the same byte for byte', async () => {
    const cacheDir = path.join(work, 'cache');
    const first = await indexedSite('first', cacheDir);
    const reached = [...(await reachedIndexFiles(path.join(first, 'pagefind')))].sort();
    assert.deepEqual(await filesOf(path.join(cacheDir, 'pagefind')), reached);

    await writeFile(path.join(cacheDir, 'pagefind/fragment/nl_0000000.pf_fragment'), 'oud');
    const second = await indexedSite('second', cacheDir);
    assert.deepEqual(await filesOf(path.join(cacheDir, 'pagefind')), reached);
    const files = await filesOf(path.join(second, 'pagefind'));
    assert.deepEqual(files, await filesOf(path.join(first, 'pagefind')));
    for (const file of files) {
      assert.deepEqual(await readFile(path.join(second, 'pagefind', file)), await readFile(path.join(first, 'pagefind', file)), file);
    }
  });

  test('seeding puts the cached files into the index folder as they are', async () => {
    const cacheDir = path.join(work, 'seed-cache');
    await indexedSite('seed-source', cacheDir);
    const indexDir = path.join(work, 'seeded/pagefind');
    await seedIndexFiles(path.join(cacheDir, 'pagefind'), indexDir);
    const seeded = await filesOf(indexDir);
    assert.deepEqual(seeded, await filesOf(path.join(cacheDir, 'pagefind')));
    assert.equal((await stat(path.join(indexDir, seeded[0]!))).size, (await stat(path.join(cacheDir, 'pagefind', seeded[0]!))).size);
  });

  test('seeding from a cache folder that does not exist yet puts nothing in', async () => {
    const indexDir = path.join(work, 'unseeded/pagefind');
    await seedIndexFiles(path.join(work, 'no-cache/pagefind'), indexDir);
    await assert.rejects(readdir(indexDir));
  });
});
