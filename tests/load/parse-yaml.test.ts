import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_YAML_VALUES, parseYaml } from '../../src/load/parse-yaml.ts';
import { fixtureDir, onlyProblem, where } from '../model/prepare-fixture.ts';

/** The problem of a YAML parse that must fail; fails the test when the parse succeeded. */
function yamlProblem(text: string, firstLine = 1) {
  const result = parseYaml(text, 'site.yaml', firstLine);
  if (result.ok) return assert.fail(`expected a problem for ${JSON.stringify(text)}`);
  return result.problem;
}

test('a YAML syntax error in frontmatter is reported on the line and column where it stands', async () => {
  const problem = await onlyProblem('yaml-syntax');
  // Line 4 of actors/kapotte-yaml.md is "  public: true", indented under a plain value.
  assert.deepEqual(where(problem), { code: 'yaml-syntax', file: 'actors/kapotte-yaml.md', line: 4, column: 9, field: '' });
  assert.match(problem.message, /inspringing/);
});

test('a key written twice is reported as duplicate-key on the second one, with its field', async () => {
  const problem = await onlyProblem('duplicate-key');
  assert.deepEqual(where(problem), { code: 'duplicate-key', file: 'actors/dubbel-veld.md', line: 4, column: 1, field: 'name' });
});

test('a duplicate key deep in a block names its whole path', () => {
  const problem = yamlProblem('name: a\nsteps:\n  - step: contact\n    date: 2021-01-01\n  - step: workshop\n    date: 2021-01-02\n    date: 2021-01-03\n');
  assert.deepEqual({ line: problem.line, column: problem.column, field: problem.field }, { line: 7, column: 5, field: 'steps.1.date' });
});

test('a duplicate key inside braces is found on its column', () => {
  const problem = yamlProblem('- id: a\n  measure: {count: actors, count: events}\n');
  assert.deepEqual({ code: problem.code, line: problem.line, column: problem.column, field: problem.field }, { code: 'duplicate-key', line: 2, column: 28, field: '0.measure.count' });
});

test('lines are counted from the first line the text starts on', () => {
  assert.equal(yamlProblem('name: a\n  sector: b\n', 2).line, 3);
  assert.equal(yamlProblem('name: a\n  sector: b\n', 1).line, 2);
});

test('a tab used for indentation is explained in Dutch', () => {
  const problem = yamlProblem('name: a\n\tsector: b\n');
  assert.equal(problem.code, 'yaml-syntax');
  assert.equal(problem.line, 2);
  assert.match(problem.message, /tab/);
});

test('dates stay text so that no timezone can shift them', () => {
  const result = parseYaml('since: 2021-01-10\nat: 2021-01-10T23:30:00+01:00\n', 'x.yaml', 1);
  assert.deepEqual(result.ok && result.data, { since: '2021-01-10', at: '2021-01-10T23:30:00+01:00' });
});

test('a YAML tag that would build a function is refused, not run', () => {
  const problem = yamlProblem('name: !!js/function "function () { globalThis.__ipTagRan = true }"\n');
  assert.equal(problem.code, 'yaml-syntax');
  assert.match(problem.message, /!tag/);
  assert.equal((globalThis as Record<string, unknown>).__ipTagRan, undefined);
});

test('yes and no stay text: only true and false are booleans', () => {
  const result = parseYaml('a: yes\nb: no\nc: true\n', 'x.yaml', 1);
  assert.deepEqual(result.ok && result.data, { a: 'yes', b: 'no', c: true });
});

const TOO_MANY_HINT = 'Schrijf waarden gewoon uit in plaats van met &anker en *verwijzing, en verdeel een heel grote lijst over meer bestanden.';

test('an alias bomb is one too-many-values problem on its first *alias, counted from the line the text starts on', () => {
  // tests/fixtures/hostile/alias-bomb-plan.yaml: line 4 column 10 holds the first *a0.
  const bomb = readFileSync(path.join(fixtureDir('hostile'), 'alias-bomb-plan.yaml'), 'utf8');
  const message = 'De verwijzingen (*naam) in deze YAML herhalen blokken zo vaak dat ze uitgeschreven meer dan 100.000 waarden tellen; zoveel leest de site niet uit één bestand.';
  assert.deepEqual(parseYaml(bomb, 'plans/bom.yaml', 1), {
    ok: false,
    problem: { code: 'too-many-values', file: 'plans/bom.yaml', line: 4, column: 10, field: '', message, hint: TOO_MANY_HINT },
  });
  // In frontmatter the text starts on line 2, after the opening ---.
  assert.equal(yamlProblem(bomb, 2).line, 5);
});

test('a list of exactly the largest number of values is read, and one value more is refused on line 1 without an alias to point at', () => {
  // The list itself counts as a value: 99,999 items make 100,000 values, 100,000 items one too many.
  assert.equal(MAX_YAML_VALUES, 100_000);
  const atLimit = parseYaml(`[${'0,'.repeat(MAX_YAML_VALUES - 2)}0]`, 'plans/groot.yaml', 1);
  assert.equal(atLimit.ok && (atLimit.data as unknown[]).length, MAX_YAML_VALUES - 1);
  assert.deepEqual(parseYaml(`[${'0,'.repeat(MAX_YAML_VALUES - 1)}0]`, 'plans/groot.yaml', 3), {
    ok: false,
    problem: {
      code: 'too-many-values',
      file: 'plans/groot.yaml',
      line: 3,
      column: 1,
      field: '',
      message: 'Deze YAML telt meer dan 100.000 waarden; zoveel leest de site niet uit één bestand.',
      hint: TOO_MANY_HINT,
    },
  });
});

test('two YAML documents in one file are one problem on the first line, since YAML names no place for it', () => {
  assert.deepEqual(parseYaml('a: 1\n---\nb: 2\n', 'site.yaml', 5), {
    ok: false,
    problem: {
      code: 'yaml-syntax',
      file: 'site.yaml',
      line: 5,
      column: 1,
      field: '',
      message: 'De YAML is onleesbaar: er staan meerdere YAML-documenten (gescheiden door ---) in één bestand.',
      hint: 'Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt, # of aanhalingsteken tussen aanhalingstekens.',
    },
  });
});

test('a duplicate key is reported with its Dutch message and what to do', () => {
  assert.deepEqual(yamlProblem('x: 1\nx: 2\n'), {
    code: 'duplicate-key',
    file: 'site.yaml',
    line: 2,
    column: 1,
    field: 'x',
    message: 'Dit veld staat twee keer in hetzelfde blok.',
    hint: 'Houd één van beide over; voeg waarden samen in één lijst als het er meer zijn.',
  });
});

test('a duplicate key with an anchor before it has no field, since no key starts where YAML points', () => {
  const problem = yamlProblem('x: 1\n&a x: 2\n');
  assert.deepEqual({ code: problem.code, line: problem.line, column: problem.column, field: problem.field }, { code: 'duplicate-key', line: 2, column: 1, field: '' });
});

test('a duplicate key under a key that is itself a list leaves that key out of the path', () => {
  const problem = yamlProblem('? [a, b]\n:\n  x: 1\n  x: 2\n');
  assert.deepEqual({ line: problem.line, column: problem.column, field: problem.field }, { line: 4, column: 3, field: 'x' });
});
