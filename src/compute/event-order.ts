import type { PartialDate } from './dates.ts';

/**
 * Events in time order: by first day (a month from its 1st, a range from its start), then the
 * shorter one first (a day before the month it falls on the 1st of), then by time and slug.
 */
export function compareEvents(a: { when: PartialDate; time?: string | undefined; slug: string }, b: { when: PartialDate; time?: string | undefined; slug: string }): number {
  return (
    a.when.first.localeCompare(b.when.first) ||
    a.when.last.localeCompare(b.when.last) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.slug.localeCompare(b.slug)
  );
}
