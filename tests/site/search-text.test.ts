import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { searchableText } from '../../src/search/page-text.ts';
import { fixtureSite, readPage, type BuiltSite } from './support/fixture-site.ts';

let site: BuiltSite;

before(async () => {
  site = await fixtureSite();
});

/** The text Pagefind indexes for a built page, each run of white space one space. */
async function indexedText(url: string): Promise<string> {
  const found = searchableText(await readPage(site, url));
  assert.ok(found, `${url} is indexed`);
  return found.text.replace(/\s+/g, ' ');
}

describe('what the search indexes of an entry page', () => {
  test("an actor's page is found by its own words, not by the summaries of its initiatives or the titles of its events", async () => {
    const html = await readPage(site, '/actoren/muziekhuis-de-toon/');
    // The page shows both: the visitor sees them, the index leaves them to their own pages.
    assert.match(html, /muzikanten van elke afkomst/);
    const text = await indexedText('/actoren/muziekhuis-de-toon/');
    assert.match(text, /Muziekhuis De Toon/);
    assert.doesNotMatch(text, /muzikanten van elke afkomst/);
    assert.match(await indexedText('/initiatieven/muziek-zonder-grenzen/'), /muzikanten van elke afkomst/);
  });

  test("an actor's page leaves the list of events it took part in to the events' pages, and keeps its ladder", async () => {
    assert.match(await readPage(site, '/actoren/stad-testel/'), /<h2>Deelgenomen aan<\/h2>[^]*14:00/);
    const text = await indexedText('/actoren/stad-testel/');
    assert.doesNotMatch(text, /Deelgenomen aan|14:00/);
    // The ladder is the actor's own record, and names the workshop that took it a step up.
    assert.match(text, /Deelname aan een workshop 20 januari 2025 via Eerste workshop/);
    assert.match(await indexedText('/activiteiten/workshop-2025-01-20/'), /Eerste workshop/);
  });
});
