import { distance } from 'fastest-levenshtein';

/** The candidate closest to `input` when it is close enough to be a likely typo, else undefined. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word may differ; shorter words allow two edits so "sectr" still finds "sector".
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** " (bedoelde je "x"?)" when a close candidate exists, else the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = suggest(input, candidates);
  return match === undefined ? '' : ` (bedoelde je "${match}"?)`;
}
