import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { PARTS_ELEMENT, SearchCollector } from '../../src/search/search-collector.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');
const page = (file: string) => readFile(path.join(FIXTURE, file), 'utf8');

const HEAD = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/a.css"></head>';
const PAGE = `${HEAD}<body><nav>Menu</nav><main data-pagefind-body><h1>Profvoetbal</h1></main><footer>Voet</footer></body></html>`;

describe('SearchCollector', () => {
  test('gives the start of a page copy: the HTML without the stretches Pagefind reads to no effect, up to where the indexed region closes', () => {
    const collector = new SearchCollector();
    assert.equal(
      collector.add('a/index.html', PAGE),
      '<!doctype html><html lang="nl"><head><title>T</title></head><body><main data-pagefind-body><h1>Profvoetbal</h1>',
    );
  });

  test('gives null for a page without a data-pagefind-body element, and does not count its words', () => {
    const collector = new SearchCollector();
    assert.equal(collector.add('404.html', `${HEAD}<body><main><h1>Onvindbaarwoord</h1></main></body></html>`), null);
    assert.equal(collector.indexed, 0);
    assert.equal(collector.finish().vocabulary, '{}');
  });

  test('ends each copy with the parts of its compounds at half weight, then the rest of the page as it was', () => {
    const collector = new SearchCollector();
    collector.add('a/index.html', PAGE);
    assert.deepEqual(collector.finish().endings, [
      { file: 'a/index.html', ending: `<div ${PARTS_ELEMENT}>prof voetbal</div></main><footer>Voet</footer></body></html>` },
    ]);
  });

  test('ends a copy with only the rest of the page when none of its words is a compound', () => {
    const collector = new SearchCollector();
    collector.add('b/index.html', `${HEAD}<body><main data-pagefind-body><p>Tegen racisme.</p></main></body></html>`);
    assert.deepEqual(collector.finish().endings, [{ file: 'b/index.html', ending: '</main></body></html>' }]);
  });

  test('leaves out a part the page already holds as a long word of its own, and splits that word too', () => {
    const collector = new SearchCollector();
    collector.add('a/index.html', `${HEAD}<body><main data-pagefind-body><p>Arbeidsmarktdiscriminatie op de arbeidsmarkt.</p></main></body></html>`);
    assert.equal(collector.finish().endings[0]!.ending, `<div ${PARTS_ELEMENT}>discriminatie arbeid markt</div></main></body></html>`);
  });

  test('splits against the words of every page: a part known only from another page, added later, still splits an earlier page', () => {
    const collector = new SearchCollector();
    // "zwoeg" is no dictionary word; "zwoegwerk" splits only because a later page holds "zwoeg".
    collector.add('a/index.html', `${HEAD}<body><main data-pagefind-body><p>Zwoegwerk</p></main></body></html>`);
    collector.add('b/index.html', `${HEAD}<body><main data-pagefind-body><p>Zwoeg</p></main></body></html>`);
    assert.equal(collector.finish().endings[0]!.ending, `<div ${PARTS_ELEMENT}>zwoeg werk</div></main></body></html>`);
  });

  test('gives the endings in the order the pages came, whatever that order', () => {
    const collector = new SearchCollector();
    collector.add('b/index.html', PAGE);
    collector.add('a/index.html', PAGE);
    assert.deepEqual(
      collector.finish().endings.map((ending) => ending.file),
      ['b/index.html', 'a/index.html'],
    );
  });

  test('counts the words of the indexed pages and the parts found only inside compounds, as the fixture site shows', async () => {
    const collector = new SearchCollector();
    for (const file of ['a/index.html', 'b/index.html', '404.html']) collector.add(file, await page(file));
    assert.equal(collector.indexed, 2);
    assert.deepEqual(JSON.parse(collector.finish().vocabulary), {
      arbeid: 1, arbeidsmarkt: 1, arbeidsmarktdiscriminatie: 1, discriminatie: 1, gaan: 1, het: 2, markt: 1, oordeel: 1, prof: 1, profvoetbal: 1,
      racisme: 2, respect: 1, rond: 1, stadion: 1, tegen: 1, tegengaan: 1, voetbal: 1, voor: 1, vooroordeel: 1, werven: 1, zonder: 1,
    });
  });

  test('knows which pages it has, indexed or not', () => {
    const collector = new SearchCollector();
    collector.add('404.html', '<html><body>x</body></html>');
    assert.equal(collector.has('404.html'), true);
    assert.equal(collector.has('a/index.html'), false);
  });

  test('refuses a page given twice, and any page once finished', () => {
    const collector = new SearchCollector();
    collector.add('a/index.html', PAGE);
    assert.throws(() => collector.add('a/index.html', PAGE), /twee keer/);
    collector.finish();
    assert.throws(() => collector.add('b/index.html', PAGE), /afgesloten/);
    assert.throws(() => collector.finish(), /afgesloten/);
  });
});
