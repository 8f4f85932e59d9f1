import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameData } from '../../src/eleventy/same-data.ts';

test('equal primitives, arrays and plain objects built apart are the same data', () => {
  assert.equal(sameData({ title: 'Taalcafé', tags: ['a', 'b'], count: 2, on: true, none: null }, { title: 'Taalcafé', tags: ['a', 'b'], count: 2, on: true, none: null }), true);
  assert.equal(sameData([], []), true);
  assert.equal(sameData({}, Object.create(null) as object), false, 'a null-prototype object is not a plain object of the other kind');
  assert.equal(sameData(Object.assign(Object.create(null) as object, { a: 1 }), Object.assign(Object.create(null) as object, { a: 1 })), true);
});

test('one different leaf, however deep, makes the data differ', () => {
  assert.equal(sameData({ cards: [{ title: 'a', links: [{ url: '/x/' }] }] }, { cards: [{ title: 'a', links: [{ url: '/y/' }] }] }), false);
  assert.equal(sameData({ n: 1 }, { n: '1' }), false, 'a number is not its text');
  assert.equal(sameData({ n: 0 }, { n: -0 }), false, 'zero and minus zero count apart');
  assert.equal(sameData({ n: Number.NaN }, { n: Number.NaN }), true, 'NaN prints as NaN both times');
  assert.equal(sameData({ a: undefined }, {}), false, 'a key present with undefined is a key a template can iterate over');
});

test('arrays differ by length and by order', () => {
  assert.equal(sameData(['a', 'b'], ['a', 'b', 'c']), false);
  assert.equal(sameData(['a', 'b'], ['b', 'a']), false);
  assert.equal(sameData(['a'], { 0: 'a', length: 1 }), false);
});

test('objects with the same keys in another order differ, since a template prints them in key order', () => {
  assert.equal(sameData({ regio: ['Gent'], thema: ['werk'] }, { thema: ['werk'], regio: ['Gent'] }), false);
});

test('Dates are the same at the same instant, whatever object holds them', () => {
  assert.equal(sameData({ at: new Date('2025-06-15T00:00:00Z') }, { at: new Date('2025-06-15T00:00:00Z') }), true);
  assert.equal(sameData({ at: new Date('2025-06-15T00:00:00Z') }, { at: new Date('2025-06-15T00:00:00.001Z') }), false);
  assert.equal(sameData({ at: new Date('2025-06-15T00:00:00Z') }, { at: '2025-06-15T00:00:00.000Z' }), false);
});

test('a Map, Set or class instance is the same only as itself', () => {
  const map = new Map([['a', 1]]);
  assert.equal(sameData({ map }, { map }), true);
  assert.equal(sameData({ map }, { map: new Map([['a', 1]]) }), false);
  assert.equal(sameData(new Set([1]), new Set([1])), false);
  class Card {
    constructor(readonly title: string) {}
  }
  assert.equal(sameData(new Card('a'), new Card('a')), false);
});
