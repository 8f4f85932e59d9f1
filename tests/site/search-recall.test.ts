import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright';
import { launchChromium, SEARCH_FINISHED } from './support/browser.ts';
import { buildFrom, REPO_ROOT, tempDir } from './support/fixture-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * Thirty Dutch queries against the public example content (content/), each with the page it should
 * find among the first ten results (the first page of results the search page shows). Compounds are
 * searched by their parts on purpose: voetbal, fabriek, klankbord, sessie, atelier, boeren, …
 */
const QUERIES: [query: string, url: string][] = [
  ['voetbal', '/initiatieven/pro-league-respect/'],
  ['profvoetbal', '/initiatieven/pro-league-respect/'],
  ['racisme', '/initiatieven/pro-league-respect/'],
  ['discriminatie', '/initiatieven/duo-for-a-job-mentoring/'],
  ['arbeidsmarkt', '/initiatieven/accent-interim-werving/'],
  ['werven zonder vooroordeel', '/initiatieven/accent-interim-werving/'],
  ['vooroordeel', '/initiatieven/accent-interim-werving/'],
  ['mentor', '/initiatieven/duo-for-a-job-mentoring/'],
  ['migratieachtergrond', '/initiatieven/duo-for-a-job-mentoring/'],
  ['muziek', '/ambassadeurs/poppunt/'],
  ['lokale helden', '/initiatieven/poppunt-lokale-helden/'],
  ['podium', '/initiatieven/poppunt-lokale-helden/'],
  ['lerend netwerk', '/initiatieven/sociale-innovatiefabriek-lerend-netwerk/'],
  ['fabriek', '/actoren/sociale-innovatiefabriek/'],
  ['innovatie', '/actoren/sociale-innovatiefabriek/'],
  ['Beringen', '/initiatieven/stad-beringen-lokaal-engagement/'],
  ['Leuven', '/actoren/stad-leuven/'],
  ['boeren', '/actoren/boerenbond/'],
  ['minderheden', '/actoren/minderhedenforum/'],
  ['werkplek', '/actoren/sterpunt-werkplekarchitecten/'],
  ['Turkse verenigingen', '/actoren/unie-van-turkse-verenigingen/'],
  ['klankbord', '/activiteiten/klankbordgroep-2018-05-24/'],
  ['acceleratiedag', '/activiteiten/acceleratiedag-2019/'],
  ['regiegroep', '/activiteiten/regiegroep-2018-04-26/'],
  ['sessie', '/activiteiten/versterkingssessie-2018-10-11/'],
  ['atelier', '/activiteiten/projectatelier-2018-02-08/'],
  ['engagementsverklaring', '/engagementsverklaring/'],
  ['ondertekenen', '/engagementsverklaring/'],
  ['ondernemingen', '/actoren/voka/'],
  ['monitoring', '/monitoring/'],
];
const REQUIRED_RECALL = 28;

let browser: Browser;
let server: StaticServer;
let page: Page;

