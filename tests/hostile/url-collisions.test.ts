import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { refreshViewState } from '../../src/eleventy/view-state.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { checkSite } from '../../src/site/check-site.ts';
import { listFiles } from '../site/support/html-scan.ts';
import { FIXTURE, FIXTURE_DIR, REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';

/*
 * One owner per URL: each case is a copy of tests/fixtures/site (or the plans fixture) plus one
 * file or alias that would publish at an address someone else already publishes at. Each must be
 * a located problem at the content file that names both owners, found before anything is written.
 */

/** A copy of a fixture folder with these files added (path under the content folder → text). */
async function contentWith(files: Record<string, string>, fixture = FIXTURE_DIR): Promise<string> {
  const dir = path.join(await tempDir('hostile-urls'), 'content');
  await cp(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

const page = (title: string) => `---\ntitle: ${title}\n---\nTekst.\n`;
const event = (title: string) => `---\ntitle: ${title}\ntype: gathering\ndate: 2025-03-03\n---\n`;
const initiative = `---\ntitle: Thema-avond\nsummary: Een avond.\nactors: [stad-testel]\nthemes: [taal]\nstatus: running\nstart: 2025-01-01\n---\n`;

/** The problems checkSite finds; fails when the content would publish. */
async function problemsOf(dir: string): Promise<Problem[]> {
  const result = await checkSite({ contentDir: dir });
  assert.equal(result.ok, false, 'the content must not pass');
  return result.problems;
}

/** Asserts exactly one problem of `code` at `file` (under the content folder), whose message names both owners. */
function assertOne(problems: Problem[], dir: string, expected: { code: Problem['code']; file: string; field?: string; line?: number; names: string[] }): Problem {
  const found = problems.filter((problem) => problem.code === expected.code);
  assert.equal(found.length, 1, JSON.stringify(problems, null, 2));
  const [problem] = found as [Problem];
  assert.equal(problem.file, path.join(dir, expected.file));
  assert.equal(problem.field, expected.field ?? '');
  assert.equal(problem.line, expected.line ?? 1);
  // A collision names both owners, the located file included; other problems name what they refer to.
  const own = expected.code === 'url-collision' ? [path.join(dir, expected.file)] : [];
  for (const name of [...own, ...expected.names]) assert.ok(problem.message.includes(name), `${problem.message} names ${name}`);
  assert.ok(problem.hint && problem.hint.length > 0);
  return problem;
}

describe('one owner per URL', () => {
  test('an event named activiteiten collides with the calendar of all events (it crashed Eleventy before)', async () => {
    const dir = await contentWith({ 'events/activiteiten.md': event('Activiteiten') });
    const problem = assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: 'events/activiteiten.md', names: ['/activiteiten/activiteiten.ics', 'de kalender met alle activiteiten (gemaakt door de site zelf)'] });
    assert.match(problem.hint ?? '', /andere bestandsnaam/);
  });

  const generatedPages: [string, string][] = [
    ['zoeken', 'de zoekpagina'],
    ['engagement', 'de lijst /engagement/'],
    ['monitoring', 'de monitoringpagina'],
    ['data', 'de open-datapagina'],
    ['activiteiten', 'de lijst /activiteiten/'],
  ];
  for (const [slug, owner] of generatedPages) {
    test(`a page named ${slug} collides with ${owner}`, async () => {
      const dir = await contentWith({ [`pages/${slug}.md`]: page(slug) });
      assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: `pages/${slug}.md`, names: [`/${slug}/`, `${owner} (gemaakt door de site zelf)`] });
    });
  }

  const folders: [string, string][] = [
    ['assets', 'de vaste bestanden van de site'],
    ['pagefind', 'de zoekindex'],
    ['admin', 'het webformulier'],
    ['media', 'de afbeeldingen uit content/media'],
    ['feeds', 'de nieuwsfeeds'],
  ];
  for (const [slug, what] of folders) {
    test(`a page named ${slug} would publish inside /${slug}/, which the build fills with ${what}`, async () => {
      const dir = await contentWith({ [`pages/${slug}.md`]: page(slug) });
      assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: `pages/${slug}.md`, names: [`/${slug}/`, `de map /${slug}/`, what] });
    });
  }

  test('an initiative named thema falls in the folder of the listings per theme', async () => {
    const dir = await contentWith({ 'initiatives/thema.md': initiative });
    assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: 'initiatives/thema.md', names: ['/initiatieven/thema/', 'de lijsten per thema'] });
  });

  test('an event named jaar falls in the folder of the listings per year', async () => {
    const dir = await contentWith({ 'events/jaar.md': event('Jaar') });
    assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: 'events/jaar.md', names: ['/activiteiten/jaar/', 'de lijsten per jaar'] });
  });

  test('a public actor named pagina falls in the folder of the listing pages 2, 3, … of /actoren/', async () => {
    const dir = await contentWith({ 'actors/pagina.md': '---\nname: Pagina vzw\nsector: jeugd\npublic: true\n---\n' });
    assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: 'actors/pagina.md', names: ['/actoren/pagina/', 'de volgende bladzijden van /actoren/'] });
  });

  test('an alias named sector is located at its line in aliases and names the listings per sector', async () => {
    const dir = await contentWith({});
    const file = path.join(dir, 'actors/jeugdhuis-de-tent.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('public: true\n', 'public: true\naliases:\n  - sector\n'));
    const problem = assertOne(await problemsOf(dir), dir, { code: 'url-collision', file: 'actors/jeugdhuis-de-tent.md', field: 'aliases.0', line: 6, names: ['de oude naam "sector"', '/actoren/sector/', 'de lijsten per sector'] });
    assert.equal(problem.column, 3);
    assert.match(problem.hint ?? '', /Verwijder hem uit aliases/);
  });

  test('an alias equal to another actor\'s slug is refused at the alias, naming that actor\'s file', async () => {
    const dir = await contentWith({});
    const file = path.join(dir, 'actors/jeugdhuis-de-tent.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('public: true\n', 'public: true\naliases:\n  - stad-testel\n'));
    assertOne(await problemsOf(dir), dir, { code: 'duplicate-slug', file: 'actors/jeugdhuis-de-tent.md', field: 'aliases.0', line: 6, names: ['actors/stad-testel.md'] });
  });

  test('two actors with the same alias: the second is refused, naming the first', async () => {
    const dir = await contentWith({});
    for (const slug of ['jeugdhuis-de-tent', 'muziekhuis-de-toon']) {
      const file = path.join(dir, `actors/${slug}.md`);
      await writeFile(file, (await readFile(file, 'utf8')).replace('public: true\n', 'public: true\naliases:\n  - oude-naam\n'));
    }
    const line = (await readFile(path.join(dir, 'actors/muziekhuis-de-toon.md'), 'utf8')).split('\n').indexOf('  - oude-naam') + 1;
    assertOne(await problemsOf(dir), dir, { code: 'duplicate-alias', file: 'actors/muziekhuis-de-toon.md', field: 'aliases.0', line, names: ['actors/jeugdhuis-de-tent.md'] });
  });

  test('a plan named methode is refused: its page would be the page that explains the calculation', async () => {
    const dir = await contentWith({}, path.join(REPO_ROOT, 'tests/fixtures/plans/content'));
    await rename(path.join(dir, 'plans/klein-plan.yaml'), path.join(dir, 'plans/methode.yaml'));
    // The loader refuses this file name already (src/load), before any URL is declared.
    assertOne(await problemsOf(dir), dir, { code: 'bad-slug', file: 'plans/methode.yaml', names: ['/monitoring/methode/'] });
  });

  test('an ambassador file named after an actor without consent would publish that name in its URL: refused', async () => {
    const ambassador = '---\nactor: stad-testel\nsince: 2024-09-01\n---\n';
    const dir = await contentWith({ [`ambassadors/${FIXTURE.hidden.slug}.md`]: ambassador });
    const problem = assertOne(await problemsOf(dir), dir, { code: 'hidden-actor-in-url', file: `ambassadors/${FIXTURE.hidden.slug}.md`, names: [`/ambassadeurs/${FIXTURE.hidden.slug}/`] });
    assert.match(problem.hint ?? '', /bestandsnaam die die actor niet noemt/);
  });

  test('a page named after an actor without consent is refused the same way', async () => {
    const dir = await contentWith({ [`pages/${FIXTURE.hidden.slug}.md`]: page('Over ons') });
    assertOne(await problemsOf(dir), dir, { code: 'hidden-actor-in-url', file: `pages/${FIXTURE.hidden.slug}.md`, names: [`/${FIXTURE.hidden.slug}/`] });
  });

  test('every collision of a folder is reported in one run, each at its own file', async () => {
    const dir = await contentWith({ 'pages/zoeken.md': page('Zoeken'), 'pages/assets.md': page('Assets'), 'events/activiteiten.md': event('Activiteiten') });
    const problems = (await problemsOf(dir)).filter((problem) => problem.code === 'url-collision');
    assert.deepEqual(problems.map((problem) => path.relative(dir, problem.file)).sort(), ['events/activiteiten.md', 'pages/assets.md', 'pages/zoeken.md']);
  });

  test('the dev server and the build find the same collision before writing anything', async () => {
    const dir = await contentWith({ 'events/activiteiten.md': event('Activiteiten') });
    const expected = (await problemsOf(dir)).map((problem) => `${problem.code} ${problem.file}:${problem.line}`);
    const state = await refreshViewState({ contentDir: dir });
    assert.deepEqual(state.problems.map((problem) => `${problem.code} ${problem.file}:${problem.line}`), expected);
    if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
    const out = path.join(path.dirname(dir), '_site');
    const built = await buildSite({ contentDir: dir, outputDir: out, quiet: true });
    assert.ok(!built.ok);
    assert.deepEqual(built.problems.map((problem) => `${problem.code} ${problem.file}:${problem.line}`), expected);
    assert.equal(existsSync(out) || existsSync(`${out}.next`), false, 'nothing written');
    assert.equal(existsSync(path.join(dir, 'urls.lock.json')), false, 'no lock written');
  });
});

describe('an ambassadorship of an actor without consent', () => {
  test('passes check, and its file name appears in no output file', async () => {
    const slug = 'zuiderlicht-ambassadeur';
    const dir = await contentWith({ [`ambassadors/${slug}.md`]: `---\nactor: ${FIXTURE.hidden.slug}\nsince: 2024-09-01\nquote: Samen sterk.\n---\nGeheim.\n` });
    const checked = await checkSite({ contentDir: dir });
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.problems));
    if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
    const out = path.join(path.dirname(dir), '_site');
    const built = await buildSite({ contentDir: dir, outputDir: out, quiet: true });
    assert.ok(built.ok);
    for (const file of await listFiles(out)) {
      const text = (await readFile(file)).toString('latin1');
      for (const needle of [slug, ...FIXTURE.hidden.needles]) assert.ok(!text.includes(needle) && !file.includes(needle), `${needle} in ${file}`);
    }
    assert.ok(!(await readFile(path.join(dir, 'urls.lock.json'), 'utf8')).includes(slug), 'nor in the URL lock');
  });
});
