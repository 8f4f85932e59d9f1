import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compoundParts, MIN_COMPOUND, splitCompound } from '../../src/search/decompound.ts';
import { dutchLexicon } from '../../src/search/dutch-lexicon.ts';
import { MAX_WORD_LENGTH } from '../../src/search/words.ts';

const lexicon = dutchLexicon();
const known = (word: string) => lexicon.has(word);

describe('splitCompound against the Dutch dictionary', () => {
  test('splits profvoetbal into prof and voetbal, the example of the issue', () => {
    assert.deepEqual(splitCompound('profvoetbal', known), ['prof', 'voetbal']);
  });

  test('takes the fewest parts: arbeidsmarktdiscriminatie is arbeidsmarkt + discriminatie, not four parts', () => {
    assert.deepEqual(splitCompound('arbeidsmarktdiscriminatie', known), ['arbeidsmarkt', 'discriminatie']);
  });

  test('steps over a linking s between parts (arbeid-s-markt) and leaves it out of the parts', () => {
    assert.deepEqual(splitCompound('arbeidsmarkt', known), ['arbeid', 'markt']);
  });

  test('lets the last part carry a plural ending (profvoetbalclub-s)', () => {
    assert.deepEqual(splitCompound('profvoetbalclubs', known), ['profvoetbal', 'club']);
  });

  test('does not split a word into a three-letter part by chance: stadion is not stad + ion', () => {
    assert.deepEqual(splitCompound('stadion', known), []);
  });

  test('leaves an inflected simple word whole: discriminaties', () => {
    assert.deepEqual(splitCompound('discriminaties', known), []);
  });

  test(`splits a word of exactly ${MIN_COMPOUND} letters (werkplek) and none shorter (voetbal: bal is too short a part)`, () => {
    assert.deepEqual(splitCompound('werkplek', known), ['werk', 'plek']);
    assert.deepEqual(splitCompound('voetbal', known), []);
  });

  test(`gives up on a word longer than ${MAX_WORD_LENGTH} letters, so work stays bounded`, () => {
    const exact = 'werkplek'.repeat(5);
    assert.equal(exact.length, MAX_WORD_LENGTH);
    assert.deepEqual(splitCompound(exact, known), ['werkplek', 'werkplek', 'werkplek', 'werkplek', 'werkplek']);
    assert.deepEqual(splitCompound(`${exact}s`, known), []);
  });
});

describe('compoundParts', () => {
  test('adds the parts of parts, each once: arbeidsmarktdiscriminatie gives arbeid and markt too', () => {
    assert.deepEqual(compoundParts('arbeidsmarktdiscriminatie', known), ['arbeidsmarkt', 'discriminatie', 'arbeid', 'markt']);
  });

  test('gives nothing for a word that is no compound', () => {
    assert.deepEqual(compoundParts('racisme', known), []);
  });

  test('splits against any list of known words, such as the site\'s own vocabulary', () => {
    const site = new Set(['jeugd', 'huis']);
    assert.deepEqual(compoundParts('jeugdhuis', (word) => site.has(word)), ['jeugd', 'huis']);
  });
});
