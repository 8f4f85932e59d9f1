import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchChromium, settle } from './support/browser.ts';
import { buildFrom, FIXTURE, fixtureSite, onePagePerTemplate, readPage, REPO_ROOT, tempDir, type BuiltSite } from './support/fixture-site.ts';
import { buildView } from '../../src/site/build-view.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

// WCAG 1.4.10 Reflow: every template at 320 CSS px, without sideways scrolling; the header menu and the
// list filters as disclosures that work without JavaScript; wide tables scrolling in their own region.

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = await fixtureSite();
// The site fixture has no action plan; the plans fixture brings the plan template and its widest tables.
const plansOutput = path.join(await tempDir('reflow-plans'), '_site');
const plansBuild = await buildFrom(path.join(REPO_ROOT, 'tests/fixtures/plans/content'), plansOutput);
if (!plansBuild.ok) throw new Error(`The plans fixture does not build: ${plansBuild.problems.map((problem) => problem.message).join('; ')}`);
const plans: BuiltSite = { outputDir: plansOutput, model: plansBuild.model, view: buildView(plansBuild.model) };
const PLAN_URL = '/monitoring/begroting-diversiteit-2018/';

const templates = await onePagePerTemplate(site);
/** Templates whose markup or styles this work changed: axe checks them at both widths. */
const CHANGED = ['home', 'actor-list', 'initiative-list', 'event-list', 'actor', 'event', 'engagement', 'plan'];

let browser: Browser;
let server: StaticServer;
let plansServer: StaticServer;

