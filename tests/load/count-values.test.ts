import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exceedsValues } from '../../src/load/count-values.ts';

test('every scalar, list and block counts as one value', () => {
  // The block, name, the list and its two items: 5.
  const data = { name: 'a', steps: [1, 2] };
  assert.equal(exceedsValues(data, 5), false);
  assert.equal(exceedsValues(data, 4), true);
});

test('a block reached twice, as through a YAML alias, counts twice', () => {
  const shared = { a: 1, b: 2 };
  // The list, and twice the block with its two values: 7.
  assert.equal(exceedsValues([shared, shared], 7), false);
  assert.equal(exceedsValues([shared, shared], 6), true);
});

test('an alias bomb of nine levels is refused without writing it out', () => {
  let level: unknown = { title: 'x' };
  for (let depth = 0; depth < 9; depth++) level = Array.from({ length: 9 }, () => level);
  assert.equal(exceedsValues(level, 100_000), true);
});

test('a single scalar or null is one value', () => {
  assert.equal(exceedsValues(null, 1), false);
  assert.equal(exceedsValues('tekst', 0), true);
});
