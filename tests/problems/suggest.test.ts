import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, suggest } from '../../src/problems/suggest.ts';

const FIELDS = ['name', 'sector', 'region', 'website', 'logo', 'public', 'steps', 'declaration', 'badge', 'invited_by', 'aliases'];

test('a field name with one letter missing finds the field', () => {
  assert.equal(suggest('websit', FIELDS), 'website');
  assert.equal(suggest('sectr', FIELDS), 'sector');
});

test('a swapped pair of letters in a short word is still found', () => {
  assert.equal(suggest('nmae', FIELDS), 'name');
});

test('letter case does not count as a difference, and the candidate is returned as written', () => {
  assert.equal(suggest('Website', FIELDS), 'website');
  assert.equal(suggest('cultuur', ['Cultuur', 'sport']), 'Cultuur');
});

test('a longer word may differ in up to a third of its letters', () => {
  // "invitedby" → "invited_by" is one edit; "declaratoin" is two edits in eleven letters.
  assert.equal(suggest('invitedby', FIELDS), 'invited_by');
  assert.equal(suggest('declaratoin', FIELDS), 'declaration');
  assert.equal(suggest('verklaring', FIELDS), undefined);
});

test('a word unlike every candidate gets no suggestion', () => {
  assert.equal(suggest('kleur', FIELDS), undefined);
  assert.equal(suggest('xyz', ['stad-leuven', 'poppunt']), undefined);
});

test('no candidates means no suggestion', () => {
  assert.equal(suggest('name', []), undefined);
  assert.equal(didYouMean('name', []), '');
});

test('the closest of several near candidates wins, the first on a tie', () => {
  assert.equal(suggest('stad-leuve', ['stad-leuven', 'stad-lier']), 'stad-leuven');
  assert.equal(suggest('ab', ['ac', 'ad']), 'ac');
});

test('did-you-mean writes the suggestion as a Dutch aside, or nothing', () => {
  assert.equal(didYouMean('stad-testl', ['stad-testel', 'muziekhuis']), ' (bedoelde je "stad-testel"?)');
  assert.equal(didYouMean('iets-heel-anders', ['stad-testel']), '');
});

test('any iterable of candidates works, such as a set of slugs', () => {
  assert.equal(suggest('muziekhuiz', new Set(['muziekhuis', 'stad-testel'])), 'muziekhuis');
});

test('a word written with several capitals still finds its lower-case candidate, and the other way round', () => {
  // Case-sensitively "SECTOR" is six edits from "sector" and "STAD-TESTL" ten from "stad-testel": far beyond the limit.
  assert.equal(suggest('SECTOR', FIELDS), 'sector');
  assert.equal(suggest('Stad-TestL', ['stad-testel', 'muziekhuis']), 'stad-testel');
  assert.equal(suggest('invitedby', ['INVITED_BY', 'ALIASES']), 'INVITED_BY');
});

test('the allowed distance is a third of the word, rounded down, and never below two', () => {
  // Nine letters allow three edits, not four; three letters still allow two.
  assert.equal(suggest('abcdefghi', ['abcdefxyz']), 'abcdefxyz');
  assert.equal(suggest('abcdefghi', ['abcdewxyz']), undefined);
  assert.equal(suggest('abc', ['axy']), 'axy');
  assert.equal(suggest('abc', ['xyz']), undefined);
});
