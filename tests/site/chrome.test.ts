import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildView } from '../../src/site/build-view.ts';
import { buildChrome } from '../../src/site/chrome.ts';
import { IDENTITY_CONTENT, modelOf } from './support/identity-model.ts';

const model = await modelOf(IDENTITY_CONTENT);

describe('the frame of a programme with no entries', () => {
  test('the menu has no initiatives, actors, ambassadors or events, only the monitoring and its own pages', () => {
    assert.deepEqual(buildChrome(model).nav.map((link) => link.url), ['/monitoring/', '/lid-worden/']);
  });

  test('the footer offers no feeds, calendar or badges, but the statements, the licence and the funding emblem', () => {
    const chrome = buildChrome(model);
    assert.deepEqual(chrome.footerLinks.map((link) => link.url), ['/data/']);
    assert.deepEqual(chrome.feeds, []);
    assert.deepEqual(chrome.statementLinks.map((link) => link.url), ['/contact/', '/privacy/', '/toegankelijkheid/']);
    assert.deepEqual(chrome.licence, { name: 'CC0 1.0 Universeel', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' });
    assert.deepEqual(chrome.funding, { text: 'Met de steun van het Testfonds.', logo: { url: '/media/embleem.svg.png', alt: 'Embleem van het Testfonds' } });
  });

  test('the home page shows no empty section and offers the call to action with its own link', () => {
    const view = buildView(model);
    const home = view.pages.find((page) => page.url === '/')?.data as { figures: unknown[]; allEvents?: unknown; overviews: { url: string }[]; join?: unknown; figuresTitle: string };
    assert.equal(home.allEvents, undefined);
    assert.deepEqual(home.overviews.map((link) => link.url), ['/lid-worden/', '/toegankelijkheid/', '/zoeken/']);
    assert.deepEqual(home.join, { title: 'Word lid van het netwerk', text: 'Elke dienst kan aansluiten bij het netwerk van diversiteitsverantwoordelijken.', link: { label: 'Schrijf je in', url: 'https://diversiteit.example.be/inschrijven' } });
    assert.equal(home.figuresTitle, 'Diversiteitsplan in cijfers');
  });

  test('the sitemap leaves out the empty listings, and a page with join: true carries the call to action', () => {
    const view = buildView(model);
    const sitemap = view.files.find((file) => file.url === '/sitemap.xml')?.content ?? '';
    for (const listing of ['initiatieven', 'actoren', 'ambassadeurs', 'activiteiten']) assert.ok(!sitemap.includes(`/${listing}/<`), listing);
    assert.ok(sitemap.includes('<loc>https://diversiteit.example.be/contact/</loc>'));
    const join = (view.pages.find((page) => page.url === '/lid-worden/')?.data as { join?: { title: string } }).join;
    assert.equal(join?.title, 'Word lid van het netwerk');
  });

  test('no text of the frame or the home page names another programme than the one of site.yaml', () => {
    const view = buildView(model);
    const text = JSON.stringify([view.chrome, view.pages.find((page) => page.url === '/')]);
    assert.ok(!/integratiepact/i.test(text));
  });
});
