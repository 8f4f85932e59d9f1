import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupBy } from '../../src/compute/group-by.ts';

const events = [
  { slug: 'a', series: 'x' },
  { slug: 'b' },
  { slug: 'c', series: 'y' },
  { slug: 'd', series: 'x' },
];

describe('grouping entries by a key', () => {
  it('keeps each group in the order of the entries and the groups in the order of their first entry', () => {
    const groups = groupBy(events, (event) => event.series);
    assert.deepEqual([...groups.keys()], ['x', 'y']);
    assert.deepEqual(groups.get('x')?.map((event) => event.slug), ['a', 'd']);
  });

  it('leaves out the entries without a key', () => {
    const grouped = [...groupBy(events, (event) => event.series).values()].flat();
    assert.deepEqual(grouped.map((event) => event.slug).sort(), ['a', 'c', 'd']);
  });

  it('gives no groups for no entries', () => {
    assert.equal(groupBy([], () => 'x').size, 0);
  });
});
