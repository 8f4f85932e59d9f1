import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { formatProblems } from '../../src/cli/format-problems.ts';
import { MAX_HISTORY_QUARTERS } from '../../src/compute/history.ts';
import { MAX_YAML_VALUES } from '../../src/load/parse-yaml.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../src/load/read-text.ts';
import { prepareSite, type PrepareResult } from '../../src/model/prepare-site.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { markdownToPlainText } from '../../src/site/outputs/plain-text.ts';

/*
 * Sizes and expansion: each case is a copy of a fixture folder plus one file built to make the
 * check do unbounded work (an alias bomb, deep nesting, thousands of keys, a far as-of date, huge
 * bodies). Each asserts the located Dutch problem or the bounded result, and that prepareSite (what
 * check and build run) returns. No timed assertions; each case's time goes to the test diagnostics.
 */

const MINIMAL = 'tests/fixtures/minimal';
const HOSTILE = 'tests/fixtures/hostile';

/** prepareSite on a copy of `fixture` with these files added (path under content/ → text or bytes). */
async function checkWith(t: TestContext, files: Record<string, string | Buffer>, fixture = MINIMAL, asOf?: string): Promise<PrepareResult> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'hostile-sizes-')), 'content');
  await cp(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const start = performance.now();
  const result = await prepareSite({ contentDir: dir, ...(asOf ? { asOf } : {}) });
  t.diagnostic(`prepareSite: ${Math.round(performance.now() - start)} ms`);
  // Printing is part of check: the text must be formattable whatever the problems hold.
  formatProblems(result.problems, 'text');
  return result;
}

/** The one problem of a result, with its file shown from the content folder on. */
function only(result: PrepareResult): Problem & { where: string } {
  assert.equal(result.problems.length, 1, JSON.stringify(result.problems.map((p) => [p.code, p.file, p.line, p.message])));
  const problem = result.problems[0]!;
  return { ...problem, where: `${problem.file.slice(problem.file.lastIndexOf('/content/') + '/content/'.length)}:${problem.line}:${problem.column}` };
}

const actor = (extra: string, body = 'Tekst.') => `---\nname: Stad Vijandig\nsector: cultuur\n${extra}---\n${body}\n`;

