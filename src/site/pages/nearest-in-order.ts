/**
 * Up to `count` entries nearest to the one at `place` in an ordered list, in list order and without
 * it: as many before as after, the rest from the other side near either end. Lets a page show its
 * neighbours in a long list (an event in its series) without printing the whole list on every page.
 */
export function nearestInOrder<T>(entries: readonly T[], place: number, count: number): T[] {
  const span = Math.min(count + 1, entries.length);
  const start = Math.max(0, Math.min(place - Math.floor(count / 2), entries.length - span));
  return entries.slice(start, start + span).filter((_, offset) => start + offset !== place);
}
