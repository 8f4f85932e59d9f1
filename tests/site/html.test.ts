import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { FIXTURE, fixtureSite, readPage, type BuiltSite } from './support/fixture-site.ts';
import { decodeEntities, idsOf, listFiles, referencedUrls, startTags } from './support/html-scan.ts';
import { parseRedirectsFile } from './support/static-server.ts';

// The recommended preset as it is, with no rule turned off: the site's HTML is ours, so it can meet it.
const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });

let site: BuiltSite;
let files: string[];
let htmlFiles: string[];

before(async () => {
  site = await fixtureSite();
  files = await listFiles(site.outputDir);
  htmlFiles = files.filter((file) => file.endsWith('.html'));
});

/** Fails with the list, one per line, when it is not empty (a diff of long arrays hides the point). */
function assertNone(found: string[], what: string): void {
  const unique = [...new Set(found)];
  if (unique.length) assert.fail(`${unique.length} ${what}:\n${unique.join('\n')}`);
}

/** The URL path a file of the output is served at (`a/index.html` → `/a/`). */
function urlPathOf(file: string): string {
  const relative = path.relative(site.outputDir, file).split(path.sep).join('/');
  return `/${relative}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The output file a URL path resolves to, as a static host resolves it, or undefined. */
function resolveFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.join(site.outputDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!candidate.startsWith(site.outputDir + path.sep)) return undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

const idCache = new Map<string, Promise<Set<string>>>();
const idsIn = (file: string) => {
  if (!idCache.has(file)) idCache.set(file, readFile(file, 'utf8').then(idsOf));
  return idCache.get(file)!;
};

/** The text of an output file; gzip-compressed files (Pagefind's index) are decompressed first. */
async function textOf(file: string): Promise<string> {
  let bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  let text = bytes.toString('utf8');
  // iCalendar folds long lines at 75 octets ("\r\n "): unfold, or a name could hide across a fold.
  if (file.endsWith('.ics')) text = text.replace(/\r?\n[ \t]/g, '');
  return text;
}

describe('the built site as files', () => {
  test('html-validate reports no errors in any HTML file', async () => {
    assert.ok(htmlFiles.length >= 5, `the fixture site has HTML pages (found ${htmlFiles.length})`);
    const errors: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(await readFile(file, 'utf8'), path.relative(site.outputDir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) errors.push(`${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    assertNone(errors, 'html-validate errors');
  });

  test('every internal link, image and script reference in every HTML file resolves to a file of the output', async () => {
    const origin = new URL(site.model.site.url).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      const page = urlPathOf(file);
      for (const { tag, attribute, url } of referencedUrls(html)) {
        if (/^javascript:/i.test(url)) {
          broken.push(`${page}: <${tag.name} ${attribute}="${url}"> is a javascript: URL`);
          continue;
        }
        const resolved = new URL(url, `${origin}${page}`);
        if (resolved.origin !== origin) continue; // another site, mailto:, tel:
        checked++;
        const target = resolveFile(resolved.pathname);
        if (!target) {
          broken.push(`${page}: <${tag.name} ${attribute}="${url}"> → ${resolved.pathname} does not exist in the output`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && target.endsWith('.html') && !(await idsIn(target)).has(fragment)) {
          broken.push(`${page}: <${tag.name} ${attribute}="${url}"> → no element with id "${fragment}" in ${resolved.pathname}`);
        }
      }
    }
    assert.ok(checked > htmlFiles.length, `internal references were found and checked (${checked})`);
    assertNone(broken, 'broken references');
  });

  test("every absolute URL on the site's own address (canonical, Open Graph, sitemap, feeds, calendars) resolves to a file", async () => {
    const base = site.model.site.url.replace(/\/$/, '');
    const pattern = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>)\\]]*)?`, 'g');
    const broken: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => /\.(html|xml|ics|txt|json)$/.test(f) && !f.includes(`${path.sep}pagefind${path.sep}`))) {
      // Decoded, so an embed snippet shown as text (&quot;https://…&quot;) ends at its quote.
      const text = decodeEntities(await textOf(file));
      for (const match of text.matchAll(pattern)) {
        const urlPath = new URL(match[1] ?? '/', `${base}/`).pathname;
        checked++;
        if (!resolveFile(urlPath)) broken.push(`${path.relative(site.outputDir, file)}: ${match[0]} does not exist in the output`);
      }
    }
    assert.ok(checked >= htmlFiles.length, `every page names its own canonical address (${checked} absolute URLs checked)`);
    assertNone(broken, 'absolute URLs that point nowhere');
  });

  test('every redirect in _redirects leads to a page that exists', async () => {
    const redirectsFile = path.join(site.outputDir, '_redirects');
    assert.ok(existsSync(redirectsFile), '_redirects is written into the output');
    const rules = parseRedirectsFile(await readFile(redirectsFile, 'utf8'));
    assert.ok(
      rules.some((rule) => rule.from === '/actoren/gemeente-testel/'),
      `the actor alias gemeente-testel redirects (rules: ${rules.map((r) => `${r.from} → ${r.to}`).join(', ')})`,
    );
    const broken = rules
      .filter((rule) => rule.to.startsWith('/') && !resolveFile(new URL(rule.to, 'http://x').pathname))
      .map((rule) => `${rule.from} → ${rule.to} does not exist`);
    // Hosts without _redirects serve the old address as a page of its own, which must lead on too.
    for (const rule of rules) {
      const page = resolveFile(rule.from);
      if (page?.endsWith('.html') && !referencedUrls(await readFile(page, 'utf8')).some(({ url }) => url === rule.to || url.endsWith(rule.to))) {
        broken.push(`${rule.from}: the page at the old address does not link to ${rule.to}`);
      }
    }
    assertNone(broken, 'old addresses that lead nowhere');
  });
});

describe('privacy in the built site', () => {
  test("no file in the output, search index included, contains the non-public actor's name, slug, website, logo or text", async () => {
    const leaks: string[] = [];
    let searchFragments = 0;
    let fragmentsMentioningSearchable = 0;
    for (const file of files) {
      const relative = path.relative(site.outputDir, file);
      const text = (await textOf(file)).toLowerCase();
      if (relative.endsWith('.pf_fragment')) {
        searchFragments++;
        if (text.includes(FIXTURE.searchable.word.toLowerCase())) fragmentsMentioningSearchable++;
      }
      for (const needle of FIXTURE.hidden.needles) {
        if (text.includes(needle.toLowerCase())) leaks.push(`${relative} contains "${needle}"`);
        if (relative.toLowerCase().includes(needle.toLowerCase())) leaks.push(`the file name ${relative} contains "${needle}"`);
      }
    }
    // The scan must see every kind of file the site publishes, or it would prove nothing.
    for (const kind of ['.html', '.xml', '.ics', '.json', '.csv', '.txt', '_headers', '_redirects', '.pf_fragment', '.pf_index', '.pf_meta']) {
      assert.ok(files.some((file) => file.endsWith(kind)), `the output has ${kind} files to scan`);
    }
    assert.ok(searchFragments > 0, 'the Pagefind index has fragments to scan');
    assert.ok(fragmentsMentioningSearchable > 0, `the decompressed fragments are readable (one mentions "${FIXTURE.searchable.word}")`);
    assertNone(leaks, 'traces of the non-public actor');
  });

  test('public pages the non-public actor took part in count it without naming or linking it', async () => {
    const pages = {
      [`/initiatieven/${FIXTURE.searchable.slug}/`]: 'the initiative it runs with Stad Testel',
      '/activiteiten/workshop-2025-01-20/': 'the workshop it attended',
    };
    for (const [url, what] of Object.entries(pages)) {
      const html = await readPage(site, url);
      assert.match(html, /1 andere organisatie\b/i, `${what} (${url}) says one other organisation took part`);
      const actorLinks = startTags(html)
        .filter((tag) => tag.name === 'a' && tag.attributes.get('href')?.startsWith('/actoren/'))
        .map((tag) => tag.attributes.get('href'));
      assert.ok(actorLinks.includes('/actoren/stad-testel/'), `${url} links the public actor`);
      assert.ok(!actorLinks.some((href) => href?.includes(FIXTURE.hidden.slug)), `${url} does not link the non-public actor`);
    }
  });
});
