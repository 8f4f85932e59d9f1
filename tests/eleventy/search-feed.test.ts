import assert from 'node:assert/strict';
import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { IN_PROCESS_PAGES, SearchFeed } from '../../src/eleventy/search-feed.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');

/** Every file of a folder with its text. */
async function folderText(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const text: Record<string, string> = {};
  for (const file of files) text[path.relative(dir, path.join(file.parentPath, file.name))] = await readFile(path.join(file.parentPath, file.name), 'utf8');
  return text;
}

/** What a feed of `expected` pages makes of the fixture site, given its page a and left to read the rest. */
async function feedFixture(expected: number) {
  const feed = new SearchFeed(expected);
  try {
    feed.add('a/index.html', await readFile(path.join(FIXTURE, 'a/index.html'), 'utf8'));
    const finished = await feed.finish(FIXTURE);
    return { finished, copies: await folderText(feed.dir) };
  } finally {
    await feed.close();
  }
}

describe('SearchFeed', () => {
  test('on a worker thread (from IN_PROCESS_PAGES pages on) it makes the same copies and vocabulary as in-process', async () => {
    const inProcess = await feedFixture(IN_PROCESS_PAGES - 1);
    const onWorker = await feedFixture(IN_PROCESS_PAGES);
    assert.deepEqual(Object.keys(inProcess.copies).sort(), ['a/index.html', 'b/index.html']);
    assert.equal(inProcess.finished.pages, 2);
    assert.deepEqual(onWorker, inProcess);
  });

  test('a page the worker cannot take fails the end with its reason, not the page', async () => {
    const feed = new SearchFeed(IN_PROCESS_PAGES);
    try {
      const html = await readFile(path.join(FIXTURE, 'a/index.html'), 'utf8');
      feed.add('a/index.html', html);
      feed.add('a/index.html', html);
      await assert.rejects(feed.finish(FIXTURE), /a\/index\.html twee keer/);
    } finally {
      await feed.close();
    }
  });

  test('finishing a feed whose worker has stopped fails at once instead of waiting for an answer', { timeout: 10_000 }, async () => {
    const feed = new SearchFeed(IN_PROCESS_PAGES);
    await feed.close();
    await assert.rejects(feed.finish(FIXTURE), /stopte onverwacht/);
  });

  test('closing removes the folder of copies', async () => {
    const feed = new SearchFeed(IN_PROCESS_PAGES);
    await feed.finish(FIXTURE);
    await feed.close();
    await assert.rejects(access(feed.dir));
  });

  test('closing twice, even while the first is under way, is one closing: both wait for the same removal', async () => {
    const feed = new SearchFeed(IN_PROCESS_PAGES);
    await feed.finish(FIXTURE);
    const first = feed.close();
    const second = feed.close();
    assert.equal(second, first);
    await Promise.all([first, second]);
    await assert.rejects(access(feed.dir));
  });
});
