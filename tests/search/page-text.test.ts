import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { searchableText } from '../../src/search/page-text.ts';
import { searchWords } from '../../src/search/words.ts';
import { REPO_ROOT } from '../site/support/fixture-site.ts';

const fixture = (name: string) => readFile(path.join(REPO_ROOT, 'tests/fixtures/search', name), 'utf8');

test('the searchable text is the data-pagefind-body element without ignored parts, scripts and styles, entities decoded', async () => {
  const found = searchableText(await fixture('page.html'));
  assert.ok(found);
  assert.deepEqual(searchWords(found.text), ['respect', 'in', 'en', 'rond', 'het', 'profvoetbal', 'een', 'twee', 'arbeid', 'markt', 'samen', 'slot']);
});

test('the searchable text ends where the body element closes, so parts can be added inside it', async () => {
  const html = await fixture('page.html');
  const found = searchableText(html);
  assert.ok(found);
  assert.equal(html.slice(found.bodyEnd, found.bodyEnd + 7), '</main>');
  assert.match(html.slice(0, found.bodyEnd), /<p>Slot<\/p>\s*$/);
});

test('a page without data-pagefind-body has no searchable text, as Pagefind does not index it', async () => {
  assert.equal(searchableText(await fixture('no-body.html')), null);
});

/** The page without the stretches searchableText says Pagefind reads to no effect. */
function withoutUnread(html: string): string {
  const found = searchableText(html);
  assert.ok(found);
  let kept = '';
  let from = 0;
  for (const [start, end] of found.unread) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

test('the head besides its <title>, and what comes before the body element, are read to no effect; the body element and all after it stay', async () => {
  const html = await fixture('page.html');
  const kept = withoutUnread(html);
  assert.equal(kept.slice(0, kept.indexOf('<main')), '<!doctype html>\n<html lang="nl">\n<head><title>Titel buiten de body</title></head>\n<body>');
  assert.equal(kept.slice(kept.indexOf('<main')), html.slice(html.indexOf('<main')));
});

test('a stretch with an h1, a second <title> or any data-pagefind attribute is kept whole, as Pagefind reads those anywhere', () => {
  const page = (head: string, before: string) => `<html lang="nl"><head><title>T</title>${head}</head><body>${before}<main data-pagefind-body><p>Tekst</p></main></body></html>`;
  const cases: [string, string, string][] = [
    ['<meta name="a">', '<header><h1>Kop</h1></header>', '<html lang="nl"><head><title>T</title></head><body><header><h1>Kop</h1></header><main data-pagefind-body>'],
    ['<meta data-pagefind-meta="image[content]" content="/x.png">', '<nav>Menu</nav>', '<html lang="nl"><head><title>T</title><meta data-pagefind-meta="image[content]" content="/x.png"></head><body><main data-pagefind-body>'],
    ['<title>Twee</title>', '<span data-pagefind-filter="soort">x</span>', '<html lang="nl"><head><title>T</title><title>Twee</title></head><body><span data-pagefind-filter="soort">x</span><main data-pagefind-body>'],
    ['', '<svg><title>Icoon</title></svg><img src="logo.png" alt="">', '<html lang="nl"><head><title>T</title></head><body><svg><title>Icoon</title></svg><img src="logo.png" alt=""><main data-pagefind-body>'],
  ];
  for (const [head, before, start] of cases) {
    const kept = withoutUnread(page(head, before));
    assert.equal(kept.slice(0, kept.indexOf('<p>')), start, `${head} | ${before}`);
  }
});

test('an empty head and nothing before the body element leave nothing out', () => {
  const html = '<html><head><title>T</title></head><body><main data-pagefind-body>Tekst</main></body></html>';
  assert.deepEqual(searchableText(html)?.unread, []);
});
