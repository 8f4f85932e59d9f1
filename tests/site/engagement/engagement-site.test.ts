import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { serializeLock } from '../../../src/site/url-lock.ts';
import { fileForUrl } from '../support/fixture-site.ts';
import { listFiles, startTags } from '../support/html-scan.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildBadges, fixtureCopy, pngSize, readUrl, SITE_URL, snippetsOf, urlsOfSnippet, type BadgeBuild } from './support.ts';

const PUBLIC_SLUGS = ['cafe-de-kroon', 'jeugdhuis-de-tent', 'muziekhuis-de-toon', 'stad-testel'];
const HIDDEN = { slug: 'geheime-kring-nachtegaal', name: 'Geheime Kring Nachtegaal' };
const HOSTILE_NAME = `Café "De <Kroon>" & Zoon's <script>alert(1)</script>`;
const FILES = ['badge.svg', 'badge-donker.svg', 'badge.png', 'badge-donker.png', 'index.json', 'shields.json'];

/** The `width` and `height` of an SVG badge's root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = startTags(svg).find((tag) => tag.name === 'svg');
  return { width: Number(root?.attributes.get('width')), height: Number(root?.attributes.get('height')) };
}

/** The visible text of a badge SVG. */
/** The badge's two lines (level, then programme and year) joined by a space, as its aria-label says them. */
function badgeTextOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].slice(0, 2).map((match) => match[1]).join(' ');
}

/** The text of an HTML page without tags, with entities decoded and whitespace collapsed. */
function plainText(html: string): string {
  return html
    .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[name] ?? '')
    .replace(/\s+/g, ' ');
}

