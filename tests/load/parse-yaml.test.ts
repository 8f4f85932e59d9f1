import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../src/load/parse-yaml.ts';
import { onlyProblem, where } from '../model/prepare-fixture.ts';

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
