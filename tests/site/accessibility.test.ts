import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchChromium, settle, VIEWPORTS } from './support/browser.ts';
import { FIXTURE, fixtureSite, onePagePerTemplate, readPage } from './support/fixture-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** The WCAG 2.2 AA rule set the site promises. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Listing the templates needs the built site before the tests are declared.
const site = await fixtureSite();
const templates = await onePagePerTemplate(site);

let browser: Browser;
let server: StaticServer;
const contexts = new Map<number, BrowserContext>();

before(async () => {
  server = await serveStatic(site.outputDir);
  browser = await launchChromium();
  for (const { width, height } of VIEWPORTS) contexts.set(width, await browser.newContext({ viewport: { width, height }, locale: 'nl-BE', reducedMotion: 'reduce' }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The address to open for a page; the search page is opened with a query so its results are checked too. */
function addressOf(url: string): string {
  return url === '/zoeken/' ? `${url}?q=${encodeURIComponent(FIXTURE.searchable.word)}` : url;
}

const META_REFRESH = /<meta\s+http-equiv="refresh"[^>]*>/i;

/**
 * Opens a page at a viewport width. A redirect page (an actor's old address) would leave at once
 * through its `<meta http-equiv="refresh" content="0">`, and axe would check the target instead;
 * it is served here without that one tag, so the page a visitor briefly sees is what is checked.
 */
async function openPage(url: string, width: number): Promise<Page> {
  const page = await contexts.get(width)!.newPage();
  const html = await readPage(site, url).catch(() => '');
  if (META_REFRESH.test(html)) {
    await page.route(`${server.origin}${url}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace(META_REFRESH, '') }));
  }
  await page.goto(`${server.origin}${addressOf(url)}`);
  await settle(page);
  return page;
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => `      ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
      return `  ${violation.id} (${violation.impact ?? '?'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

test('the fixture site has a page of every page type of the public showcase', () => {
  const found = templates.map((page) => page.template);
  const expected = ['home', 'initiative-list', 'initiative', 'actor-list', 'actor', 'ambassador-list', 'event-list', 'event', 'search', 'not-found', 'text-page'];
  assert.deepEqual(expected.filter((template) => !found.includes(template)), [], `templates found: ${found.join(', ')}`);
});

for (const { template, url } of templates) {
  describe(`the "${template}" page ${url}`, () => {
    for (const viewport of VIEWPORTS) {
      const narrow = viewport.width < 600;
      test(`has no axe WCAG 2.2 AA violations at ${viewport.name}${narrow ? ', and needs no horizontal scrolling there' : ''}`, async () => {
        const page = await openPage(url, viewport.width);
        try {
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          assert.ok(results.passes.length > 0, 'axe ran its rules on the page');
          assert.equal(results.violations.length, 0, `axe violations on ${url} at ${viewport.name}:\n${describeViolations(results.violations)}`);
          if (narrow) {
            // WCAG 1.4.10 Reflow: content fits the width without scrolling sideways.
            const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
            assert.ok(width <= viewport.width, `the page is ${width} px wide at a ${viewport.width} px viewport`);
          }
        } finally {
          await page.close();
        }
      });
    }

    test('is in Dutch, has exactly one h1, and Tab first reaches a skip link that moves focus to the main content', async () => {
      const page = await openPage(url, 1280);
      try {
        assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'html lang="nl"');
        assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
        assert.equal(await page.locator('main').count(), 1, 'exactly one main landmark');

        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        assert.equal(await focused.count(), 1, 'Tab focuses an element');
        const href = await focused.getAttribute('href');
        assert.ok(href?.startsWith('#'), `the first Tab stop is a link to a place on the page (got href=${href})`);
        assert.match((await focused.innerText()).trim(), /inhoud/i, 'the skip link says it goes to the content');
        assert.ok(await focused.isVisible(), 'the focused skip link is visible');
        const box = await focused.boundingBox();
        assert.ok(box && box.y >= 0 && box.x >= 0 && box.width > 0, `the focused skip link is on screen (box ${JSON.stringify(box)})`);
        const mainId = await page.locator('main').getAttribute('id');
        assert.equal(href, `#${mainId}`, 'the skip link points at the main element');

        await page.keyboard.press('Enter');
        assert.equal(await page.locator('main:focus, main :focus').count(), 1, 'after Enter, focus is in the main content');
        await page.keyboard.press('Tab');
        const afterMainStart = await page.evaluate(`(() => {
          const main = document.querySelector('main');
          const focused = document.activeElement;
          if (!main || !focused || focused === document.body) return true; // nothing focusable after main: fine
          return main.contains(focused) || Boolean(main.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
        })()`);
        assert.equal(afterMainStart, true, 'the next Tab continues inside or after the main content, not back in the header');
      } finally {
        await page.close();
      }
    });
  });
}