before(async () => {
  const root = await tempDir('search-recall');
  const outputDir = path.join(root, '_site');
  // The lock of a fresh folder: content/urls.lock.json is left alone.
  const result = await buildFrom(path.join(REPO_ROOT, 'content'), outputDir, path.join(root, 'urls.lock.json'));
  if (!result.ok) throw new Error(`content/ does not build:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  server = await serveStatic(outputDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-BE' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const status = () => page.locator('main [data-search-status]');

/** Runs a query through the search page as a visitor does, and waits for the announcement. */
async function searchPage(query: string): Promise<string[]> {
  await page.goto(`${server.origin}/zoeken/?q=${encodeURIComponent(query)}`);
  await status().filter({ hasText: SEARCH_FINISHED }).waitFor({ timeout: 15_000 });
  const urls: string[] = [];
  for (const link of await page.locator('main [data-search-results] > li h3 a').all()) urls.push(new URL((await link.getAttribute('href')) ?? '', server.origin).pathname);
  return urls;
}

describe('search recall on the example content', () => {
  test(`finds the expected page among the first ten results for at least ${REQUIRED_RECALL} of ${QUERIES.length} Dutch queries`, { timeout: 300_000 }, async () => {
    assert.equal(QUERIES.length, 30);
    const missed: string[] = [];
    for (const [query, url] of QUERIES) {
      const urls = await searchPage(query);
      if (!urls.includes(url)) missed.push(`"${query}" → ${url} (got ${urls.join(', ') || 'nothing'})`);
    }
    const found = QUERIES.length - missed.length;
    console.log(`search recall: ${found}/${QUERIES.length}${missed.length ? `; missed: ${missed.join('; ')}` : ''}`);
    assert.ok(found >= REQUIRED_RECALL, `recall ${found}/${QUERIES.length}; missed:\n${missed.join('\n')}`);
  });

  test('"voetbal" finds first the three pages that have it only inside a compound: the initiative and the actor on "profvoetbal", and the actor that is a "voetbalclub"', async () => {
    const urls = await searchPage('voetbal');
    assert.deepEqual(urls.slice(0, 3).sort(), ['/actoren/pro-league/', '/actoren/sportclub-eendracht-leest/', '/initiatieven/pro-league-respect/']);
  });

  test('"discriminatie" finds the initiative that says only "arbeidsmarktdiscriminatie"', async () => {
    await searchPage('discriminatie');
    // It ranks below the pages that have the whole word: show every result.
    const more = page.locator('main [data-search-more]');
    const page2 = page.locator('main [data-search-results] > li h3 a[href="/initiatieven/duo-for-a-job-mentoring/"]');
    // The button hides while a batch loads, so a click may find it gone: try again until the page is listed.
    for (let round = 0; round < 20 && (await page2.count()) === 0; round += 1) {
      if (await more.isVisible()) await more.click({ timeout: 2_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
    }
    await page2.waitFor({ timeout: 15_000 });
    assert.equal(await page2.count(), 1);
  });

  test('"rasisme" finds nothing and offers "Bedoelde je racisme?", whose link runs that search', async () => {
    const urls = await searchPage('rasisme');
    assert.deepEqual(urls, []);
    assert.equal((await status().innerText()).trim(), 'Geen resultaten gevonden. Bedoelde je racisme?');
    const link = status().getByRole('link', { name: 'racisme' });
    assert.equal(await link.getAttribute('href'), '/zoeken/?q=racisme');
    await link.click();
    await status().filter({ hasText: /\d+ resultaten gevonden/ }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('main input[name="q"]').inputValue(), 'racisme');
    assert.ok(await page.locator('main [data-search-results] > li a[href="/initiatieven/pro-league-respect/"]').count());
  });

  test('a word of the site, or one it has only inside compounds, gets no suggestion', async () => {
    for (const query of ['racisme', 'voetbal']) {
      await searchPage(query);
      assert.equal(await status().getByRole('link').count(), 0, query);
    }
  });

  test('at 1280×800 on /zoeken/?q=racisme the first result is above the fold and the filters are collapsed', async () => {
    await searchPage('racisme');
    const first = await page.locator('main [data-search-results] > li').first().boundingBox();
    assert.ok(first && first.y + first.height <= 800, `first result ends at ${first && first.y + first.height}px`);
    assert.equal(await page.locator('main details[data-search-filters-box]').getAttribute('open'), null, 'the filters are collapsed');
  });

  test('the filters list no value without results for the query', async () => {
    await searchPage('racisme');
    await page.locator('main details[data-search-filters-box] > summary').click();
    const visible = page.locator('main [data-search-filters] li:visible');
    assert.ok((await visible.count()) > 0);
    for (const text of await visible.allInnerTexts()) assert.doesNotMatch(text, /\(0\)/, text);
    const hidden = await page.locator('main [data-search-filters] li[hidden]').count();
    assert.ok(hidden > 0, 'values with no result for "racisme" are hidden');
  });

  test('with no result the overviews to browse are offered', async () => {
    await searchPage('rasisme');
    assert.ok(await page.locator('main a[href="/initiatieven/"]').first().isVisible());
  });
});
