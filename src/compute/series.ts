import type { EntryBase, Event, Series, SeriesStep } from '../model/site-model.ts';
import type { SeriesInput } from '../schema/series.ts';
import { parsePartialDate } from './dates.ts';
import { groupBy } from './group-by.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The series with their timelines. A series that lists `steps` is shown in exactly that order
 * (check makes sure it lists each of its events once); one without steps shows its events in
 * date order. `events` must already be in date order.
 */
export function buildSeries(entries: ReadonlyArray<EntryBase & { data: SeriesInput }>, events: readonly Event[]): Series[] {
  // One pass over the events, not one per series.
  const bySeries = groupBy(events, (event) => event.series);
  return entries
    .map(({ slug, file, body, data }): Series => {
      const own = (bySeries.get(slug) ?? []).map((event) => event.slug);
      const timeline: SeriesStep[] =
        data.steps.length > 0
          ? data.steps.map((step): SeriesStep => {
              if (step.event !== undefined) return { kind: 'event', slug: step.event };
              const when = step.date === undefined ? undefined : parsePartialDate(step.date);
              return { kind: 'step', title: step.title ?? '', ...(step.text ? { text: step.text } : {}), ...(when ? { when } : {}) };
            })
          : own.map((event): SeriesStep => ({ kind: 'event', slug: event }));
      const periodWhen = data.period === undefined ? undefined : parsePartialDate(data.period);
      return { ...data, slug, file, body, ...(periodWhen ? { periodWhen } : {}), timeline, events: own };
    })
    .sort((a, b) => (a.periodWhen?.first ?? '').localeCompare(b.periodWhen?.first ?? '') || collator.compare(a.title, b.title));
}
