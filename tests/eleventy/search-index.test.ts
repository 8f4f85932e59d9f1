import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout } from 'node:timers/promises';
import { indexSearch } from '../../src/eleventy/search-index.ts';
import { outputPath, routes } from '../../src/site/routes.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');
let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  await cp(FIXTURE, dir, { recursive: true });
  await indexSearch(dir);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('the index holds the pages with a data-pagefind-body element, and only those', async () => {
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
  assert.equal(entry.languages.nl.page_count, 2);
});

test('the vocabulary file lists the words of the indexed pages and the parts of their compounds, with counts', async () => {
  const vocabulary = JSON.parse(await readFile(path.join(dir, outputPath(routes.searchVocabulary)), 'utf8'));
  // "voetbal", "prof", "markt", "oordeel", "gaan" occur only inside compounds; "Onvindbaarwoord" is on the 404 page, which is not indexed.
  assert.deepEqual(vocabulary, {
    arbeid: 1, arbeidsmarkt: 1, arbeidsmarktdiscriminatie: 1, discriminatie: 1, gaan: 1, het: 2, markt: 1, oordeel: 1, prof: 1, profvoetbal: 1,
    racisme: 2, respect: 1, rond: 1, stadion: 1, tegen: 1, tegengaan: 1, voetbal: 1, voor: 1, vooroordeel: 1, werven: 1, zonder: 1,
  });
});

test('the published pages stay byte for byte as they were: the parts live only in the indexed copy', async () => {
  for (const file of ['a/index.html', 'b/index.html', '404.html']) {
    assert.equal(await readFile(path.join(dir, file), 'utf8'), await readFile(path.join(FIXTURE, file), 'utf8'), file);
  }
});

describe('work beside the index', () => {
  /** A fresh copy of the fixture site in its own folder. */
  async function freshSite(name: string): Promise<string> {
    const site = path.join(dir, '..', `${path.basename(dir)}-${name}`);
    await cp(FIXTURE, site, { recursive: true });
    return site;
  }

  test('runs once, and indexSearch waits for it to end', async () => {
    const site = await freshSite('beside');
    const events: string[] = [];
    try {
      await indexSearch(site, undefined, {
        beside: async () => {
          events.push('started');
          await setTimeout(100);
          events.push('ended');
        },
      });
      events.push('indexed');
      assert.deepEqual(events, ['started', 'ended', 'indexed']);
      const entry = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
      assert.equal(entry.languages.nl.page_count, 2);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  test('its failure is indexSearch’s failure, even when it throws at once', async () => {
    const site = await freshSite('beside-fails');
    try {
      await assert.rejects(
        indexSearch(site, undefined, {
          beside: () => {
            throw new Error('schrijven mislukt');
          },
        }),
        /schrijven mislukt/,
      );
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  test('when Pagefind fails after reading the pages, the work beside ends first and Pagefind’s failure is the one reported', async () => {
    const site = await freshSite('pagefind-fails');
    // A file where the index's folder should be: Pagefind reads the pages, then cannot write.
    await writeFile(path.join(site, 'pagefind'), 'geen map');
    let ended = false;
    try {
      await assert.rejects(
        indexSearch(site, undefined, {
          beside: async () => {
            await setTimeout(100);
            ended = true;
            throw new Error('ook dit mislukte');
          },
        }),
        (error: Error) => {
          assert.match(error.message, /^Pagefind stopte/);
          assert.equal(ended, true, 'the work beside had ended');
          return true;
        },
      );
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
