import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { compareEvents } from '../../compute/event-order.ts';
import { nl } from '../../messages/nl.ts';
import type { Event, SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import { markdownToPlainText } from './plain-text.ts';

/** Where the programme runs: every event time in content is wall-clock time here. */
const ZONE = 'Europe/Brussels';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Brussels is ahead of UTC at the instant `ms`, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
function brusselsOffset(ms: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant (ms since 1970) of a date and `HH:MM` on the clocks in Brussels. Computed with the
 * IANA zone through Intl, never with the machine's own timezone, so a build in Honolulu gives the
 * same instant as one in Brussels.
 */
export function brusselsInstant(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const first = wall - brusselsOffset(wall);
  // Near a daylight-saving switch the offset at the guess may differ from the one at the answer.
  return wall - brusselsOffset(first);
}

/** A `YYYY-MM-DD` date as the array `ics` writes as `VALUE=DATE`, `days` later. */
function dateArray(date: string, days = 0): DateArray {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return [moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate()];
}

/** Midnight UTC of a `YYYY-MM-DD` date, in ms: the DTSTAMP of every event, so builds are reproducible. */
function midnightUtc(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** What `ics` accepts for one event: its published types omit `timestamp` and demand an end. */
type CalendarEvent = Omit<EventAttributes, 'end' | 'duration'> & { timestamp: number; end?: EventAttributes['start'] };

/**
 * Calendar apps show a few lines, and `ics` folds long lines in quadratic time (800 events with
 * full bodies took a minute), so the description keeps the first part; the URL leads to the rest.
 */
const DESCRIPTION_LIMIT = 300;

/** `text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut. */
export function shorten(text: string, limit: number): string {
  if ([...text].length <= limit) return text;
  const cut = [...text].slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The plain-text description of an event: its body, where to join, and only the participants who may be named. */
function describe(event: Event, actors: PublicActors): string {
  const t = nl.outputs;
  const parts = [shorten(markdownToPlainText(event.body), DESCRIPTION_LIMIT)];
  const named = actors.name(event.participants);
  if (named.links.length > 0) {
    const names = named.links.map((link) => link.label).join(', ');
    parts.push(t.participants(named.othersLabel ? `${names} ${named.othersLabel}` : names));
  }
  if (event.online) parts.push(t.online(event.online));
  if (event.registration) parts.push(t.registration(event.registration));
  return parts.filter((part) => part.length > 0).join('\n\n');
}

/**
 * One event in iCalendar terms. A date without time becomes an all-day event (DTSTART;VALUE=DATE,
 * DTEND the next day); a time becomes a UTC instant converted from Brussels time, which every
 * calendar shows at the right local hour (floating times would move with the reader's zone, and a
 * TZID needs a VTIMEZONE block that `ics` cannot write).
 */
function calendarEvent(model: SiteModel, event: Event, actors: PublicActors): CalendarEvent {
  const host = new URL(model.site.url).hostname;
  const start = event.time ? brusselsInstant(event.date, event.time) : dateArray(event.date);
  const end = event.time ? (event.end_time ? brusselsInstant(event.date, event.end_time) : undefined) : dateArray(event.date, 1);
  const description = describe(event, actors);
  const location = event.location ?? event.online;
  return {
    uid: `${event.slug}@${host}`,
    timestamp: midnightUtc(model.asOf),
    title: event.title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(end !== undefined ? { end, endInputType: 'utc' as const, endOutputType: 'utc' as const } : {}),
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    url: absoluteUrl(model.site.url, routes.event(event.slug)),
    categories: [event.typeTerm.label],
    status: 'CONFIRMED',
  };
}

/** One content line cut into lines of at most 75 octets, never inside a character (RFC 5545, 3.1). */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // A continuation line starts with a space, which counts.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `ics` folds at 75 characters; Dutch text with é or ’ then exceeds 75 octets. Unfold and fold again by octets. */
function foldByOctets(text: string): string {
  return text
    .replace(/\r\n[\t ]/g, '')
    .split('\r\n')
    .map((line) => (line ? foldLine(line) : line))
    .join('\r\n');
}

/**
 * Whether an event goes into the iCalendar files: only when its source gave a day. A month or a
 * range would become an all-day entry on every day of it (or on a day the source never named),
 * which a calendar app shows as fact; its page says when it is, as precisely as known.
 */
export function hasCalendarDay(event: Pick<Event, 'when'>): boolean {
  return event.when.precision === 'day';
}

/** A VCALENDAR with these events, in date order; `ics`'s own errors stop the build. */
export function calendar(model: SiteModel, events: readonly Event[], actors: PublicActors): string {
  const sorted = events.filter(hasCalendarDay).sort(compareEvents);
  const { error, value } = createEvents(
    sorted.map((event) => calendarEvent(model, event, actors)) as EventAttributes[],
    { productId: `-//${model.site.name}//Activiteiten//NL`, method: 'PUBLISH', calName: nl.outputs.calendarName(model.site.name) },
  );
  if (error || value === null) throw new Error(`iCalendar kon niet geschreven worden: ${error?.message ?? 'onbekende fout'}`);
  return foldByOctets(value);
}

/** `/activiteiten/activiteiten.ics` with every event that has a day, and `/activiteiten/<slug>.ics` per such event. */
export function calendarFiles(model: SiteModel, actors: PublicActors): FileView[] {
  const sorted = model.events.filter(hasCalendarDay).sort(compareEvents);
  // `ics` is slow per event, so every event is written once, in the full calendar, and each event's own file is its VEVENT between the same header and footer.
  const all = calendar(model, sorted, actors);
  const vevents = all.match(VEVENTS) ?? [];
  const start = all.indexOf('BEGIN:VEVENT\r\n');
  const header = start < 0 ? all : all.slice(0, start);
  const footer = start < 0 ? '' : all.slice(all.lastIndexOf('END:VEVENT\r\n') + 'END:VEVENT\r\n'.length);
  return [{ url: routes.eventsIcs, content: all }, ...sorted.map((event, index) => ({ url: routes.eventIcs(event.slug), content: `${header}${vevents[index] ?? ''}${footer}` }))];
}

/** Every VEVENT block with its line ending, as `ics` writes them. */
const VEVENTS = /BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g;
