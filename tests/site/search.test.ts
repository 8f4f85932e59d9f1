import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchChromium, SEARCH_FINISHED, settle, watchForProblems } from './support/browser.ts';
import { FIXTURE, fixtureSite, onePagePerTemplate } from './support/fixture-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const site = await fixtureSite();
const templates = await onePagePerTemplate(site);

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

before(async () => {
  server = await serveStatic(site.outputDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const results = (page: Page) => page.locator('main [data-search-results] > li');
const status = (page: Page) => page.locator('main [data-search-status]');

/** Opens the search page with a query string and waits until the results are announced. */
async function search(query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/zoeken/?${query}`);
  await waitForSearch(page);
  return page;
}

async function waitForSearch(page: Page): Promise<string> {
  // Locators, not waitForFunction: the site's CSP forbids the eval that a string predicate needs.
  await status(page).filter({ hasText: SEARCH_FINISHED }).waitFor({ timeout: 15_000 });
  return (await status(page).innerText()).trim();
}

/** The number of results the status line announces ("12 resultaten gevonden." → 12, "Geen …" → 0). */
function announcedCount(text: string): number {
  if (/geen resultaten/i.test(text)) return 0;
  const match = /(\d+) resultaa?t/i.exec(text);
  assert.ok(match, `the status announces a number of results (got "${text}")`);
  return Number(match[1]);
}

async function resultUrls(page: Page): Promise<string[]> {
  const urls: string[] = [];
  for (const link of await results(page).locator('a').all()) urls.push(new URL((await link.getAttribute('href')) ?? '', server.origin).pathname);
  return urls;
}

describe('search in the browser', () => {
  test("the server sends the Content-Security-Policy of the site's _headers file, so the browser enforces it", async () => {
    const response = await fetch(`${server.origin}/zoeken/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/, `a CSP with script-src 'self' is sent (got "${csp}")`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, 'no unsafe-inline or unsafe-eval');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  test('typing the name of an initiative in the search field finds it', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/zoeken/`);
      await page.locator('main input[name="q"]').fill(FIXTURE.searchable.word);
      await page.locator('main input[name="q"]').press('Enter');
      await waitForSearch(page);
      assert.ok((await resultUrls(page)).includes(`/initiatieven/${FIXTURE.searchable.slug}/`), 'the initiative is among the results');
      const first = results(page).filter({ hasText: FIXTURE.searchable.title }).first();
      assert.match(await first.locator('.kind').innerText(), /initiatief/i, 'the result says what kind of page it is');
      assert.ok((await first.innerText()).includes('taalcafé'), 'the result shows the summary');
    } finally {
      await page.close();
    }
  });

  test('the search page reads q from the address, as the header form sends it', async () => {
    const page = await search(`q=${encodeURIComponent(FIXTURE.searchable.word)}`);
    try {
      assert.equal(await page.locator('main input[name="q"]').inputValue(), FIXTURE.searchable.word);
      assert.ok((await resultUrls(page)).includes(`/initiatieven/${FIXTURE.searchable.slug}/`));
    } finally {
      await page.close();
    }
  });

  test('the number of results is announced in an aria-live region', async () => {
    const page = await search(`q=${encodeURIComponent(FIXTURE.searchable.word)}`);
    try {
      const live = status(page);
      const politeness = (await live.getAttribute('aria-live')) ?? ((await live.getAttribute('role')) === 'status' ? 'polite' : null);
      assert.ok(politeness === 'polite' || politeness === 'assertive', 'the status is a live region');
      const count = await results(page).count();
      assert.ok(count >= 1);
      assert.ok((await live.innerText()).includes(count === 1 ? '1 resultaat' : `${count} resultaten`), `the status says ${count} (got "${await live.innerText()}")`);
    } finally {
      await page.close();
    }
  });

  test('a filter narrows the results to one kind', async () => {
    const page = await search('q=Testel');
    try {
      const total = announcedCount(await status(page).innerText());
      const shown = await resultUrls(page);
      assert.ok(shown.some((url) => !url.startsWith('/activiteiten/')), `"Testel" finds more than events (${shown.join(', ')})`);
      const closedFilters = page.locator('details[data-search-filters-box]:not([open]) > summary');
      if (await closedFilters.count()) await closedFilters.click();
      const before = (await status(page).innerText()).trim();
      await page.locator('input[type="checkbox"][name="soort"][value="activiteit"]').check();
      // Done when the announcement changed: the filtered search has finished and been announced.
      await status(page).filter({ hasNotText: before }).filter({ hasText: SEARCH_FINISHED }).waitFor({ timeout: 10_000 });
      const narrowed = announcedCount(await status(page).innerText());
      assert.ok(narrowed > 0 && narrowed < total, `fewer results with the filter (${narrowed} of ${total})`);
      const filtered = await resultUrls(page);
      assert.ok(filtered.length > 0 && filtered.every((url) => url.startsWith('/activiteiten/')), `only events are left: ${filtered.join(', ')}`);
      assert.match(page.url(), /soort=activiteit/, 'the filter is kept in the address');
    } finally {
      await page.close();
    }
  });

  test('a theme filter given in the address narrows the results too', async () => {
    const page = await search(`q=Testel&thema=${encodeURIComponent('Taal en ontmoeting')}`);
    try {
      const urls = await resultUrls(page);
      assert.deepEqual(urls, [`/initiatieven/${FIXTURE.searchable.slug}/`], 'only the initiative with that theme is left');
    } finally {
      await page.close();
    }
  });

  test('searching for the distinctive word of the non-public actor\'s name finds nothing at all', async () => {
    const page = await search('q=Zuiderlicht');
    try {
      assert.deepEqual(await resultUrls(page), []);
      assert.match(await status(page).innerText(), /geen resultaten/i, 'the status says nothing was found');
    } finally {
      await page.close();
    }
  });

  // Pagefind also matches indexed words that are prefixes of a query word ("ver" for "Vereniging"),
  // so a full name can bring up unrelated pages; none of them may be about the actor or mention it.
  for (const query of [FIXTURE.hidden.name, 'Noorderzonnewijzer']) {
    test(`searching for the non-public actor ("${query}") finds no page about it`, async () => {
      const page = await search(`q=${encodeURIComponent(query)}`);
      try {
        const urls = await resultUrls(page);
        assert.ok(!urls.some((url) => url.includes(FIXTURE.hidden.slug)), `no result is its page (${urls.join(', ')})`);
        const text = (await results(page).allInnerTexts()).join('\n').toLowerCase();
        for (const needle of FIXTURE.hidden.needles) assert.ok(!text.includes(needle.toLowerCase()), `no result mentions "${needle}"`);
      } finally {
        await page.close();
      }
    });
  }

  test('without JavaScript the header search form leads to the search page with overviews to browse', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${server.origin}/`);
      await page.locator('header input[name="q"]').fill(FIXTURE.searchable.word);
      await Promise.all([page.waitForURL(/\/zoeken\/\?q=/), page.locator('header input[name="q"]').press('Enter')]);
      assert.equal(new URL(page.url()).searchParams.get('q'), FIXTURE.searchable.word);
      assert.ok(await page.locator('main a[href="/initiatieven/"]').first().isVisible(), 'the overview of initiatives is offered');
    } finally {
      await noJs.close();
    }
  });
});

