import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from '../../src/load/locate.ts';
import type { YamlSource } from '../../src/load/source-file.ts';

/** A frontmatter source as parseMarkdownEntry makes it: YAML text that starts on file line 2. */
function frontmatter(...lines: string[]): YamlSource {
  return { text: lines.join('\n'), firstLine: 2 };
}

const actor = frontmatter(
  'name: Stad Testel', //               line 2
  'sector: lokaal-bestuur', //         line 3
  'steps:', //                         line 4
  '  - step: contact', //              line 5
  '    date: 2020-12-01', //           line 6
  '  - {step: workshop, date: 2021-01-20}', // line 7
  'declaration:', //                   line 8
  '  signed: 2021-01-15', //           line 9
  'aliases: [oude-naam, andere-naam]', // line 10
);

test('a top-level field is found at its value', () => {
  assert.deepEqual(locate(actor, ['sector']), { line: 3, column: 9 });
});

test('a top-level field is found at its key when asked for the key', () => {
  assert.deepEqual(locate(actor, ['sector'], true), { line: 3, column: 1 });
});

test('a field nested in a block is found on its own line', () => {
  assert.deepEqual(locate(actor, ['declaration', 'signed']), { line: 9, column: 11 });
  assert.deepEqual(locate(actor, ['declaration', 'signed'], true), { line: 9, column: 3 });
});

test('a field inside a list item is found by the item index', () => {
  assert.deepEqual(locate(actor, ['steps', 0, 'date']), { line: 6, column: 11 });
  assert.deepEqual(locate(actor, ['steps', 0]), { line: 5, column: 5 });
});

test('a field inside a flow mapping is found on its column', () => {
  assert.deepEqual(locate(actor, ['steps', 1, 'date']), { line: 7, column: 28 });
});

test('an item of a flow list is found on its column', () => {
  assert.deepEqual(locate(actor, ['aliases', 1]), { line: 10, column: 22 });
});

test('a missing field points at the deepest part of its path that exists', () => {
  assert.deepEqual(locate(actor, ['declaration', 'withdrawn']), { line: 9, column: 3 });
  assert.deepEqual(locate(actor, ['steps', 5, 'date']), { line: 5, column: 3 });
});

test('a missing top-level field points at the start of the frontmatter', () => {
  assert.deepEqual(locate(actor, ['region']), { line: 2, column: 1 });
});

test('the empty path points at the start of the document', () => {
  assert.deepEqual(locate(actor, []), { line: 2, column: 1 });
});

test('a data file whose root is a list is searched by index, starting on line 1', () => {
  const targets: YamlSource = { text: '# indicatoren\n- id: a\n  target: 5\n\n- id: b\n  target: -1\n', firstLine: 1 };
  assert.deepEqual(locate(targets, [1, 'target']), { line: 6, column: 11 });
  assert.deepEqual(locate(targets, [0, 'id'], true), { line: 2, column: 3 });
});

test('a path is still found when the document repeats a key', () => {
  const source = frontmatter('name: a', 'name: b', 'sector: cultuur');
  assert.deepEqual(locate(source, ['sector']), { line: 4, column: 9 });
});

test('a key written as a number is found by its text', () => {
  const source: YamlSource = { text: 'years:\n  2021: 5\n  2022: 7\n', firstLine: 1 };
  assert.deepEqual(locate(source, ['years', '2022']), { line: 3, column: 9 });
});

test('a key written twice is found at its first occurrence, the one YAML readers keep', () => {
  assert.deepEqual(locate(frontmatter('name: Stad', 'name: Dorp'), ['name']), { line: 2, column: 7 });
});

test('a key without a value in braces is found at the key itself', () => {
  // {website, name: x}: website has no value node at all, so there is nothing else to point at.
  assert.deepEqual(locate(frontmatter('{website, name: Stad}'), ['website']), { line: 2, column: 2 });
});

test('asking for the key of a missing field points at the value of its deepest existing parent, not at that parent\'s key', () => {
  assert.deepEqual(locate(frontmatter('declaration:', '  signed: 2021-01-15'), ['declaration', 'ended'], true), { line: 3, column: 3 });
});

test('a path that goes on past a plain value stops at that value', () => {
  assert.deepEqual(locate(actor, ['name', 0]), { line: 2, column: 7 });
  assert.deepEqual(locate(actor, ['name', 'first']), { line: 2, column: 7 });
});

test('a path is followed no further than its last segment, even into a key named "undefined"', () => {
  assert.deepEqual(locate(frontmatter('declaration:', '  undefined: 1'), ['declaration']), { line: 3, column: 3 });
});
