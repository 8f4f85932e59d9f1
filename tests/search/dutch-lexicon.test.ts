import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dutchLexicon, MIN_LEXICON_WORD } from '../../src/search/dutch-lexicon.ts';

test('the Dutch lexicon holds the stems of the OpenTaal dictionary in lower case, without affix flags', () => {
  const lexicon = dutchLexicon();
  // In the .dic file as "voetbal/CaZeCbCc" and "discriminatie/CeCcZa".
  for (const word of ['voetbal', 'discriminatie', 'arbeidsmarkt', 'prof']) assert.ok(lexicon.has(word), word);
  assert.ok(lexicon.size > 100_000, `about 130,000 words (got ${lexicon.size})`);
});

test(`the Dutch lexicon leaves out names, words with digits or hyphens and words under ${MIN_LEXICON_WORD} letters`, () => {
  const lexicon = dutchLexicon();
  // "Leuvenaar/PNZfSv", "06-nummer/Za", "100-jarig/AaZb", "bal/…" are in the .dic file.
  for (const word of ['Leuvenaar', 'leuvenaar', '06-nummer', '100-jarig', 'bal', 'ion']) assert.ok(!lexicon.has(word), word);
  assert.ok([...lexicon].every((word) => word.length >= MIN_LEXICON_WORD && /^\p{Ll}+$/u.test(word)));
});

test('the Dutch lexicon is read once per process', () => {
  assert.equal(dutchLexicon(), dutchLexicon());
});
