import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestInOrder } from '../../../src/site/pages/nearest-in-order.ts';

const ten = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

describe('the entries nearest to one in an ordered list', () => {
  it('are as many before as after it, in list order, without it', () => {
    assert.deepEqual(nearestInOrder(ten, 5, 6), ['c', 'd', 'e', 'g', 'h', 'i']);
  });

  it('come from after the first entry only', () => {
    assert.deepEqual(nearestInOrder(ten, 0, 6), ['b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('come from before the last entry only', () => {
    assert.deepEqual(nearestInOrder(ten, 9, 6), ['d', 'e', 'f', 'g', 'h', 'i']);
  });

  it('are taken from the other side for an entry one place from the end', () => {
    assert.deepEqual(nearestInOrder(ten, 8, 6), ['d', 'e', 'f', 'g', 'h', 'j']);
  });

  it('lean one to the later side when the count is odd', () => {
    assert.deepEqual(nearestInOrder(ten, 5, 3), ['e', 'g', 'h']);
  });

  it('are all the others when the list holds exactly one more than the count', () => {
    assert.deepEqual(nearestInOrder(ten.slice(0, 7), 3, 6), ['a', 'b', 'c', 'e', 'f', 'g']);
  });

  it('are all the others when the list is shorter', () => {
    assert.deepEqual(nearestInOrder(ten.slice(0, 3), 2, 6), ['a', 'b']);
  });

  it('are none for an entry alone in its list', () => {
    assert.deepEqual(nearestInOrder(['a'], 0, 6), []);
  });

  it('are none when none are asked for', () => {
    assert.deepEqual(nearestInOrder(ten, 4, 0), []);
  });
});
