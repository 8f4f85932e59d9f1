import { ownCopy } from './own-copy.ts';

/** Shortest word in the vocabulary file: shorter queries get no suggestion, so their words are not needed. */
export const MIN_VOCABULARY_WORD = 3;
/** Most words in the vocabulary file, the most frequent first: keeps the file small on a large site. */
export const MAX_VOCABULARY_WORDS = 6000;

/** Counts how often each word occurs across the indexed pages. */
export class WordCounts {
  readonly #counts = new Map<string, number>();

  /** Adds one occurrence of each word given (repeat a word to count it more often). */
  add(words: Iterable<string>): void {
    for (const word of words) {
      const count = this.#counts.get(word);
      // A new word is kept as a copy of its own: the counts outlive the pages whose text it was cut from.
      if (count === undefined) this.#counts.set(ownCopy(word), 1);
      else this.#counts.set(word, count + 1);
    }
  }

  /** Whether the word occurs anywhere on the indexed pages. */
  has(word: string): boolean {
    return this.#counts.has(word);
  }

  /** Every word with its count. */
  entries(): IterableIterator<[string, number]> {
    return this.#counts.entries();
  }
}

/**
 * The vocabulary file assets/search.js suggests corrections from: a JSON object of word → count,
 * the MAX_VOCABULARY_WORDS most frequent words of at least MIN_VOCABULARY_WORD letters, in
 * alphabetical order so that two builds of the same content write the same bytes.
 */
export function vocabularyJson(counts: WordCounts, max = MAX_VOCABULARY_WORDS): string {
  const kept = [...counts.entries()]
    .filter(([word]) => word.length >= MIN_VOCABULARY_WORD)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(kept));
}
