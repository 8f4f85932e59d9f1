import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { redirectPages } from '../../../src/site/pages/redirects.ts';
import type { PageView } from '../../../src/site/view.ts';
import { loadOutputsFixture } from '../outputs/fixture.ts';
import { renderWithEleventy } from '../outputs/render-with-eleventy.ts';

describe('the redirect pages at former actor addresses', () => {
  let pages: PageView[];
  let html: string;
  before(async () => {
    const { model, actors, view } = await loadOutputsFixture();
    pages = redirectPages(model, actors);
    const output = await renderWithEleventy({ ...view, pages: view.pages.filter((page) => page.template === 'redirect') });
    html = await readFile(path.join(output, 'actoren/gemeente-testel/index.html'), 'utf8');
    await rm(output, { recursive: true, force: true });
  });

  test('only the alias of a public actor gets a page, marked noindex', () => {
    assert.deepEqual(
      pages.map((page) => [page.url, page.template, page.noindex, page.canonical, page.refresh]),
      [['/actoren/gemeente-testel/', 'redirect', true, '/actoren/stad-testel/', '/actoren/stad-testel/']],
    );
  });

  test('the page refreshes at once to the new address, which is also its canonical URL', () => {
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/actoren\/stad-testel\/">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/uitvoer\.example\.be\/actoren\/stad-testel\/">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
  });

  test('the page shows a visible link to the new address for browsers that do not follow the refresh', () => {
    assert.match(html, /<a href="\/actoren\/stad-testel\/">Stad Testel<\/a>/);
    assert.doesNotMatch(html, /<script/);
  });
});
