import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { routes } from '../../../src/site/routes.ts';
import { indexablePages, robots, sitemap } from '../../../src/site/outputs/sitemap.ts';
import { absentSectionUrls } from '../../../src/site/sections.ts';
import type { PageView, SiteView } from '../../../src/site/view.ts';
import { loadOutputsFixture } from './fixture.ts';

const page = (url: string, extra: Partial<PageView> = {}): PageView => ({ url, template: 'x', title: url, description: '', breadcrumbs: [], data: {}, ...extra });

/** The <loc> values of a sitemap, after checking it is well-formed XML. */
function locations(xml: string): string[] {
  assert.equal(XMLValidator.validate(xml), true);
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url: { loc: string }[] } };
  return parsed.urlset.url.map((url) => url.loc);
}

describe('the sitemap and robots.txt', () => {
  let model: SiteModel;
  let view: SiteView;
  before(async () => {
    ({ model, view } = await loadOutputsFixture());
  });

  test('the sitemap lists the absolute URL of every page of the site except the 404 page, noindex pages and the listing of a section without entries', () => {
    const file = view.files.find((candidate) => candidate.url === '/sitemap.xml');
    assert.ok(file, 'no /sitemap.xml among the files');
    // The fixture has no ambassadors: that section's listing is built but kept out of the sitemap.
    assert.deepEqual(absentSectionUrls(model), [routes.ambassadors]);
    const expected = view.pages
      .filter((candidate) => candidate.url !== routes.notFound && !candidate.noindex && candidate.url !== routes.ambassadors)
      .map((candidate) => `https://uitvoer.example.be${candidate.url}`);
    assert.ok(expected.length > 0);
    assert.deepEqual(locations(file.content).sort(), [...new Set(expected)].sort());
    assert.ok(locations(file.content).includes('https://uitvoer.example.be/initiatieven/open-deuren/'));
    assert.ok(!locations(file.content).includes('https://uitvoer.example.be/actoren/gemeente-testel/'), 'the redirect page is noindex');
  });

  test('the 404 page, noindex pages and duplicates are left out, and the rest is sorted', () => {
    const pages = [page('/b/'), page(routes.notFound), page('/oud/', { noindex: true }), page('/a/'), page('/b/')];
    assert.deepEqual(indexablePages(pages).map((candidate) => candidate.url), ['/b/', '/a/', '/b/']);
    assert.deepEqual(locations(sitemap(model, pages).content), ['https://uitvoer.example.be/a/', 'https://uitvoer.example.be/b/']);
  });

  test('a URL with XML-special characters is escaped in the sitemap', () => {
    const xml = sitemap(model, [page('/zoeken/?q=a&b')]).content;
    assert.match(xml, /<loc>https:\/\/uitvoer\.example\.be\/zoeken\/\?q=a&amp;b<\/loc>/);
    assert.deepEqual(locations(xml), ['https://uitvoer.example.be/zoeken/?q=a&b']);
  });

  test('robots.txt keeps crawlers out of the web form only and gives the sitemap by its absolute URL', () => {
    assert.equal(robots(model).content, 'User-agent: *\nDisallow: /admin/\n\nSitemap: https://uitvoer.example.be/sitemap.xml\n');
    assert.ok(view.files.some((file) => file.url === '/robots.txt'));
  });
});
