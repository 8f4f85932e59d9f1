import { MAX_WORD_LENGTH } from './words.ts';

/** Shortest part of a compound: "prof" in "profvoetbal"; three-letter parts split too many words by chance. */
export const MIN_PART = 4;
/** Shortest word looked at as a compound: two parts of MIN_PART. */
export const MIN_COMPOUND = 2 * MIN_PART;

// The linking sounds between two parts ("arbeid-s-markt", "boer-en-bond") and the endings the last
// part may carry ("profvoetbalclub-s"), since the dictionary holds stems, not inflected forms.
const LINKS = ['s', 'e', 'en'];
const ENDINGS = ['s', 'e', 'en', 'n', 'er', 'ers'];

/** Whether a lower-case word is a known word, so it may be a part of a compound. */
export type KnownWord = (word: string) => boolean;

interface Step {
  parts: number;
  /** Where the previous part starts, and where this part ends (before any link or ending). */
  from: number;
  partStart: number;
  partEnd: number;
  lastLength: number;
}

/**
 * Splits a lower-case word into known parts, fewest parts first and, among those, the longest last
 * part (Dutch compounds are head-final): "profvoetbal" → ["prof", "voetbal"],
 * "arbeidsmarktdiscriminatie" → ["arbeidsmarkt", "discriminatie"]. Returns [] for a word that is not
 * a compound of known words. Work is bounded: at most MAX_WORD_LENGTH² substring look-ups.
 */
export function splitCompound(word: string, known: KnownWord): string[] {
  const n = word.length;
  if (n < MIN_COMPOUND || n > MAX_WORD_LENGTH) return [];
  // best[i]: the best way to cover word[0, i) with whole parts (and their links).
  const best: (Step | undefined)[] = new Array(n + 1);
  best[0] = { parts: 0, from: -1, partStart: 0, partEnd: 0, lastLength: 0 };
  const offer = (at: number, step: Step) => {
    const current = best[at];
    if (!current || step.parts < current.parts || (step.parts === current.parts && step.lastLength > current.lastLength)) best[at] = step;
  };
  for (let start = 0; start < n; start++) {
    const before = best[start];
    if (!before) continue;
    for (let end = start + MIN_PART; end <= n; end++) {
      if (start === 0 && end === n) continue; // the word itself is not a split
      const part = word.slice(start, end);
      if (!known(part)) continue;
      const step = { parts: before.parts + 1, from: start, partStart: start, partEnd: end, lastLength: end - start };
      offer(end, step);
      for (const link of LINKS) {
        if (end + link.length < n && word.startsWith(link, end)) offer(end + link.length, step);
      }
      // An ending only after a second part: "clubs" alone is an inflected word, not a compound.
      if (start > 0) {
        for (const ending of ENDINGS) if (end + ending.length === n && word.endsWith(ending)) offer(n, step);
      }
    }
  }
  const last = best[n];
  if (!last || last.parts < 2) return [];
  const parts: string[] = [];
  for (let step: Step | undefined = last; step && step.parts > 0; step = best[step.from]) parts.unshift(word.slice(step.partStart, step.partEnd));
  return parts;
}

/**
 * Every part of a compound, the parts of its parts included ("arbeidsmarktdiscriminatie" →
 * arbeidsmarkt, discriminatie, arbeid, markt), without repeats; [] when the word is no compound.
 */
export function compoundParts(word: string, known: KnownWord): string[] {
  const found = new Set<string>();
  const queue = splitCompound(word, known);
  // Each part is shorter than the word it came from, so this ends within MAX_WORD_LENGTH rounds.
  while (queue.length) {
    const part = queue.shift()!;
    if (found.has(part)) continue;
    found.add(part);
    queue.push(...splitCompound(part, known));
  }
  return [...found];
}
