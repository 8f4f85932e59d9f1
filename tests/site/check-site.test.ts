import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { aliasLine, checkSite } from '../../src/site/check-site.ts';
import { parseLock } from '../../src/site/url-lock.ts';
import { runCli } from '../cli/run-cli.ts';
import { BADGES_FIXTURE } from './engagement/support.ts';
import { REPO_ROOT, tempDir } from './support/fixture-site.ts';

/** A copy of a fixture folder that a test may change, and an output folder beside it. */
async function copyOf(fixture: string): Promise<{ content: string; out: string }> {
  const root = await tempDir('check-site');
  const content = path.join(root, 'content');
  await cp(fixture, content, { recursive: true });
  return { content, out: path.join(root, '_site') };
}

/** Builds with the default lock location (the content folder's own urls.lock.json), as `npm run build` does. */
async function build(content: string, out: string) {
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  return buildSite({ contentDir: content, outputDir: out, quiet: true });
}

async function lockOf(content: string): Promise<string[]> {
  const parsed = parseLock(await readFile(path.join(content, 'urls.lock.json'), 'utf8'));
  assert.ok(parsed.ok);
  return parsed.urls;
}

describe('check says what the build says', () => {
  test('a rename without alias after a build is badge-url-gone from check (and npm run check), at the lock line; the alias makes it "Alles in orde"', async () => {
    const { content, out } = await copyOf(BADGES_FIXTURE);
    assert.ok((await build(content, out)).ok);
    const lockFile = path.join(content, 'urls.lock.json');
    const lockText = await readFile(lockFile, 'utf8');

    await rename(path.join(content, 'actors/jeugdhuis-de-tent.md'), path.join(content, 'actors/jeugdhuis-tent.md'));
    const checked = await checkSite({ contentDir: content });
    assert.ok(!checked.ok);
    assert.equal(checked.problems.length, 1, JSON.stringify(checked.problems));
    const [problem] = checked.problems;
    assert.equal(problem?.code, 'badge-url-gone');
    assert.equal(problem?.file, lockFile);
    assert.equal(problem?.line, lockText.split('\n').indexOf('  "/actoren/jeugdhuis-de-tent/",') + 1);
    assert.match(problem?.hint ?? '', /voeg dan jeugdhuis-de-tent toe aan aliases/);

    const cli = runCli('check.ts', ['--content', content]);
    assert.equal(cli.status, 1);
    assert.match(cli.stdout, /\[badge-url-gone\]/);
    assert.ok(!cli.stdout.includes('Alles in orde'));

    const actor = path.join(content, 'actors/jeugdhuis-tent.md');
    await writeFile(actor, (await readFile(actor, 'utf8')).replace('public: true\n', 'public: true\naliases: [jeugdhuis-de-tent]\n'));
    assert.ok((await checkSite({ contentDir: content })).ok);
    const fixed = runCli('check.ts', ['--content', content]);
    assert.equal(fixed.status, 0, fixed.stdout);
    assert.match(fixed.stdout, /^Alles in orde/);
  });

  test('deleting a published initiative is url-gone from check, with how to end it instead', async () => {
    const { content, out } = await copyOf(BADGES_FIXTURE);
    assert.ok((await build(content, out)).ok);
    await rename(path.join(content, 'initiatives/testel-zonder-drempels.md'), path.join(path.dirname(content), 'weg.md'));
    const checked = await checkSite({ contentDir: content });
    assert.ok(!checked.ok);
    assert.deepEqual(checked.problems.map((problem) => problem.code), ['url-gone']);
    assert.match(checked.problems[0]?.message ?? '', /^\/initiatieven\/testel-zonder-drempels\/ staat in /);
    assert.match(checked.problems[0]?.hint ?? '', /status: completed/);
  });

  test('withdrawing consent (public: false) passes: the actor\'s URLs disappear from the site and, after the build, from the lock', async () => {
    const { content, out } = await copyOf(BADGES_FIXTURE);
    assert.ok((await build(content, out)).ok);
    assert.ok((await lockOf(content)).includes('/engagement/jeugdhuis-de-tent/badge.svg'));
    const actor = path.join(content, 'actors/jeugdhuis-de-tent.md');
    await writeFile(actor, (await readFile(actor, 'utf8')).replace('public: true', 'public: false'));
    const checked = await checkSite({ contentDir: content });
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.problems));
    assert.ok((await build(content, out)).ok);
    assert.ok((await lockOf(content)).every((url) => !url.includes('jeugdhuis-de-tent')));
    assert.equal(existsSync(path.join(out, 'engagement/jeugdhuis-de-tent')), false);
  });

  test('a lock that is not a list is bad-badge-lock from check, even beside content problems', async () => {
    const { content } = await copyOf(path.join(REPO_ROOT, 'tests/fixtures/invalid/bad-date'));
    await writeFile(path.join(content, 'urls.lock.json'), '{ kapot');
    const checked = await checkSite({ contentDir: content });
    assert.ok(!checked.ok);
    assert.ok(checked.problems.some((problem) => problem.code === 'bad-badge-lock'));
    assert.ok(checked.problems.some((problem) => problem.code === 'bad-date'));
  });
});

