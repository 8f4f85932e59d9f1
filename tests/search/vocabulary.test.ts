import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabularyJson, WordCounts } from '../../src/search/vocabulary.ts';

test('the vocabulary file counts each word, leaves out words under three letters and lists words alphabetically', () => {
  const counts = new WordCounts();
  counts.add(['racisme', 'en', 'sport', 'racisme', 'het', 'ab']);
  assert.equal(vocabularyJson(counts), '{"het":1,"racisme":2,"sport":1}');
});

test('a capped vocabulary keeps the most frequent words, the alphabetically first on a tie', () => {
  const counts = new WordCounts();
  counts.add(['zeldzaam', 'vaak', 'vaak', 'vaak', 'beide', 'beide', 'ander', 'ander']);
  assert.equal(vocabularyJson(counts, 2), '{"ander":2,"vaak":3}');
  assert.equal(vocabularyJson(counts, 3), '{"ander":2,"beide":2,"vaak":3}');
});

test('a word such as constructor or toString is an ordinary entry of the file, not an object property', () => {
  const counts = new WordCounts();
  counts.add(['constructor', 'toString']);
  assert.equal(vocabularyJson(counts), '{"constructor":1,"toString":1}');
  assert.ok(counts.has('constructor') && !counts.has('valueOf'));
});
