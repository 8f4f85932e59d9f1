import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileForUrl, REPO_ROOT } from '../support/fixture-site.ts';
import { buildBadges, pngSize, readUrl, type BadgeBuild } from './support.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/ladder-three-levels');

/** The svg root's width and height attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/** The decoded text of every text element of a badge: level, programme line, programme mark. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
}

describe('badge levels from content: a three-level scheme like Disability Confident (tests/fixtures/ladder-three-levels)', () => {
  let build: BadgeBuild;
  before(async () => {
    build = await buildBadges({ contentDir: FIXTURE, asOf: '2021-09-01' });
    assert.ok(build.result.ok);
  });

  const expected = {
    werkgever: ['Inclusieve werkgever', 'Inclusief Werkgeven sinds 2021', 'IW'],
    vastberaden: ['Geëngageerd', 'Inclusief Werkgeven sinds 2021', 'IW'],
    voortrekker: ['Vroeger voortrekker', 'Inclusief Werkgeven 2021', 'IW'],
    ingetrokken: ['Engagement ingetrokken', 'Inclusief Werkgeven 2021', 'IW'],
    nieuw: ['Nog geen stap gezet', 'Inclusief Werkgeven', 'IW'],
  };

  test('each actor\'s badge names its level from ladder.yaml, the programme with the year, and the programme mark', async () => {
    for (const [slug, lines] of Object.entries(expected)) {
      assert.deepEqual(texts(await readUrl(build.outputDir, `/engagement/${slug}/badge.svg`)), lines, slug);
    }
  });

  test('the level\'s colour and mark are drawn: a square for employer, a diamond for committed, an outlined hexagon in grey for an ended leader', async () => {
    const employer = await readUrl(build.outputDir, '/engagement/werkgever/badge.svg');
    assert.ok(employer.includes('fill="#2d5a1e"') && employer.includes('<rect x="13.25" y="13.25" width="13.5" height="13.5"'), employer);
    const committed = await readUrl(build.outputDir, '/engagement/vastberaden/badge.svg');
    assert.ok(committed.includes('fill="#1f4e79"') && !committed.includes('#2d5a1e'));
    const ended = await readUrl(build.outputDir, '/engagement/voortrekker/badge.svg');
    assert.ok(!ended.includes('#8a1c4a') && ended.includes('fill="#6b6b6b"') && ended.includes('fill="none" stroke="#ffffff"'));
  });

  test('every level has the same outer size, and every PNG is twice that size', async () => {
    const sizes = new Set<string>();
    for (const slug of Object.keys(expected)) {
      for (const variant of ['badge', 'badge-donker']) {
        const size = svgSize(await readUrl(build.outputDir, `/engagement/${slug}/${variant}.svg`));
        sizes.add(JSON.stringify(size));
        const png = await readFile(fileForUrl(build.outputDir, `/engagement/${slug}/${variant}.png`));
        assert.deepEqual(pngSize(png), { width: size.width * 2, height: size.height * 2 }, `${slug} ${variant}`);
      }
    }
    assert.equal(sizes.size, 1, [...sizes].join(' '));
  });

  test('the badge files differ per level', async () => {
    const pngs = await Promise.all(Object.keys(expected).map((slug) => readFile(fileForUrl(build.outputDir, `/engagement/${slug}/badge.png`))));
    assert.equal(new Set(pngs.map((png) => png.toString('base64'))).size, Object.keys(expected).length);
  });

  test('the snippet gives the 1× size as width and height', async () => {
    const html = await readUrl(build.outputDir, '/engagement/werkgever/');
    const size = svgSize(await readUrl(build.outputDir, '/engagement/werkgever/badge.svg'));
    assert.ok(html.includes(`width=&quot;${size.width}&quot; height=&quot;${size.height}&quot;`), 'snippet size');
  });
});