describe('the URL lock belongs to its content folder', () => {
  test('two content folders build one after the other in one checkout, each keeping its own lock', async () => {
    const valid = await copyOf(path.join(REPO_ROOT, 'tests/fixtures/valid'));
    const minimal = await copyOf(path.join(REPO_ROOT, 'tests/fixtures/minimal'));
    for (const { content, out } of [valid, minimal, valid]) {
      const result = await build(content, out);
      assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
    }
    const validLock = await lockOf(valid.content);
    const minimalLock = await lockOf(minimal.content);
    assert.ok(minimalLock.includes('/engagement/stad-testel/'), minimalLock.join(' '));
    assert.ok(validLock.length > minimalLock.length);
    assert.ok(minimalLock.every((url) => !url.startsWith('/initiatieven/')), 'the minimal folder has no initiatives, so none of the other folder\'s');
    assert.equal(existsSync(path.join(REPO_ROOT, 'urls.lock.json')), false, 'nothing at the repository root');
  });
});

describe('the line of an alias', () => {
  test('is the line of its item in a block list, or the aliases line of a flow list', () => {
    const text = '---\nname: X\naliases:\n  - a\n  # oud\n  - b\npublic: true\n---\n';
    assert.deepEqual(aliasLine(text, 0), { line: 4, column: 3 });
    assert.deepEqual(aliasLine(text, 1), { line: 6, column: 3 });
    assert.deepEqual(aliasLine('---\naliases: [a, b]\n---\n', 1), { line: 2, column: 1 });
    assert.equal(aliasLine('---\nname: X\n---\n', 0), undefined);
  });
});

describe('checkSite: indicator pages share /monitoring/ with the plans and the method page', () => {
  test('an indicator whose id is a plan\'s file name is a url-collision at the id\'s line in targets.yaml, naming the plan', async () => {
    const { content } = await copyOf(path.join(REPO_ROOT, 'tests/fixtures/manual-gap'));
    await cp(path.join(REPO_ROOT, 'tests/fixtures/plans/content/plans/klein-plan.yaml'), path.join(content, 'plans/bezoekers.yaml'));
    const result = await checkSite({ contentDir: content, asOf: '2018-10-18' });
    assert.ok(!result.ok);
    const targets = path.join(content, 'targets.yaml');
    assert.deepEqual(
      result.problems.map((problem) => [problem.code, problem.file, problem.line, problem.column, problem.field]),
      [['url-collision', targets, 3, 7, '0.id']],
    );
    assert.equal(
      result.problems[0]!.message,
      `Het adres /monitoring/bezoekers/ wordt twee keer gemaakt: door ${path.join(content, 'plans/bezoekers.yaml')} en door de indicator "bezoekers" in ${targets}. Het ene zou het andere overschrijven.`,
    );
    assert.match(result.problems[0]!.hint ?? '', /Geef de indicator "bezoekers" een andere id/);
  });

  test('an indicator called "methode" is a url-collision with the method page, not a crash', async () => {
    const { content } = await copyOf(path.join(REPO_ROOT, 'tests/fixtures/manual-gap'));
    const file = path.join(content, 'targets.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('- id: bezoekers-met-beginwaarde', '- id: methode'));
    const result = await checkSite({ contentDir: content, asOf: '2018-10-18' });
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((problem) => [problem.code, problem.line, problem.field]), [['url-collision', 12, '1.id']]);
    assert.match(result.problems[0]!.message, /Het adres \/monitoring\/methode\/ wordt twee keer gemaakt: door de uitleg van de berekening \(gemaakt door de site zelf\) en door de indicator "methode"/);
  });
});