describe('alias expansion', () => {
  test('a 1 KB plan with nine levels of nine aliases (9⁹ groups) is one located too-many-values problem', async (t) => {
    const bomb = await readFile(path.join(HOSTILE, 'alias-bomb-plan.yaml'));
    assert.ok(bomb.length < 1024, 'the bomb is under 1 KB');
    const problem = only(await checkWith(t, { 'plans/bom.yaml': bomb }));
    assert.equal(problem.code, 'too-many-values');
    // Line 4 holds the first *alias (in level a1).
    assert.equal(problem.where, 'plans/bom.yaml:4:10');
    assert.equal(problem.message, `De verwijzingen (*naam) in deze YAML herhalen blokken zo vaak dat ze uitgeschreven meer dan ${MAX_YAML_VALUES.toLocaleString('nl-BE')} waarden tellen; zoveel leest de site niet uit één bestand.`);
  });

  test('an alias bomb in frontmatter is placed on its file line, after the opening ---', async (t) => {
    const levels = ['lol0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 8; level++) levels.push(`lol${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
    const problem = only(await checkWith(t, { 'actors/bom.md': actor(`${levels.join('\n')}\n`) }));
    assert.equal(problem.code, 'too-many-values');
    assert.equal(problem.where, 'actors/bom.md:5:12');
  });

  test('an anchor used a few times is still read as written', async (t) => {
    const result = await checkWith(t, { 'actors/anker.md': actor('steps:\n  - {step: contact, date: 2021-01-05, note: &n Gesprek.}\n  - {step: workshop, date: 2021-01-20, note: *n}\n') });
    assert.deepEqual(result.problems, []);
    assert.ok(result.ok);
    assert.deepEqual(result.model.actors.find((a) => a.slug === 'anker')?.steps.map((step) => step.note), ['Gesprek.', 'Gesprek.']);
  });

  test('a plan that writes out more than 100,000 values without any alias is refused at its first line', async (t) => {
    const list = Array(MAX_YAML_VALUES + 1).fill('1').join(',');
    const problem = only(await checkWith(t, { 'plans/lang.yaml': `title: Lang\nkey_figures: [${list}]\n` }));
    assert.equal(problem.code, 'too-many-values');
    assert.equal(problem.where, 'plans/lang.yaml:1:1');
    assert.match(problem.message, /^Deze YAML telt meer dan 100\.000 waarden/);
  });
});

describe('deep nesting', () => {
  test('lists nested 200 deep are a located Dutch yaml-syntax problem, not js-yaml English', async (t) => {
    const problem = only(await checkWith(t, { 'actors/diep.md': actor(`region: ${'['.repeat(200)}${']'.repeat(200)}\n`) }));
    assert.equal(problem.code, 'yaml-syntax');
    // The 100th [ stands in column 108, after "region: ".
    assert.equal(problem.where, 'actors/diep.md:4:108');
    assert.equal(problem.message, 'De YAML is onleesbaar: blokken en lijsten zijn dieper in elkaar gezet dan 100 niveaus.');
  });

  test('blocks nested 100,000 deep end in the same problem, without a stack overflow', async (t) => {
    const problem = only(await checkWith(t, { 'plans/diep.yaml': `title: Diep\ngroups: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n` }));
    assert.equal(problem.code, 'yaml-syntax');
    assert.match(problem.message, /dieper in elkaar gezet dan 100 niveaus/);
  });
});

describe('many problems in one file', () => {
  test('3,000 unknown keys are 3,000 problems, each on its own line', async (t) => {
    const keys = Array.from({ length: 3000 }, (_, index) => `onbekend${index}: x`).join('\n');
    const result = await checkWith(t, { 'actors/veel.md': actor(`${keys}\n`) });
    const unknown = result.problems.filter((problem) => problem.code === 'unknown-field');
    assert.equal(unknown.length, 3000);
    // Frontmatter starts on line 2; name and sector take lines 2 and 3, so key i stands on line i + 4.
    assert.ok(unknown.every((problem) => problem.line === Number(problem.field.slice('onbekend'.length)) + 4 && problem.column === 1));
  });
});

describe('as-of date far beyond the period', () => {
  test('as_of 9999-12-31 gives every indicator the period’s quarters plus one point, not 32,000', async (t) => {
    const result = await checkWith(t, {}, 'tests/fixtures/indicators', '9999-12-31');
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.ok(result.model.history.length > 0);
    for (const history of result.model.history) {
      // The fixture's period is 2018: four quarter ends and the as-of date.
      assert.deepEqual(history.points.map((point) => point.date), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31', '9999-12-31']);
    }
  });

  test('a period written from the year 1000 to 9999 keeps at most 400 quarters', async (t) => {
    const site = (await readFile('tests/fixtures/indicators/site.yaml', 'utf8')).replace(/start: \d{4}-\d\d-\d\d/, 'start: 1000-01-01').replace(/end: \d{4}-\d\d-\d\d/, 'end: 9999-12-31');
    const result = await checkWith(t, { 'site.yaml': site }, 'tests/fixtures/indicators', '9999-12-31');
    assert.ok(result.ok, JSON.stringify(result.problems));
    for (const history of result.model.history) assert.equal(history.points.length, MAX_HISTORY_QUARTERS);
  });
});

describe('huge text', () => {
  test('an event body with 30,000 links passes check and becomes plain text with every address once', async (t) => {
    // Short links, so that the file stays under the 1 MB limit.
    const links = Array.from({ length: 30_000 }, (_, index) => `[${index}](https://e.be/${index})`).join(' ');
    const result = await checkWith(t, { 'events/links.md': `---\ntitle: Veel links\ntype: gathering\ndate: 2021-03-03\n---\n${links}\n` });
    assert.ok(result.ok, JSON.stringify(result.problems));
    const body = result.model.events.find((event) => event.slug === 'links')?.body ?? '';
    const start = performance.now();
    const text = markdownToPlainText(body);
    t.diagnostic(`plain text: ${Math.round(performance.now() - start)} ms`);
    assert.equal([...text.matchAll(/\(https:\/\/e\.be\/\d+\)/g)].length, 30_000);
  });

  test('a 50 MB body is refused as file-too-large on line 1 before it is read', async (t) => {
    const problem = only(await checkWith(t, { 'actors/groot.md': actor('', 'x'.repeat(50 * 1024 * 1024)) }));
    assert.equal(problem.code, 'file-too-large');
    assert.equal(problem.where, 'actors/groot.md:1:1');
    assert.equal(problem.message, 'Dit bestand is 50 MB groot; een inhoudsbestand mag hoogstens 1 MB zijn.');
  });

  test('a file of exactly 1 MB is read and one byte more is refused', async (t) => {
    const head = actor('', '');
    const exact = head + 'x'.repeat(MAX_CONTENT_FILE_BYTES - Buffer.byteLength(head));
    assert.deepEqual((await checkWith(t, { 'actors/precies.md': exact })).problems, []);
    const over = only(await checkWith(t, { 'actors/precies.md': `${exact}x` }));
    assert.equal(over.code, 'file-too-large');
  });

  test('a 900 KB body on a single line passes check whole and turns into plain text of the same length', async (t) => {
    const line = 'woord '.repeat(150_000).trim();
    const result = await checkWith(t, { 'actors/lang.md': actor('', line) });
    assert.ok(result.ok, JSON.stringify(result.problems));
    const body = result.model.actors.find((a) => a.slug === 'lang')?.body ?? '';
    assert.equal(body, `${line}\n`);
    assert.equal(markdownToPlainText(body).length, line.length);
  });

  test('a 900 KB single-line name is read whole: no field length can make the work unbounded within 1 MB', async (t) => {
    const result = await checkWith(t, { 'actors/lang.md': `---\nname: ${'a'.repeat(900_000)}\nsector: cultuur\n---\n` });
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.model.actors.find((a) => a.slug === 'lang')?.name.length, 900_000);
  });
});
