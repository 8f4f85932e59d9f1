import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildFeeds, feedDate } from '../../../src/site/outputs/feeds.ts';
import type { FeedView, SiteView } from '../../../src/site/view.ts';
import { loadOutputsFixture, SECRET_STRINGS } from './fixture.ts';
import { renderWithEleventy } from './render-with-eleventy.ts';

interface AtomEntry {
  title: string;
  link: { '@_href': string; '@_rel': string }[];
  id: string;
  published: string;
  updated: string;
  summary: string;
  category: { '@_term': string }[];
}
interface AtomFeed {
  title: string;
  link: { '@_href': string; '@_rel': string }[];
  id: string;
  updated: string;
  author: { name: string };
  entry: AtomEntry[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'category', 'link'].includes(name) });

/** A rendered feed, checked to be well-formed XML first. */
function parseFeed(xml: string): AtomFeed {
  assert.equal(XMLValidator.validate(xml), true);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'));
  return (parser.parse(xml) as { feed: AtomFeed }).feed;
}

describe('the Atom feeds', () => {
  let view: SiteView;
  let initiatives: AtomFeed;
  let events: AtomFeed;
  let xml: { initiatives: string; events: string };
  before(async () => {
    ({ view } = await loadOutputsFixture());
    // Rendered by Eleventy with the real templates and the RSS plugin's dateToRfc3339 filter; no HTML pages needed.
    const output = await renderWithEleventy({ ...view, pages: [] });
    xml = {
      initiatives: await readFile(path.join(output, 'feeds/initiatieven.xml'), 'utf8'),
      events: await readFile(path.join(output, 'feeds/activiteiten.xml'), 'utf8'),
    };
    await rm(output, { recursive: true, force: true });
    initiatives = parseFeed(xml.initiatives);
    events = parseFeed(xml.events);
  });

  test('each feed is well-formed Atom with absolute self and alternate links and the feed URL as its id', () => {
    assert.equal(initiatives.title, 'Uitvoerpact: initiatieven');
    assert.deepEqual(
      initiatives.link.map((link) => [link['@_rel'], link['@_href']]),
      [
        ['self', 'https://uitvoer.example.be/feeds/initiatieven.xml'],
        ['alternate', 'https://uitvoer.example.be/initiatieven/'],
      ],
    );
    assert.equal(initiatives.id, 'https://uitvoer.example.be/feeds/initiatieven.xml');
    assert.equal(events.id, 'https://uitvoer.example.be/feeds/activiteiten.xml');
    assert.equal(events.author.name, 'vzw Uitvoerpact');
  });

  test('the feed is updated on the as-of date at midnight UTC, not when it was built', () => {
    assert.equal(initiatives.updated, '2022-03-01T00:00:00Z');
    assert.equal(events.updated, '2022-03-01T00:00:00Z');
  });

  test('the initiatives feed has every initiative, newest start first, with absolute links as link and id', () => {
    assert.deepEqual(
      initiatives.entry.map((entry) => [entry.title, entry.link[0]?.['@_href'], entry.id, entry.updated]),
      [
        ['Sport & spel voor iedereen', 'https://uitvoer.example.be/initiatieven/sport-en-spel/', 'https://uitvoer.example.be/initiatieven/sport-en-spel/', '2022-02-01T00:00:00Z'],
        ['Open deuren', 'https://uitvoer.example.be/initiatieven/open-deuren/', 'https://uitvoer.example.be/initiatieven/open-deuren/', '2021-09-01T00:00:00Z'],
      ],
    );
    assert.deepEqual(initiatives.entry[0]?.category.map((category) => category['@_term']), ['Sport', 'Diversiteit']);
    assert.match(xml.initiatives, /<title>Sport &amp; spel voor iedereen<\/title>/);
  });

  test('the events feed has every event, newest first, dated by its day, with type, time and place in the summary', () => {
    assert.deepEqual(
      events.entry.map((entry) => [entry.title, entry.id, entry.published]),
      [
        ['Netwerkdag op oudejaar', 'https://uitvoer.example.be/activiteiten/netwerkdag/', '2022-12-31T00:00:00Z'],
        ['Zomerbijeenkomst', 'https://uitvoer.example.be/activiteiten/zomerbijeenkomst/', '2022-06-30T00:00:00Z'],
        ['Vroege sessie op de dag van de zomertijd', 'https://uitvoer.example.be/activiteiten/zomertijd-vroeg/', '2022-03-27T00:00:00Z'],
        ['Winterworkshop', 'https://uitvoer.example.be/activiteiten/winterworkshop/', '2022-01-20T00:00:00Z'],
      ],
    );
    const workshop = events.entry.find((entry) => entry.title === 'Winterworkshop');
    assert.ok(workshop?.summary.startsWith('Workshop op 20 januari 2022, 14:00–16:00, Stadhuis Testel, zaal 1.\n\nEen workshop over werven zonder vooroordeel'));
    assert.equal(events.entry.find((entry) => entry.title === 'Zomerbijeenkomst')?.summary.split('\n')[0], 'Bijeenkomst op 30 juni 2022, 09:30, online.');
  });

  test('markup in a body reaches the feed as escaped text, never as an element', () => {
    assert.match(xml.events, /met &amp; zonder &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(xml.events, /<script/);
  });

  test('no feed names the actor without consent', () => {
    for (const text of [xml.initiatives, xml.events]) {
      for (const secret of SECRET_STRINGS) assert.ok(!text.includes(secret), secret);
    }
  });

  test('feed dates are the content dates at midnight UTC, never the clock: the as-of date for the feed, the start or day for an entry', async () => {
    const { model } = await loadOutputsFixture();
    const feeds = buildFeeds(model);
    const dates = (feed: FeedView | undefined) => [feed?.updated.toISOString(), feed?.entries.map((entry) => [entry.url, entry.published.toISOString(), entry.updated.toISOString()])];
    assert.deepEqual(dates(feeds.initiatives[0]), [
      '2022-03-01T00:00:00.000Z',
      [
        ['/initiatieven/sport-en-spel/', '2022-02-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
        ['/initiatieven/open-deuren/', '2021-09-01T00:00:00.000Z', '2021-09-01T00:00:00.000Z'],
      ],
    ]);
    assert.deepEqual(dates(feeds.events[0]), [
      '2022-03-01T00:00:00.000Z',
      [
        ['/activiteiten/netwerkdag/', '2022-12-31T00:00:00.000Z', '2022-12-31T00:00:00.000Z'],
        ['/activiteiten/zomerbijeenkomst/', '2022-06-30T00:00:00.000Z', '2022-06-30T00:00:00.000Z'],
        ['/activiteiten/zomertijd-vroeg/', '2022-03-27T00:00:00.000Z', '2022-03-27T00:00:00.000Z'],
        ['/activiteiten/winterworkshop/', '2022-01-20T00:00:00.000Z', '2022-01-20T00:00:00.000Z'],
      ],
    ]);
    assert.equal(feedDate('2022-12-31').toISOString(), '2022-12-31T00:00:00.000Z');
  });
});
