import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Dialog, Page } from 'playwright';
import { launchChromium, watchForProblems } from './support/browser.ts';
import { FIXTURE, fixtureSite, readPage, type BuiltSite } from './support/fixture-site.ts';
import { decodeEntities, listFiles, startTags, type Tag } from './support/html-scan.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const PAGE = `/initiatieven/${FIXTURE.injection.slug}/`;

/** What the fixture's body and summary try to smuggle in; each must come out as visible text. */
const LITERALS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[klik](javascript:alert(1))', '{{ 7 | plus: 1 }}', '{% raw %}{{ site }}{% endraw %}', '<a href="javascript:alert(5)" onclick="alert(6)">ruwe link</a>'];

/** Tags that would run code: inline scripts, event handler attributes, javascript: URLs. */
function dangerousTags(tags: Tag[]): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    const type = tag.attributes.get('type');
    if (tag.name === 'script' && !tag.attributes.has('src') && !(type && /json/i.test(type))) found.push(`inline script: ${tag.source}`);
    for (const [name, value] of tag.attributes) {
      if (name.startsWith('on')) found.push(`event handler ${name}: ${tag.source}`);
      const isUrl = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name);
      if (isUrl && /^\s*(javascript|vbscript):/i.test(value)) found.push(`${name}=${value}: ${tag.source}`);
      // data: URLs can carry a document or a script; only images and icons may use them.
      if (isUrl && /^\s*data:/i.test(value) && !(tag.name === 'img' || (tag.name === 'link' && /\bicon\b/.test(tag.attributes.get('rel') ?? '')))) {
        found.push(`${name}=${value}: ${tag.source}`);
      }
    }
  }
  return found;
}

let site: BuiltSite;
let html: string;

before(async () => {
  site = await fixtureSite();
  html = await readPage(site, PAGE);
});

