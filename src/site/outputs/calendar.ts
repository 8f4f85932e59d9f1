import { compareEvents } from '../../compute/event-order.ts';
import { nl } from '../../messages/nl.ts';
import type { Event, SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import { contentLine, escapeText } from './icalendar-line.ts';
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

/** A `YYYY-MM-DD` date `days` later as an iCalendar DATE (`YYYYMMDD`). */
function icalDate(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** An instant (ms) as an iCalendar UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`). */
function icalUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** Midnight UTC of a `YYYY-MM-DD` date, in ms: the DTSTAMP of every event, so builds are reproducible. */
function midnightUtc(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/**
 * The plain-text description of an event: its whole body, where to join, and only the participants
 * who may be named. Bounded by the body itself: folding is linear, so no cut is needed (with `ics`,
 * whose folding was quadratic, the body was cut at 300 characters).
 */
function describe(event: Event, actors: PublicActors): string {
  const t = nl.outputs;
  const parts = [markdownToPlainText(event.body)];
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
 * One event as a VEVENT block, its properties in the order `ics` wrote them (so the files stayed
 * byte-identical when we stopped using it). A date without time becomes an all-day event
 * (DTSTART;VALUE=DATE, DTEND the next day); a time becomes a UTC instant converted from Brussels
 * time, which every calendar shows at the right local hour (floating times would move with the
 * reader's zone, and a TZID needs a VTIMEZONE block for which UTC is the simpler equivalent).
 */
function vevent(model: SiteModel, event: Event, actors: PublicActors, stamp: string, host: string): string {
  const description = describe(event, actors);
  const location = event.location ?? event.online;
  let block = `BEGIN:VEVENT\r\n${contentLine('UID', `${event.slug}@${host}`)}`;
  if (event.title) block += contentLine('SUMMARY', escapeText(event.title));
  block += contentLine('DTSTAMP', stamp);
  if (event.time) {
    block += contentLine('DTSTART', icalUtc(brusselsInstant(event.date, event.time)));
    if (event.end_time) block += contentLine('DTEND', icalUtc(brusselsInstant(event.date, event.end_time)));
  } else {
    block += contentLine('DTSTART;VALUE=DATE', icalDate(event.date));
    block += contentLine('DTEND;VALUE=DATE', icalDate(event.date, 1));
  }
  if (description) block += contentLine('DESCRIPTION', escapeText(description));
  // A URI value is not TEXT: its commas and semicolons are part of the address.
  block += contentLine('URL', absoluteUrl(model.site.url, routes.event(event.slug)));
  if (location) block += contentLine('LOCATION', escapeText(location));
  block += contentLine('STATUS', 'CONFIRMED');
  block += contentLine('CATEGORIES', escapeText(event.typeTerm.label));
  return `${block}END:VEVENT\r\n`;
}

/** The lines every calendar file starts with: its version, product, method and the name apps show. */
function calendarHeader(model: SiteModel): string {
  return (
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n' +
    contentLine('PRODID', escapeText(`-//${model.site.name}//Activiteiten//NL`)) +
    contentLine('METHOD', 'PUBLISH') +
    contentLine('X-WR-CALNAME', escapeText(nl.outputs.calendarName(model.site.name))) +
    'X-PUBLISHED-TTL:PT1H\r\n'
  );
}

const CALENDAR_FOOTER = 'END:VCALENDAR\r\n';

/**
 * Whether an event goes into the iCalendar files: only when its source gave a day. A month or a
 * range would become an all-day entry on every day of it (or on a day the source never named),
 * which a calendar app shows as fact; its page says when it is, as precisely as known.
 */
export function hasCalendarDay(event: Pick<Event, 'when'>): boolean {
  return event.when.precision === 'day';
}

/** Each event with a day as its VEVENT block, in date order. */
function vevents(model: SiteModel, events: readonly Event[], actors: PublicActors): { event: Event; block: string }[] {
  const stamp = icalUtc(midnightUtc(model.asOf));
  const host = new URL(model.site.url).hostname;
  return events
    .filter(hasCalendarDay)
    .sort(compareEvents)
    .map((event) => ({ event, block: vevent(model, event, actors, stamp, host) }));
}

/** A VCALENDAR with these events, in date order. */
export function calendar(model: SiteModel, events: readonly Event[], actors: PublicActors): string {
  return `${calendarHeader(model)}${vevents(model, events, actors)
    .map(({ block }) => block)
    .join('')}${CALENDAR_FOOTER}`;
}

/** `/activiteiten/activiteiten.ics` with every event that has a day, and `/activiteiten/<slug>.ics` per such event. */
export function calendarFiles(model: SiteModel, actors: PublicActors): FileView[] {
  const header = calendarHeader(model);
  const blocks = vevents(model, model.events, actors);
  return [
    { url: routes.eventsIcs, content: `${header}${blocks.map(({ block }) => block).join('')}${CALENDAR_FOOTER}` },
    ...blocks.map(({ event, block }) => ({ url: routes.eventIcs(event.slug), content: `${header}${block}${CALENDAR_FOOTER}` })),
  ];
}
