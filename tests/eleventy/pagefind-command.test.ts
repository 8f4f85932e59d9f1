import assert from 'node:assert/strict';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runPagefind, watchFor } from '../../src/eleventy/pagefind-command.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

// Two pages with a data-pagefind-body element (a and b) and a 404 page without one.
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');
let work: string;

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'pagefind-command-'));
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A fresh copy of the fixture site and an index folder beside it. */
async function freshSite(name: string): Promise<{ site: string; index: string }> {
  const site = path.join(work, name, 'site');
  await cp(FIXTURE, site, { recursive: true });
  return { site, index: path.join(work, name, 'index') };
}

describe('watchFor', () => {
  test('calls back once, when the marker has come whole', () => {
    let calls = 0;
    const watch = watchFor('[Reading languages]', () => calls++);
    watch('[Parsing files]\n');
    assert.equal(calls, 0);
    watch('[Reading languages]\n');
    watch('[Reading languages]\n');
    assert.equal(calls, 1);
  });

  test('sees the marker split over two chunks, and not its first half alone', () => {
    let calls = 0;
    const watch = watchFor('[Reading languages]', () => calls++);
    watch('done\n[Reading lang');
    assert.equal(calls, 0);
    watch('uages]\n');
    assert.equal(calls, 1);
  });

  test('does not join chunks that were never next to each other', () => {
    let calls = 0;
    const watch = watchFor('[Reading languages]', () => calls++);
    watch('[Reading');
    watch(' something else entirely, longer than the marker ');
    watch(' languages]');
    assert.equal(calls, 0);
  });
});

describe('runPagefind', () => {
  test('indexes the pages with a data-pagefind-body element and gives their number', async () => {
    const { site, index } = await freshSite('plain');
    assert.deepEqual(await runPagefind({ site, outputPath: index, language: 'nl' }), { pages: 2 });
    const entry = JSON.parse(await readFile(path.join(index, 'pagefind-entry.json'), 'utf8'));
    assert.deepEqual(Object.keys(entry.languages), ['nl']);
  });

  test('says when it has read the pages, after which the site folder may go while it writes the index', async () => {
    const { site, index } = await freshSite('removed');
    let removal: Promise<void> | undefined;
    const indexed = await runPagefind({ site, outputPath: index, language: 'nl', onPagesRead: () => (removal = rm(site, { recursive: true })) });
    await removal;
    assert.ok(removal, 'onPagesRead was called');
    await assert.rejects(access(site));
    assert.deepEqual(indexed, { pages: 2 });
  });

  test('a PAGEFIND_ variable in the environment does not change what is indexed', async () => {
    const { site, index } = await freshSite('environment');
    process.env.PAGEFIND_GLOB = 'a/*.html';
    try {
      assert.deepEqual(await runPagefind({ site, outputPath: index, language: 'nl' }), { pages: 2 });
    } finally {
      delete process.env.PAGEFIND_GLOB;
    }
  });

  test('a Pagefind configuration file in the working folder does not apply', async () => {
    const { site, index } = await freshSite('configuration');
    const elsewhere = path.join(work, 'configuration', 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'pagefind.yml'), 'glob: "a/*.html"\n');
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      assert.deepEqual(await runPagefind({ site, outputPath: index, language: 'nl' }), { pages: 2 });
    } finally {
      process.chdir(cwd);
    }
  });

  test('a folder without pages fails with Pagefind’s own words', async () => {
    const site = path.join(work, 'empty', 'site');
    await mkdir(site, { recursive: true });
    await assert.rejects(runPagefind({ site, outputPath: path.join(work, 'empty', 'index'), language: 'nl' }), (error: Error) => {
      assert.match(error.message, /^Pagefind stopte met code 1:/);
      assert.match(error.message, /not able to build an index/);
      return true;
    });
  });
});
