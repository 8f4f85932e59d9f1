/** Longest word taken into the search vocabulary or looked at for parts: longer runs are not words. */
export const MAX_WORD_LENGTH = 40;

// Letters with their combining marks; digits and punctuation separate words, as they do for Pagefind.
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The words of a text in lower case (Dutch rules), in order, one regular-expression pass over it. */
export function searchWords(text: string): string[] {
  // One lower-casing of the whole text instead of one per word (the per-word call was the index step's
  // costliest function). It gives each word's own lower case where the text keeps its length and the
  // word has no capital sigma, whose lower case depends on what follows; elsewhere the word is lowered alone.
  const lower = text.toLocaleLowerCase('nl');
  const aligned = lower.length === text.length;
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length > MAX_WORD_LENGTH) continue;
    words.push(aligned && !word.includes('Σ') ? lower.slice(match.index, match.index + word.length) : word.toLocaleLowerCase('nl'));
  }
  return words;
}