describe('the engagement pages of the badge fixture, as of 2018-10-01', () => {
  let build: BadgeBuild;
  let server: StaticServer;
  before(async () => {
    build = await buildBadges();
    assert.ok(build.result.ok, build.result.ok ? '' : JSON.stringify(build.result.problems, null, 2));
    server = await serveStatic(build.outputDir);
  });
  after(async () => {
    await server?.close();
  });

  test('every public actor has a page, a light and a dark badge in SVG and PNG, an index.json and a shields.json', () => {
    for (const slug of PUBLIC_SLUGS) {
      for (const url of [`/engagement/${slug}/`, ...FILES.map((file) => `/engagement/${slug}/${file}`)]) {
        assert.ok(existsSync(fileForUrl(build.outputDir, url)), url);
      }
    }
  });

  test('the actor without consent gets no page or badge, and its name is in no engagement file and not in the lock', async () => {
    assert.equal(existsSync(path.join(build.outputDir, 'engagement', HIDDEN.slug)), false);
    for (const file of await listFiles(path.join(build.outputDir, 'engagement'))) {
      const text = (await readFile(file)).toString('latin1');
      assert.ok(!text.includes(HIDDEN.name) && !text.includes(HIDDEN.slug), file);
    }
    const lock = await readFile(build.lockFile, 'utf8');
    assert.ok(!lock.includes(HIDDEN.slug));
  });

  test('every badge SVG is valid XML with role="img", an aria-label, a title and the status text, and no script or external reference', async () => {
    for (const file of (await listFiles(path.join(build.outputDir, 'engagement'))).filter((name) => name.endsWith('.svg'))) {
      const svg = await readFile(file, 'utf8');
      assert.equal(XMLValidator.validate(svg), true, file);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-label="[^"]+"/, file);
      assert.match(svg, /<title>[^<]+<\/title>/, file);
      assert.match(badgeTextOf(svg), /Testpact (sinds \d{4}|\d{4}(–\d{4})?)$/, file);
      assert.doesNotMatch(svg, /<script|href|<image|<use|<foreignObject|<style|url\(|@import|\son\w+=/i, file);
      assert.equal((svg.match(/https?:\/\//g) ?? []).length, 1, `${file}: only the SVG namespace is a URL`);
    }
    const signed = await readUrl(build.outputDir, '/engagement/stad-testel/badge.svg');
    assert.equal(badgeTextOf(signed), 'Ondertekenaar Testpact sinds 2018');
    assert.match(signed, /aria-label="Stad Testel: Ondertekenaar Testpact sinds 2018"/);
  });

  test('every badge PNG is drawn at twice the size of its SVG, for high-density screens', async () => {
    for (const slug of PUBLIC_SLUGS) {
      for (const variant of ['badge', 'badge-donker']) {
        const svg = await readUrl(build.outputDir, `/engagement/${slug}/${variant}.svg`);
        const png = await readFile(fileForUrl(build.outputDir, `/engagement/${slug}/${variant}.png`));
        const size = svgSize(svg);
        assert.deepEqual(pngSize(png), { width: 2 * size.width, height: 2 * size.height }, `${slug} ${variant}`);
      }
    }
  });

  test('every badge of the site has one size, whatever its status, so embeds keep their width and height', async () => {
    const sizes = new Set<string>();
    for (const slug of PUBLIC_SLUGS) sizes.add(JSON.stringify(svgSize(await readUrl(build.outputDir, `/engagement/${slug}/badge.svg`))));
    assert.equal(sizes.size, 1, [...sizes].join(' '));
  });

  test('an engagement page shows name, logo, status with date, commitments, steps with dates, initiatives and who keeps it as of when', async () => {
    const html = await readUrl(build.outputDir, '/engagement/stad-testel/');
    const text = plainText(html);
    assert.match(html, /<h1>Stad Testel<\/h1>/);
    assert.match(html, /<img class="logo" src="\/media\/testel-logo\.svg\.png" alt="Logo van Stad Testel">/);
    assert.match(html, /<time datetime="2018-05-15">Ondertekenaar sinds 15 mei 2018<\/time>/);
    assert.ok(text.includes('Discriminatie bij aanwervingen door de stad tegengaan.'), 'the commitments');
    assert.match(html, /<time datetime="2018-02-01">1 februari 2018<\/time>/);
    assert.match(html, /<a href="\/initiatieven\/testel-zonder-drempels\/">Testel zonder drempels<\/a>/);
    assert.ok(text.includes('Deze pagina wordt bijgehouden door vzw Testpact; stand van zaken op 1 oktober 2018.'), 'the kept-by line');
    assert.match(html, /<script src="\/assets\/copy\.js" defer><\/script>/);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, 'no inline style or event handler');
  });

  test('a participant without declaration is a deelnemer since its first step', async () => {
    const html = await readUrl(build.outputDir, '/engagement/jeugdhuis-de-tent/');
    assert.match(html, /<time datetime="2017-11-20">Deelnemer sinds 20 november 2017<\/time>/);
    assert.equal(badgeTextOf(await readUrl(build.outputDir, '/engagement/jeugdhuis-de-tent/badge.svg')), 'Deelnemer Testpact sinds 2017');
  });

  test('index.json carries the same facts, machine-readable, with absolute URLs', async () => {
    const json = JSON.parse(await readUrl(build.outputDir, '/engagement/stad-testel/index.json')) as Record<string, any>;
    assert.equal(json.name, 'Stad Testel');
    assert.equal(json.url, `${SITE_URL}/engagement/stad-testel/`);
    assert.equal(json.asOf, '2018-10-01');
    assert.equal(json.publisher, 'vzw Testpact');
    assert.deepEqual(json.status, {
      level: 'ondertekenaar',
      standing: 'active',
      text: 'Ondertekenaar sinds 15 mei 2018',
      badgeText: 'Ondertekenaar Testpact sinds 2018',
      ended: false,
      since: '2018-05-15',
      endedOn: null,
      dueBy: null,
      due: null,
    });
    assert.equal(json.declaration.signed, '2018-05-15');
    assert.equal(json.declaration.withdrawn, null, 'the withdrawal of 2020 has not happened on 2018-10-01');
    assert.equal(json.declaration.commitments.length, 2);
    assert.deepEqual([json.declaration.renewals, json.declaration.reports], [[], []], 'the fixture has no renewal rules and records none');
    assert.deepEqual(json.ambassadorships, [], 'the ambassadorship of 2019 has not started');
    assert.deepEqual(json.steps.map((step: { step: string }) => step.step), ['contact', 'declaration', 'action-outside-call'], 'the initiative counts as an action outside a call');
    assert.deepEqual(json.initiatives, [{ title: 'Testel zonder drempels', url: `${SITE_URL}/initiatieven/testel-zonder-drempels/` }]);
    const size = svgSize(await readUrl(build.outputDir, '/engagement/stad-testel/badge.svg'));
    assert.deepEqual(json.badge, { ...size, svg: `${SITE_URL}/engagement/stad-testel/badge.svg`, svgDark: `${SITE_URL}/engagement/stad-testel/badge-donker.svg`, png: `${SITE_URL}/engagement/stad-testel/badge.png`, pngDark: `${SITE_URL}/engagement/stad-testel/badge-donker.png` });
  });

  test('an actor name with <, & and quotes stays escaped on the page, in the badges and the snippets, and intact in the JSON', async () => {
    const base = '/engagement/cafe-de-kroon/';
    const html = await readUrl(build.outputDir, base);
    assert.ok(!html.includes('<script>alert(1)'), 'no script from the name');
    assert.ok(!html.includes('<Kroon>'), 'no tag from the name');
    assert.ok(plainText(html).includes(HOSTILE_NAME), 'the name reads as written');
    for (const file of ['badge.svg', 'badge-donker.svg']) {
      const svg = await readUrl(build.outputDir, `${base}${file}`);
      assert.equal(XMLValidator.validate(svg), true);
      assert.ok(!svg.includes('<script') && !svg.includes('<Kroon>'));
      assert.ok(svg.includes('Café &quot;De &lt;Kroon&gt;&quot; &amp; Zoon&apos;s &lt;script&gt;alert(1)&lt;/script&gt;'), file);
    }
    assert.equal((JSON.parse(await readUrl(build.outputDir, `${base}index.json`)) as { name: string }).name, HOSTILE_NAME);
    const html5 = snippetsOf(html).get('code-html') ?? '';
    assert.ok(html5.includes('alt="Badge Testpact: actuele status van Café &quot;De &lt;Kroon&gt;&quot; &amp; Zoon\'s &lt;script&gt;alert(1)&lt;/script&gt;"'), html5);
    const markdown = snippetsOf(html).get('code-markdown') ?? '';
    assert.ok(markdown.startsWith('[![Badge Testpact: actuele status van Café "De \\<Kroon\\>" \\& Zoon\'s \\<script\\>alert(1)\\</script\\>]('), markdown);
  });

  test('the embed snippets use absolute URLs on the site that resolve in the built site, with alt, width and height', async () => {
    const html = await readUrl(build.outputDir, '/engagement/stad-testel/');
    const snippets = snippetsOf(html);
    assert.deepEqual([...snippets.keys()], ['code-html', 'code-html-donker', 'code-html-png', 'code-markdown', 'code-shields']);
    const size = svgSize(await readUrl(build.outputDir, '/engagement/stad-testel/badge.svg'));
    for (const [id, snippet] of [...snippets].filter(([id]) => id !== 'code-shields')) {
      const urls = urlsOfSnippet(snippet);
      assert.ok(urls.length >= 2, `${id}: ${snippet}`);
      for (const url of urls) {
        assert.ok(url.startsWith(`${SITE_URL}/engagement/stad-testel/`), `${id}: ${url} is absolute on the site`);
        const local = new URL(url).pathname;
        assert.ok(existsSync(fileForUrl(build.outputDir, local)), `${id}: ${url} exists in the built site`);
        const response = await fetch(`${server.origin}${local}`);
        assert.equal(response.status, 200, `${id}: ${local}`);
      }
      if (id.startsWith('code-html')) {
        const img = startTags(snippet).find((tag) => tag.name === 'img');
        assert.equal(img?.attributes.get('alt'), 'Badge Testpact: actuele status van Stad Testel', id);
        assert.equal(img?.attributes.get('width'), String(size.width), id);
        assert.equal(img?.attributes.get('height'), String(size.height), id);
      }
    }
    assert.equal(snippets.get('code-markdown'), `[![Badge Testpact: actuele status van Stad Testel](${SITE_URL}/engagement/stad-testel/badge.svg)](${SITE_URL}/engagement/stad-testel/)`);
    assert.equal(
      snippets.get('code-shields'),
      `[![Badge Testpact: actuele status van Stad Testel](https://img.shields.io/endpoint?url=${encodeURIComponent(`${SITE_URL}/engagement/stad-testel/shields.json`)})](${SITE_URL}/engagement/stad-testel/)`,
    );
  });

  test('shields.json gives a badge service the same wording and level colour as the badge, and grey once the level ended', async () => {
    assert.deepEqual(JSON.parse(await readUrl(build.outputDir, '/engagement/stad-testel/shields.json')), {
      schemaVersion: 1,
      label: 'Testpact',
      message: 'Ondertekenaar sinds 2018',
      color: '0b5c6b',
    });
    const ended = await buildBadges({ asOf: '2020-06-01' });
    assert.ok(ended.result.ok);
    assert.deepEqual(JSON.parse(await readUrl(ended.outputDir, '/engagement/stad-testel/shields.json')), {
      schemaVersion: 1,
      label: 'Testpact',
      message: 'Verklaring ingetrokken 2018–2020',
      color: '6b6b6b',
    });
  });

  test('the page links the signed credential with one sentence, and the shields.json', async () => {
    const text = plainText(await readUrl(build.outputDir, '/engagement/stad-testel/'));
    assert.ok(text.includes('Digitaal ondertekende badge (Open Badges 3.0) . Dezelfde status als digitaal ondertekende badge volgens de open standaard Open Badges 3.0'), text);
    assert.ok(text.includes('Status voor badgediensten (shields.io-formaat)'), text);
    const tags = startTags(await readUrl(build.outputDir, '/engagement/stad-testel/'));
    const hrefs = tags.filter((tag) => tag.name === 'a').map((tag) => tag.attributes.get('href'));
    assert.ok(hrefs.includes('/engagement/stad-testel/open-badge.json') && hrefs.includes('/engagement/stad-testel/shields.json'));
  });

  test('the snippets are in read-only text fields with labels, and the copy buttons stay hidden without JavaScript', async () => {
    const html = await readUrl(build.outputDir, '/engagement/stad-testel/');
    const tags = startTags(html);
    const fields = tags.filter((tag) => tag.name === 'textarea');
    assert.equal(fields.length, 5);
    for (const field of fields) {
      assert.ok(field.attributes.has('readonly'));
      assert.ok(tags.some((tag) => tag.name === 'label' && tag.attributes.get('for') === field.attributes.get('id')));
    }
    const buttons = tags.filter((tag) => tag.name === 'button' && tag.attributes.has('data-copy'));
    assert.equal(buttons.length, 5);
    assert.ok(buttons.every((button) => button.attributes.has('hidden')));
  });

  test('/engagement/ lists signatories and ambassadors with counts, and counts the actor without consent without naming it', async () => {
    const html = await readUrl(build.outputDir, '/engagement/');
    const text = plainText(html);
    assert.ok(text.includes('Ambassadeurs (0 organisaties)'), text);
    assert.ok(text.includes('Ondertekenaars van de engagementsverklaring (3 organisaties)'), text);
    assert.match(html, /<a href="\/engagement\/stad-testel\/">Stad Testel<\/a>/);
    assert.match(html, /<a href="\/engagement\/muziekhuis-de-toon\/">Muziekhuis De Toon<\/a>/);
    assert.ok(text.includes('En 1 organisatie die niet bij naam genoemd wil worden.'), text);
    assert.ok(!html.includes(HIDDEN.name));
  });

  test('the actor page links to its engagement page', async () => {
    assert.match(await readUrl(build.outputDir, '/actoren/stad-testel/'), /<a href="\/engagement\/stad-testel\/">/);
  });

  test('the lock holds every badge URL and actor page of every public actor and of every alias, and the initiative page, sorted, and nothing else', async () => {
    const lock = JSON.parse(await readFile(build.lockFile, 'utf8')) as string[];
    const slugs = [...PUBLIC_SLUGS, 'muziekhuis-toon'];
    // Every public actor holds a badge level, so each has its signed credential too.
    const badges = slugs.flatMap((slug) => [`/engagement/${slug}/`, ...[...FILES, 'open-badge.json'].map((file) => `/engagement/${slug}/${file}`)]);
    const credentials = ['/engagement/intrekkingen.json', '/engagement/opschortingen.json', '/engagement/uitgever.json'];
    // The ambassadorship starts after the as-of date (2019-03-01), so its page is not published yet.
    const expected = [...badges, ...credentials, ...slugs.map((slug) => `/actoren/${slug}/`), '/initiatieven/testel-zonder-drempels/'];
    assert.deepEqual(lock, [...expected].sort((a, b) => (a < b ? -1 : 1)));
    assert.equal(await readFile(build.lockFile, 'utf8'), serializeLock(expected));
  });

  test('building the same content again leaves the lock file untouched', async () => {
    const before = await stat(build.lockFile);
    const again = await buildBadges({ outputDir: path.join(path.dirname(build.lockFile), '_site2'), lockFile: build.lockFile });
    assert.ok(again.result.ok);
    const after = await stat(build.lockFile);
    assert.equal(after.mtimeMs, before.mtimeMs, 'not rewritten');
  });

  test("a renamed actor's old page is a redirect page with a canonical link to the new one", async () => {
    const html = await readUrl(build.outputDir, '/engagement/muziekhuis-toon/');
    assert.match(html, /<link rel="canonical" href="https:\/\/testpact\.example\.be\/engagement\/muziekhuis-de-toon\/">/);
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/engagement\/muziekhuis-de-toon\/">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
  });

  test("a renamed actor's old badge files are copies of the current ones, so an <img> needs no redirect", async () => {
    for (const file of FILES) {
      const old = await readFile(fileForUrl(build.outputDir, `/engagement/muziekhuis-toon/${file}`));
      const current = await readFile(fileForUrl(build.outputDir, `/engagement/muziekhuis-de-toon/${file}`));
      assert.ok(old.equals(current), file);
    }
  });

  test("_redirects sends a renamed actor's old page and every old badge file to the new address", async () => {
    const lines = (await readUrl(build.outputDir, '/_redirects')).split('\n').filter((line) => line.startsWith('/engagement/'));
    assert.deepEqual(lines, [
      '/engagement/muziekhuis-toon/ /engagement/muziekhuis-de-toon/ 301',
      '/engagement/muziekhuis-toon/badge-donker.png /engagement/muziekhuis-de-toon/badge-donker.png 301',
      '/engagement/muziekhuis-toon/badge-donker.svg /engagement/muziekhuis-de-toon/badge-donker.svg 301',
      '/engagement/muziekhuis-toon/badge.png /engagement/muziekhuis-de-toon/badge.png 301',
      '/engagement/muziekhuis-toon/badge.svg /engagement/muziekhuis-de-toon/badge.svg 301',
      '/engagement/muziekhuis-toon/index.json /engagement/muziekhuis-de-toon/index.json 301',
      '/engagement/muziekhuis-toon/open-badge.json /engagement/muziekhuis-de-toon/open-badge.json 301',
      '/engagement/muziekhuis-toon/shields.json /engagement/muziekhuis-de-toon/shields.json 301',
    ]);
  });

  test("a renamed actor's old page and badge URLs answer 200 from a static host, with the right content types", async () => {
    const expectations: [string, RegExp][] = [
      ['/engagement/muziekhuis-toon/', /text\/html/],
      ['/engagement/muziekhuis-toon/badge.svg', /image\/svg\+xml/],
      ['/engagement/muziekhuis-toon/badge-donker.png', /image\/png/],
      ['/engagement/muziekhuis-toon/index.json', /application\/json/],
    ];
    for (const [url, type] of expectations) {
      const response = await fetch(`${server.origin}${url}`);
      assert.equal(response.status, 200, url);
      assert.match(response.headers.get('content-type') ?? '', type, url);
    }
  });
});

describe('status changes show on page, JSON and badge', () => {
  const states = [
    { asOf: '2018-10-01', level: 'ondertekenaar', line: 'Ondertekenaar sinds 15 mei 2018', badge: 'Ondertekenaar Testpact sinds 2018', iso: '2018-05-15' },
    { asOf: '2019-06-01', level: 'ambassadeur', line: 'Ambassadeur sinds 1 maart 2019', badge: 'Ambassadeur Testpact sinds 2019', iso: '2019-03-01' },
    { asOf: '2020-06-01', level: 'ondertekenaar', line: 'Verklaring ingetrokken op 10 februari 2020', badge: 'Verklaring ingetrokken Testpact 2018–2020', iso: '2020-02-10' },
  ];
  const pngs: Buffer[] = [];

  for (const state of states) {
    test(`as of ${state.asOf}, Stad Testel is "${state.line}" on its page, in its JSON and on both badges`, async () => {
      const { outputDir, result } = await buildBadges({ asOf: state.asOf });
      assert.ok(result.ok);
      const html = await readUrl(outputDir, '/engagement/stad-testel/');
      assert.ok(html.includes(`<time datetime="${state.iso}">${state.line}</time>`), state.line);
      const json = JSON.parse(await readUrl(outputDir, '/engagement/stad-testel/index.json')) as { status: { level: string; text: string; badgeText: string } };
      assert.equal(json.status.level, state.level);
      assert.equal(json.status.text, state.line);
      assert.equal(json.status.badgeText, state.badge);
      for (const file of ['badge.svg', 'badge-donker.svg']) {
        const svg = await readUrl(outputDir, `/engagement/stad-testel/${file}`);
        assert.equal(badgeTextOf(svg), state.badge, file);
        assert.ok(svg.includes(`aria-label="Stad Testel: ${state.badge}"`), file);
      }
      pngs.push(await readFile(fileForUrl(outputDir, '/engagement/stad-testel/badge.png')));
      const list = plainText(await readUrl(outputDir, '/engagement/'));
      assert.ok(list.includes(`Stad Testel ${state.line}`), list);
    });
  }

  test('the PNG badge changes with the status', () => {
    assert.equal(pngs.length, 3);
    assert.equal(new Set(pngs.map((png) => png.toString('base64'))).size, 3);
  });

  test('after the withdrawal the page stays, with the declaration shown as withdrawn and the ended ambassadorship with its dates', async () => {
    const { outputDir } = await buildBadges({ asOf: '2020-06-01' });
    const text = plainText(await readUrl(outputDir, '/engagement/stad-testel/'));
    assert.ok(text.includes('Ondertekend op 15 mei 2018. Ingetrokken op 10 februari 2020.'), text);
    assert.ok(text.includes('Ambassadeur van 1 maart 2019 tot 31 januari 2020'), text);
    const list = plainText(await readUrl(outputDir, '/engagement/'));
    assert.ok(list.includes('Vroeger engagement (1 organisatie)'), list);
  });
});

describe('locked badge URLs never break', () => {
  test('deleting a locked actor stops the build with the fix in the message, and leaves the previous site in place', async () => {
    const content = await fixtureCopy();
    const first = await buildBadges({ contentDir: content });
    assert.ok(first.result.ok);
    const lockBefore = await readFile(first.lockFile, 'utf8');
    const indexBefore = await readFile(path.join(first.outputDir, 'index.html'));

    await rm(path.join(content, 'actors/jeugdhuis-de-tent.md'));
    const second = await buildBadges({ contentDir: content, outputDir: first.outputDir, lockFile: first.lockFile });
    assert.equal(second.result.ok, false);
    assert.ok(!second.result.ok);
    assert.equal(second.result.problems.length, 1);
    const [problem] = second.result.problems;
    assert.equal(problem?.code, 'badge-url-gone');
    assert.equal(problem?.file, first.lockFile);
    assert.equal(problem?.line, lockBefore.split('\n').indexOf('  "/actoren/jeugdhuis-de-tent/",') + 1);
    assert.match(problem?.message ?? '', /^9 adressen \(\/actoren\/jeugdhuis-de-tent\/, \/engagement\/jeugdhuis-de-tent\/ \(index\.html, badge-donker\.png, badge-donker\.svg, badge\.png, badge\.svg, index\.json, open-badge\.json, shields\.json\)\) staan in .+ maar de nieuwe site heeft ze niet meer/);
    assert.ok(problem?.hint?.startsWith(`Zet ${path.join(content, 'actors/jeugdhuis-de-tent.md')} terug.`), problem?.hint);
    assert.match(problem?.hint ?? '', /voeg dan jeugdhuis-de-tent toe aan aliases/);

    assert.equal(await readFile(first.lockFile, 'utf8'), lockBefore, 'the lock is unchanged');
    assert.ok((await readFile(path.join(first.outputDir, 'index.html'))).equals(indexBefore), 'the previous site stays');
    assert.ok(existsSync(path.join(first.outputDir, 'engagement/jeugdhuis-de-tent/badge.svg')), 'its badge is still served');
    assert.equal(existsSync(`${first.outputDir}.next`), false, 'no staging folder is left behind');
  });

  test('renaming an actor without an alias stops the build; adding the old slug to aliases keeps every old URL alive', async () => {
    const content = await fixtureCopy();
    // Published first under its old slug, without aliases.
    const actor = await readFile(path.join(content, 'actors/muziekhuis-de-toon.md'), 'utf8');
    const withoutAlias = actor.replace(/aliases:\n  - muziekhuis-toon\n/, '');
    await rm(path.join(content, 'actors/muziekhuis-de-toon.md'));
    await writeFile(path.join(content, 'actors/muziekhuis-toon.md'), withoutAlias);
    const first = await buildBadges({ contentDir: content });
    assert.ok(first.result.ok);
    const oldBadge = await readUrl(first.outputDir, '/engagement/muziekhuis-toon/badge.svg');

    // Renamed, alias forgotten.
    await rename(path.join(content, 'actors/muziekhuis-toon.md'), path.join(content, 'actors/muziekhuis-de-toon.md'));
    await writeFile(path.join(content, 'actors/muziekhuis-de-toon.md'), withoutAlias);
    const forgotten = await buildBadges({ contentDir: content, outputDir: first.outputDir, lockFile: first.lockFile });
    assert.equal(forgotten.result.ok, false);
    assert.ok(!forgotten.result.ok && forgotten.result.problems.some((problem) => /voeg dan muziekhuis-toon toe aan aliases/.test(problem.hint ?? '')));

    // Renamed with the alias.
    await writeFile(path.join(content, 'actors/muziekhuis-de-toon.md'), actor);
    const fixed = await buildBadges({ contentDir: content, outputDir: first.outputDir, lockFile: first.lockFile });
    assert.ok(fixed.result.ok, fixed.result.ok ? '' : JSON.stringify(fixed.result.problems));
    assert.equal(await readUrl(first.outputDir, '/engagement/muziekhuis-toon/badge.svg'), oldBadge, 'the old badge URL shows the same badge');
    const lock = JSON.parse(await readFile(first.lockFile, 'utf8')) as string[];
    assert.ok(lock.includes('/engagement/muziekhuis-toon/badge.png') && lock.includes('/engagement/muziekhuis-de-toon/badge.png'), 'old and new URLs are locked');
  });

  test('a lock file that is not a list of URLs stops the build before anything is written', async () => {
    const first = await buildBadges();
    await writeFile(first.lockFile, '{ kapot');
    const second = await buildBadges({ outputDir: first.outputDir, lockFile: first.lockFile });
    assert.ok(!second.result.ok);
    assert.equal(second.result.problems[0]?.code, 'bad-badge-lock');
  });
});