describe('content cannot inject markup: the built files', () => {
  test("the injection initiative's page holds no <script>alert, no onerror attribute and no javascript: link", () => {
    assert.doesNotMatch(html, /<script>\s*alert/i, 'no script element from the body');
    const tags = startTags(html);
    assert.ok(!tags.some((tag) => tag.attributes.has('onerror')), 'no element has an onerror attribute');
    assert.ok(!tags.some((tag) => tag.name === 'img' && tag.attributes.get('src') === 'x'), 'no <img src=x> element');
    assert.doesNotMatch(html, /href\s*=\s*["']?\s*javascript:/i, 'no href="javascript:…"');
    assert.deepEqual(dangerousTags(tags), [], 'no inline script, event handler or script URL anywhere on the page');
  });

  test('the page shows every attempt literally, as escaped text, and renders no template syntax', () => {
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag is printed as text');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the img tag is printed as text');
    assert.ok(html.includes('{{ 7 | plus: 1 }}'), 'the Liquid/Nunjucks expression is printed as written');
    assert.ok(html.includes('{% raw %}{{ site }}{% endraw %}'), 'the raw block is printed as written');
    assert.ok(html.includes('[klik](javascript:alert(1))'), 'markdown refuses the javascript: link and leaves it as text');
  });

  test('no HTML page of the site holds an inline script, an event handler attribute or a script URL', async () => {
    const files = (await listFiles(site.outputDir)).filter((file) => file.endsWith('.html'));
    const found: string[] = [];
    for (const file of files) {
      for (const problem of dangerousTags(startTags(await readFile(file, 'utf8')))) found.push(`${path.relative(site.outputDir, file)}: ${problem}`);
    }
    assert.deepEqual(found, []);
  });

  test('feeds carry the summary as text: a feed reader decoding their HTML finds no tags from content', async () => {
    const feeds = (await listFiles(site.outputDir)).filter((file) => file.endsWith('.xml') && (file.includes('feed') || file.includes('atom')));
    assert.ok(feeds.length > 0, 'the site has Atom feeds');
    const found: string[] = [];
    let mentions = 0;
    for (const file of feeds) {
      const xml = await readFile(file, 'utf8');
      // An element with type="html" holds escaped HTML that readers decode and render.
      for (const match of xml.matchAll(/<([a-z]+)\b[^>]*\btype="(?:html|xhtml)"[^>]*>([\s\S]*?)<\/\1>/g)) {
        const rendered = decodeEntities(match[2] ?? '');
        if (rendered.includes('alert(')) mentions++;
        for (const problem of dangerousTags(startTags(rendered))) found.push(`${path.relative(site.outputDir, file)}: ${problem}`);
        if (/<script/i.test(rendered)) found.push(`${path.relative(site.outputDir, file)}: <script in HTML content`);
      }
      // Elements of type text (the default) are never parsed as HTML; only a raw tag could inject.
      if (/<script/i.test(xml)) found.push(`${path.relative(site.outputDir, file)}: raw <script in the XML`);
      if (xml.includes('Vuurvaste')) mentions++;
    }
    assert.ok(mentions > 0, 'the injection initiative is in a feed, so the check saw it');
    assert.deepEqual(found, []);
  });
});

describe('content cannot inject markup: in the browser', () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    server = await serveStatic(site.outputDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const watch = await watchForProblems(page);
    await page.goto(`${server.origin}${url}`);
    await page.waitForLoadState('networkidle');
    return { page, dialogs, problems: watch.problems };
  }

  test("opening the injection initiative's page opens no dialog and shows every attempt as text", async () => {
    const { page, dialogs, problems } = await open(PAGE);
    try {
      // The typographer turns "…" into curly quotes; compare with straight ones.
      const text = (await page.locator('main').innerText()).replace(/[“”„‟]/g, '"');
      for (const literal of LITERALS) assert.ok(text.includes(literal), `the page shows ${literal} as text`);
      assert.equal(await page.locator('main p', { hasText: /^\s*8\s*$/ }).count(), 0, '{{ 7 | plus: 1 }} was not computed to 8');
      assert.equal(await page.locator('img[src="x"], [onerror], [onclick], a[href^="javascript:" i]').count(), 0, 'no injected element in the DOM');
      // Clicking what looks like a link in the body must do nothing either.
      const links = page.locator('main a', { hasText: /klik|tweede|ruwe link/ });
      for (let i = 0; i < (await links.count()); i++) await links.nth(i).click({ noWaitAfter: true }).catch(() => undefined);
      await page.waitForTimeout(200);
      assert.deepEqual(dialogs, [], 'no alert, confirm or prompt opened');
      assert.deepEqual(problems, [], 'no console error or CSP violation');
    } finally {
      await page.close();
    }
  });

  test('the summary with markup shows as text in the listing of initiatives, without a dialog', async () => {
    const { page, dialogs } = await open('/initiatieven/');
    try {
      const text = await page.locator('main').innerText();
      assert.ok(text.includes('<img src=x onerror=alert(2)>'), 'the summary is shown as written');
      assert.equal(await page.locator('img[src="x"], [onerror]').count(), 0);
      assert.deepEqual(dialogs, []);
    } finally {
      await page.close();
    }
  });

  test('searching for the injection initiative shows its summary as text, without a dialog', async () => {
    const { page, dialogs, problems } = await open(`/zoeken/?q=${encodeURIComponent('Vuurvaste')}`);
    try {
      const result = page.locator('main [data-search-results] li, main .search-results li').filter({ hasText: FIXTURE.injection.title });
      await result.first().waitFor({ timeout: 10_000 });
      const text = await result.first().innerText();
      assert.ok(text.includes('alert(2)'), `the result shows the summary as text (got: ${text})`);
      assert.equal(await page.locator('img[src="x"], [onerror]').count(), 0, 'no element injected by the result');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(problems, [], 'no console error or CSP violation');
    } finally {
      await page.close();
    }
  });
});