before(async () => {
  server = await serveStatic(site.outputDir);
  plansServer = await serveStatic(plans.outputDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await plansServer?.close();
});

const META_REFRESH = /<meta\s+http-equiv="refresh"[^>]*>/i;

interface Visit {
  page: Page;
  context: BrowserContext;
}

/** Opens a page of the site (or of the plans site) at a width; a redirect page is served without its refresh so the page itself is measured. */
async function visit(url: string, width: number, options: { javaScript?: boolean; plan?: boolean; height?: number } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: options.height ?? 800 }, locale: 'nl-BE', reducedMotion: 'reduce', javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const origin = options.plan ? plansServer.origin : server.origin;
  const html = options.plan ? '' : await readPage(site, url).catch(() => '');
  if (META_REFRESH.test(html)) {
    await page.route(`${origin}${url}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace(META_REFRESH, '') }));
  }
  const address = url === '/zoeken/' ? `${url}?q=${encodeURIComponent(FIXTURE.searchable.word)}` : url;
  await page.goto(`${origin}${address}`);
  if (options.javaScript === false) await page.waitForLoadState('load');
  else await settle(page);
  return { page, context };
}

/** The page's width and, when it is too wide, the outermost elements that stick out. */
const MEASURE_WIDTH = `(() => {
  const limit = window.innerWidth;
  const sticking = [...document.body.querySelectorAll('*')].filter((element) => {
    const right = element.getBoundingClientRect().right;
    const parent = element.parentElement;
    return right > limit + 0.5 && (!parent || parent === document.body || parent.getBoundingClientRect().right <= limit + 0.5);
  });
  return {
    width: document.scrollingElement.scrollWidth,
    sticking: sticking.slice(0, 5).map((element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : '') + ' (' + Math.round(element.getBoundingClientRect().right) + ' px)'),
  };
})()`;

/** Every table wider than its place: whether its scrolling ancestor is a focusable, named region that really scrolls. */
const WIDE_TABLES = `(() => [...document.querySelectorAll('main table')]
  .filter((table) => table.getBoundingClientRect().width > document.querySelector('main').clientWidth + 0.5)
  .map((table) => {
    let box = table.parentElement;
    while (box && box !== document.body && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    const scroller = box && box !== document.body ? box : null;
    const named = !!scroller && (!!scroller.getAttribute('aria-label') || (scroller.getAttribute('aria-labelledby') || '').split(' ').some((id) => id && document.getElementById(id)?.textContent.trim()));
    const role = scroller ? scroller.getAttribute('role') || scroller.tagName.toLowerCase() : '';
    return {
      caption: table.querySelector('caption')?.textContent.trim() || table.className,
      scrolls: !!scroller && scroller.scrollWidth > scroller.clientWidth,
      fits: !!scroller && scroller.getBoundingClientRect().right <= window.innerWidth + 0.5,
      focusable: !!scroller && scroller.tabIndex === 0,
      named,
      region: ['region', 'group', 'section'].includes(role),
    };
  }))()`;

describe('at 320 CSS px (WCAG 1.4.10 Reflow)', () => {
  test('the fixtures give a page of every template, the action plan included', () => {
    const found = templates.map((page) => page.template);
    for (const template of ['home', 'initiative-list', 'initiative', 'actor-list', 'actor', 'ambassador-list', 'ambassador', 'event-list', 'event', 'engagement', 'engagement-list', 'monitoring', 'open-data', 'search', 'not-found', 'text-page']) {
      assert.ok(found.includes(template), `the site fixture has a "${template}" page (found: ${found.join(', ')})`);
    }
    assert.ok(plans.view.pages.some((page) => page.url === PLAN_URL && page.template === 'plan'), `${PLAN_URL} is a plan page`);
  });

  const pages = [...templates.map((page) => ({ template: page.template, url: page.url, plan: false })), { template: 'plan', url: PLAN_URL, plan: true }];
  for (const { template, url, plan } of pages) {
    test(`the "${template}" page ${url} needs no sideways scrolling, and any table too wide scrolls in its own labelled, focusable region`, async () => {
      const { page, context } = await visit(url, 320, { plan });
      try {
        const { width, sticking } = (await page.evaluate(MEASURE_WIDTH)) as { width: number; sticking: string[] };
        assert.ok(width <= 320, `${url} is ${width} px wide at 320 px; sticking out: ${sticking.join(', ')}`);
        const wide = (await page.evaluate(WIDE_TABLES)) as { caption: string; scrolls: boolean; fits: boolean; focusable: boolean; named: boolean; region: boolean }[];
        for (const table of wide) {
          assert.deepEqual(table, { ...table, scrolls: true, fits: true, focusable: true, named: true, region: true }, `the table "${table.caption}" on ${url}`);
        }
        if (plan) assert.ok(wide.length > 0, 'the plan has tables wider than the screen, each in its scrolling region');
      } finally {
        await context.close();
      }
    });
  }
});

describe('the header', () => {
  test('at 320 px without JavaScript, "Menu" opens and closes the menu by keyboard, and the open menu fits the screen', async () => {
    const { page, context } = await visit('/actoren/', 320, { javaScript: false });
    try {
      const summary = page.locator('header summary');
      const firstLink = page.locator('header nav a').first();
      assert.equal((await summary.innerText()).trim(), 'Menu');
      assert.equal(await firstLink.isVisible(), false, 'the menu starts closed');
      assert.ok(await page.locator('header input[type="search"]').isVisible(), 'the search field is shown beside the closed menu');
      for (let step = 0; step < 10 && !(await summary.evaluate((element) => element === element.ownerDocument.activeElement)); step++) await page.keyboard.press('Tab');
      assert.ok(await summary.evaluate((element) => element === element.ownerDocument.activeElement), 'Tab reaches "Menu"');
      assert.equal(await summary.evaluate((element) => element.parentElement?.hasAttribute('open')), false);

      await page.keyboard.press('Enter');
      assert.ok(await firstLink.isVisible(), 'Enter opens the menu');
      const links = await page.locator('header nav a').count();
      assert.ok(links >= 5, `the open menu shows every section (${links} links)`);
      const { width } = (await page.evaluate(MEASURE_WIDTH)) as { width: number };
      assert.ok(width <= 320, `the open menu keeps the page at 320 px (got ${width})`);
      await page.keyboard.press('Tab');
      assert.equal(await firstLink.evaluate((element) => element === element.ownerDocument.activeElement), true, 'the next Tab goes into the menu');

      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      assert.equal(await firstLink.isVisible(), false, 'Space on "Menu" closes it again');
    } finally {
      await context.close();
    }
  });

  test('at 375 px the banner and the header end within 200 px of the top of the page', async () => {
    const { page, context } = await visit('/actoren/', 375);
    try {
      const bottom = (await page.locator('header.site-header').evaluate((element) => element.getBoundingClientRect().bottom)) as number;
      assert.ok(await page.locator('.demo-banner').isVisible(), 'the fixture is a demo site: the banner is counted');
      assert.ok(bottom <= 200, `the header ends at ${bottom} px`);
    } finally {
      await context.close();
    }
  });

  test('at 1280 px the menu is shown without a "Menu" button, every link on one row', async () => {
    const { page, context } = await visit('/actoren/', 1280);
    try {
      assert.equal(await page.locator('header summary').isVisible(), false);
      const tops = (await page.locator('header nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)))) as number[];
      assert.ok(tops.length >= 5);
      assert.deepEqual([...new Set(tops)].length, 1, `the menu links sit on one row (tops ${tops.join(', ')})`);
    } finally {
      await context.close();
    }
  });
});

describe('list pages', () => {
  for (const url of ['/actoren/', '/initiatieven/', '/activiteiten/']) {
    test(`${url} puts its filters before the results, collapsed at 375 px and shown beside them at 1280 px`, async () => {
      const narrow = await visit(url, 375, { javaScript: false });
      try {
        const filters = narrow.page.locator('details.listing-side');
        assert.equal(await filters.count(), 1);
        const before = await filters.evaluate((element) => !!(element.compareDocumentPosition(element.ownerDocument.querySelector('.listing-main')!) & 4 /* DOCUMENT_POSITION_FOLLOWING */));
        assert.ok(before, 'the filters come first in the page');
        const filterTop = await filters.evaluate((element) => element.getBoundingClientRect().top);
        const resultsTop = await narrow.page.locator('.listing-main').evaluate((element) => element.getBoundingClientRect().top);
        assert.ok(filterTop < resultsTop, `the filters (${filterTop} px) are above the results (${resultsTop} px)`);
        assert.equal(await filters.locator('nav a').first().isVisible(), false, 'collapsed');
        await filters.locator('summary').click();
        assert.ok(await filters.locator('nav a').first().isVisible(), 'the summary opens them without JavaScript');
      } finally {
        await narrow.context.close();
      }
      const wide = await visit(url, 1280);
      try {
        assert.equal(await wide.page.locator('details.listing-side summary').isVisible(), false);
        assert.ok(await wide.page.locator('details.listing-side nav a').first().isVisible());
        const side = await wide.page.locator('details.listing-side').evaluate((element) => element.getBoundingClientRect().left);
        const main = await wide.page.locator('.listing-main').evaluate((element) => element.getBoundingClientRect().right);
        assert.ok(side > main, 'the filters are a column to the right of the results');
      } finally {
        await wide.context.close();
      }
    });
  }

  test('every actor card prints its region and highest step in the same place, an empty cell when the actor has none', async () => {
    const { page, context } = await visit('/actoren/', 1280);
    try {
      const cards = (await page.locator('.card-list .card').evaluateAll((articles) =>
        articles.map((article) => ({
          labels: [...article.querySelectorAll('dt')].map((dt) => dt.textContent?.trim()),
          lefts: [...article.querySelectorAll('.facts > div')].map((div) => Math.round(div.getBoundingClientRect().left - article.getBoundingClientRect().left)),
          region: article.querySelectorAll('dd')[1]?.textContent?.trim(),
        })),
      )) as { labels: string[]; lefts: number[]; region: string }[];
      assert.ok(cards.length >= 2);
      for (const card of cards) assert.deepEqual(card.labels, ['Sector', 'Regio', 'Hoogste stap']);
      assert.ok(cards.some((card) => card.region === ''), 'the fixture has an actor without a region: its cell stays, empty');
      for (const card of cards) assert.deepEqual(card.lefts, cards[0]!.lefts, '"Hoogste stap" stands in the same column on every card');
    } finally {
      await context.close();
    }
  });
});

describe('the home page', () => {
  for (const width of [700, 1280]) {
    test(`at ${width} px no featured card is left alone, narrower than the grid, on a row of its own`, async () => {
      const { page, context } = await visit('/', width);
      try {
        const cards = (await page.locator('.card-grid > *').evaluateAll((elements) =>
          elements.map((element) => ({ top: Math.round(element.getBoundingClientRect().top), width: element.getBoundingClientRect().width, grid: element.parentElement!.getBoundingClientRect().width })),
        )) as { top: number; width: number; grid: number }[];
        assert.ok(cards.length >= 2, 'the fixture features several initiatives');
        const rows = new Map<number, typeof cards>();
        for (const card of cards) rows.set(card.top, [...(rows.get(card.top) ?? []), card]);
        for (const row of rows.values()) {
          if (row.length === 1) assert.ok(row[0]!.width >= row[0]!.grid - 1, `a lone card on a row spans the grid (${row[0]!.width} of ${row[0]!.grid} px)`);
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('the engagement page', () => {
  test('at 320 px each snippet box shows its last line, and "Gekopieerd" appears right beside the button that copied', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'nl-BE', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/engagement/stad-testel/`);
      await settle(page);
      const cut = (await page.locator('textarea.snippet-code').evaluateAll((fields) =>
        fields.filter((field) => field.scrollHeight > field.clientHeight + 1).map((field) => `${field.id}: ${field.scrollHeight} > ${field.clientHeight}`),
      )) as string[];
      assert.deepEqual(cut, [], 'no snippet box hides lines');
      const button = page.getByRole('button', { name: /^Kopieer\W*Markdown$/ });
      await button.click();
      const status = page.locator('.copy-status', { hasText: 'Gekopieerd' });
      await status.waitFor();
      assert.equal(await status.count(), 1, 'one confirmation');
      const buttonBox = (await button.boundingBox())!;
      const statusBox = (await status.boundingBox())!;
      const distance = Math.max(0, statusBox.y - (buttonBox.y + buttonBox.height), buttonBox.y - (statusBox.y + statusBox.height));
      assert.ok(distance <= 16, `the confirmation is ${distance} px from its button`);
    } finally {
      await context.close();
    }
  });
});

