import type { Folder } from './synthetic-entries.ts';

/** The fewest entries that still give every collection something to refer to. */
export const MIN_ENTRIES = 10;

/** Splits `total` entries 40% actors, 30% initiatives, 20% events, 10% ambassadors; the counts sum to `total`. */
export function splitEntries(total: number): Record<Folder, number> {
  if (!Number.isInteger(total) || total < MIN_ENTRIES) {
    throw new RangeError(`Need a whole number of at least ${MIN_ENTRIES} entries, got ${total}.`);
  }
  const actors = Math.round(total * 0.4);
  const initiatives = Math.round(total * 0.3);
  const events = Math.round(total * 0.2);
  return { actors, initiatives, events, ambassadors: total - actors - initiatives - events };
}
