/** Longest word taken into the search vocabulary or looked at for parts: longer runs are not words. */
export const MAX_WORD_LENGTH = 40;

// Letters with their combining marks; digits and punctuation separate words, as they do for Pagefind.
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The words of a text in lower case (Dutch rules), in order, one regular-expression pass over it. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    if (match[0].length <= MAX_WORD_LENGTH) words.push(match[0].toLocaleLowerCase('nl'));
  }
  return words;
}
