import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { htmlFiles, SearchCopies } from '../../src/eleventy/search-copies.ts';
import { PARTS_ELEMENT } from '../../src/search/search-collector.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-copies-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const A_START = '<!doctype html>\n<html lang="nl"><head><title>Profvoetbal</title></head>\n<body><main data-pagefind-body><h1>Respect in en rond het profvoetbal</h1><p>Tegen racisme in het stadion.</p>';

describe('SearchCopies', () => {
  test('lists the .html files of a folder, relative, with forward slashes, sorted', () => {
    assert.deepEqual(htmlFiles(FIXTURE), ['404.html', 'a/index.html', 'b/index.html']);
  });

  test('writes the start of a page copy as soon as the page comes in, under the page’s own path', async () => {
    const copies = new SearchCopies(dir);
    copies.add('a/index.html', await readFile(path.join(FIXTURE, 'a/index.html'), 'utf8'));
    assert.equal(await readFile(path.join(dir, 'a/index.html'), 'utf8'), A_START);
  });

  test('at the end reads the pages it was not given from the site folder, completes every copy and writes none for a page Pagefind skips', async () => {
    const copies = new SearchCopies(dir);
    copies.add('a/index.html', await readFile(path.join(FIXTURE, 'a/index.html'), 'utf8'));
    const finished = copies.finish(FIXTURE);
    assert.equal(finished.pages, 2);
    assert.equal(JSON.parse(finished.vocabulary).voetbal, 1);
    assert.deepEqual((await readdir(dir, { recursive: true })).sort(), ['a', 'a/index.html', 'b', 'b/index.html']);
    assert.equal(await readFile(path.join(dir, 'a/index.html'), 'utf8'), `${A_START}<div ${PARTS_ELEMENT}>prof voetbal</div></main></body></html>\n`);
  });

  test('a page given is not read again from the folder: the copy is made from what the build wrote', async () => {
    const copies = new SearchCopies(dir);
    copies.add('b/index.html', '<html><head><title>B</title></head><body><main data-pagefind-body>Gegeven</main></body></html>');
    copies.finish(FIXTURE);
    assert.equal(await readFile(path.join(dir, 'b/index.html'), 'utf8'), '<html><head><title>B</title></head><body><main data-pagefind-body>Gegeven</main></body></html>');
  });

  test('refuses a page whose path leads outside the folder', () => {
    const copies = new SearchCopies(dir);
    assert.throws(() => copies.add('../elders/index.html', '<main data-pagefind-body>x</main>'), /buiten de site/);
    assert.throws(() => copies.add(path.join(dir, '..', 'x.html'), '<main data-pagefind-body>x</main>'), /buiten de site/);
  });
});