describe('the action plan in print', () => {
  test('keeps every column of every table on a landscape A4 page', async () => {
    // A4 landscape less the 10 mm margins of print.css: 277 mm = 1047 CSS px.
    const { page, context } = await visit(PLAN_URL, 1047, { plan: true });
    try {
      await page.emulateMedia({ media: 'print' });
      const cut = (await page.evaluate(`[...document.querySelectorAll('table')].filter((table) => table.getBoundingClientRect().right > 1047.5).map((table) => table.querySelector('caption')?.textContent.trim())`)) as string[];
      assert.deepEqual(cut, [], 'tables wider than the paper');
      const columns = (await page.locator('table.plan-actions').first().locator('thead th').count()) as number;
      assert.ok(columns >= 6, `the action table prints all its ${columns} columns`);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      assert.ok(box && Number(box[1]) > Number(box[2]), `the plan prints in landscape (MediaBox ${box?.[1]} × ${box?.[2]})`);
    } finally {
      await context.close();
    }
  });
});

describe('axe on the changed templates', () => {
  const changed = [...templates.filter((page) => CHANGED.includes(page.template)).map((page) => ({ ...page, plan: false })), { template: 'plan', url: PLAN_URL, plan: true }];
  for (const { template, url, plan } of changed) {
    for (const width of [320, 1280]) {
      test(`the "${template}" page ${url} has no WCAG 2.2 AA violations at ${width} px${width === 320 ? ', with its menu open' : ''}`, async () => {
        const { page, context } = await visit(url, width, { plan });
        try {
          if (width === 320) await page.locator('header summary').click();
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          assert.ok(results.passes.length > 0);
          const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          assert.deepEqual(found, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
