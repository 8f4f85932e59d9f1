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
