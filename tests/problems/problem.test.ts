import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldPath, PROBLEM_CODES, sortProblems, type Problem } from '../../src/problems/problem.ts';

/** A problem with only the fields that matter for sorting. */
function problem(file: string, line: number, column = 1, code: Problem['code'] = 'wrong-type'): Problem {
  return { code, file, line, column, field: '', message: 'x' };
}

test('problems are sorted by file, then line, then column, then code', () => {
  const sorted = sortProblems([
    problem('b.md', 1),
    problem('a.md', 10),
    problem('a.md', 2, 5),
    problem('a.md', 2, 1, 'wrong-type'),
    problem('a.md', 2, 1, 'bad-date'),
  ]);
  assert.deepEqual(sorted.map((p) => `${p.file}:${p.line}:${p.column}:${p.code}`), ['a.md:2:1:bad-date', 'a.md:2:1:wrong-type', 'a.md:2:5:wrong-type', 'a.md:10:1:wrong-type', 'b.md:1:1:wrong-type']);
});

test('sorting leaves the input list untouched', () => {
  const input = [problem('b.md', 1), problem('a.md', 1)];
  sortProblems(input);
  assert.deepEqual(input.map((p) => p.file), ['b.md', 'a.md']);
});

test('a field path is written with dots, list indexes included', () => {
  assert.equal(fieldPath(['steps', 2, 'date']), 'steps.2.date');
  assert.equal(fieldPath([]), '');
});

test('every problem code is unique and kebab-case', () => {
  assert.equal(new Set(PROBLEM_CODES).size, PROBLEM_CODES.length);
  for (const code of PROBLEM_CODES) assert.match(code, /^[a-z]+(?:-[a-z0-9]+)*$/);
});
