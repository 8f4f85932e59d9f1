import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_WORD_LENGTH, searchWords } from '../../src/search/words.ts';

test('search words are the runs of letters in lower case, split at digits, punctuation and spaces', () => {
  assert.deepEqual(searchWords('Respect in en rond het PROFvoetbal; AMIF 426-oproep, co2 e-mail'), ['respect', 'in', 'en', 'rond', 'het', 'profvoetbal', 'amif', 'oproep', 'co', 'e', 'mail']);
});

test('search words keep accents and combining marks', () => {
  assert.deepEqual(searchWords('Eén café, ook cafe\u0301'), ['eén', 'café', 'ook', 'cafe\u0301']);
});

test(`a run of letters longer than ${MAX_WORD_LENGTH} is no word`, () => {
  assert.deepEqual(searchWords(`${'a'.repeat(MAX_WORD_LENGTH)} ${'b'.repeat(MAX_WORD_LENGTH + 1)} c`), ['a'.repeat(MAX_WORD_LENGTH), 'c']);
});

test('each word is lower-cased as it would be on its own, also where lower case changes a length or depends on what follows', () => {
  // İ lowers to two code units; a capital sigma lowers to ς at the end of a word, however the text goes on.
  assert.deepEqual(searchWords('İstanbul ÖZET'), ['i̇stanbul', 'özet']);
  assert.deepEqual(searchWords("ΟΔΟΣ'Α ΟΔΟΣ ΣΟΦΙΑ"), ['οδος', 'α', 'οδος', 'σοφια']);
  assert.deepEqual(searchWords('Een ÉÉN met İ: Brussel'), ['een', 'één', 'met', 'i̇', 'brussel']);
});