describe('console and Content-Security-Policy', () => {
  const pages = [
    ...templates.map((page) => ({ url: page.url, refresh: page.refresh })),
    { url: `/zoeken/?q=${encodeURIComponent(FIXTURE.searchable.word)}&soort=initiatief`, refresh: undefined },
  ];
  for (const { url, refresh } of pages) {
    test(`${url} logs no console error and breaks no CSP rule`, { timeout: 60_000 }, async () => {
      const page = await context.newPage();
      try {
        const watch = await watchForProblems(page);
        const response = await page.goto(`${server.origin}${url}`);
        assert.equal(response?.status(), 200);
        // A redirect page moves on at once: wait for the page it leads to, or the checks below race the navigation.
        if (refresh) await page.waitForURL(new URL(refresh, server.origin).href, { timeout: 15_000 });
        // At load every stylesheet, image and script has loaded or failed; the search page also ran its search.
        await settle(page);
        // Leaving a redirect page cancels its own pending requests (the icon, a stylesheet): not a fault.
        const problems = refresh ? watch.problems.filter((problem) => !problem.includes('net::ERR_ABORTED')) : watch.problems;
        assert.deepEqual(problems, []);
        assert.deepEqual(await watch.cspViolations(), []);
      } finally {
        await page.close();
      }
    });
  }

  test('a missing address gets the 404 page with status 404 and no script error', async () => {
    const page = await context.newPage();
    try {
      const watch = await watchForProblems(page);
      const response = await page.goto(`${server.origin}/bestaat-niet/`);
      assert.equal(response?.status(), 404);
      assert.equal(await page.locator('h1').count(), 1);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(watch.problems.filter((problem) => !problem.includes('/bestaat-niet/')), []);
      assert.deepEqual(await watch.cspViolations(), []);
    } finally {
      await page.close();
    }
  });
});
