import { nl } from '../../messages/nl.ts';
import type { Event, Initiative, SiteModel } from '../../model/site-model.ts';
import { formatPartialDate } from '../format.ts';
import { routes } from '../routes.ts';
import type { FeedEntry, FeedsView, FeedView } from '../view.ts';
import { markdownToPlainText } from './plain-text.ts';

/**
 * Midnight UTC of a `YYYY-MM-DD` date. Every date in the feeds is taken this way, never from the
 * clock, so the same content always gives byte-identical feeds.
 */
export function feedDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** Newest first; entries of the same day by title, then slug, so the order never depends on file order. */
function newestFirst<T extends { slug: string }>(items: readonly T[], dateOf: (item: T) => string, titleOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || titleOf(a).localeCompare(titleOf(b), 'nl') || a.slug.localeCompare(b.slug));
}

function initiativeEntry(initiative: Initiative): FeedEntry {
  // Content carries no edit dates: an initiative is dated by its start, which never moves with the as-of date.
  const date = feedDate(initiative.start);
  return {
    title: initiative.title,
    url: routes.initiative(initiative.slug),
    published: date,
    updated: date,
    summary: initiative.summary,
    categories: initiative.themeTerms.map((term) => term.label),
  };
}

/** "Bijeenkomst op 29 november 2018, 13:00–18:00, Brussel." */
function eventLine(event: Event): string {
  const type = event.typeTerm.label;
  const time = event.time ? `, ${event.time}${event.end_time ? `–${event.end_time}` : ''}` : '';
  const place = [event.location, event.online ? 'online' : undefined].filter(Boolean).join(' en ');
  // "op 10 juni 2020" for a day, "in januari 2021" for a month or a range: as precise as the source.
  return `${type} ${event.when.precision === 'day' ? 'op' : 'in'} ${formatPartialDate(event.when)}${time}${place ? `, ${place}` : ''}.`;
}

function eventEntry(event: Event): FeedEntry {
  const date = feedDate(event.countsOn);
  const body = markdownToPlainText(event.body);
  return {
    title: event.title,
    url: routes.event(event.slug),
    published: date,
    updated: date,
    summary: body ? `${eventLine(event)}\n\n${body}` : eventLine(event),
    categories: [event.typeTerm.label],
  };
}

/**
 * The Atom feeds of initiatives and events. The feed's own `updated` is the as-of date, the day the
 * site describes; entries are dated by their start (initiatives) or their day (events). Entries
 * carry no actor names of their own (no per-entry author, no participants): the feed's author is
 * the publisher from site.yaml.
 */
export function buildFeeds(model: SiteModel): FeedsView {
  const { site } = model;
  const author = site.publisher ?? site.name;
  const updated = feedDate(model.asOf);
  const feed = (url: string, htmlUrl: string, title: string, subtitle: string, entries: FeedEntry[]): FeedView => ({
    url,
    htmlUrl,
    base: site.url,
    title,
    subtitle,
    author,
    updated,
    entries,
  });
  return {
    initiatives: [
      feed(
        routes.feedInitiatives,
        routes.initiatives,
        nl.outputs.feedInitiatives.title(site.name),
        nl.outputs.feedInitiatives.subtitle,
        newestFirst(model.initiatives, (i) => i.start, (i) => i.title).map(initiativeEntry),
      ),
    ],
    events: [
      feed(
        routes.feedEvents,
        routes.events,
        nl.outputs.feedEvents.title(site.name),
        nl.outputs.feedEvents.subtitle,
        newestFirst(model.events, (e) => `${e.countsOn}T${e.time ?? ''}`, (e) => e.title).map(eventEntry),
      ),
    ],
  };
}
