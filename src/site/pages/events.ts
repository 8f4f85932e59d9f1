import type { Event, SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { formatPartialDate, machinePartialDate, plural } from '../format.ts';
import { hasCalendarDay } from '../outputs/calendar.ts';
import type { NamedActors, PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { seriesLink } from './series.ts';
import { crumbs, markGroups, paginateGroups, type BrowseGroup, type Group, type Pager } from './listing.ts';
import { modelIndex } from '../model-index.ts';
import { nearestInOrder } from './nearest-in-order.ts';

const t = nl.site;

/** How many other events of its series an event page lists: a series of hundreds would otherwise print hundreds of links on each of its pages. */
export const SERIES_NEIGHBOURS = 6;

/** An event as one line in a listing. */
export interface EventItem {
  title: string;
  url: string;
  /** For `<time datetime>`: the day or month; empty for a range, which then prints as text alone. */
  isoDate: string;
  /** "10 juni 2020", "januari 2021", "september – oktober 2020": as precise as the source. */
  date: string;
  time: string;
  type: string;
  location: string;
  upcoming: boolean;
}

function timeOf(event: Event): string {
  if (!event.time) return '';
  return event.end_time ? `${event.time}–${event.end_time}` : event.time;
}

/** The listing line of one event. */
export function eventItem(event: Event): EventItem {
  return {
    title: event.title,
    url: routes.event(event.slug),
    isoDate: machinePartialDate(event.when),
    date: formatPartialDate(event.when),
    time: timeOf(event),
    type: event.typeTerm.label,
    location: event.location ?? '',
    upcoming: event.upcoming,
  };
}

/** A listing of events in titled groups (upcoming, then one group per year). */
export interface EventListing {
  intro: string;
  count: string;
  groups: Group<EventItem>[];
  pager?: Pager;
  browse: BrowseGroup[];
}

// A month or a range is listed under the year it starts in.
const yearOf = (event: Event) => event.when.first.slice(0, 4);

export function browseLinks(model: SiteModel, current: string): BrowseGroup[] {
  return markGroups(browseCounts(model), current);
}

/** The year and series browse groups with their counts, counted once for every listing page. */
function browseCounts(model: SiteModel): { title: string; links: (Link & { count: number })[] }[] {
  const byYear = new Map<string, number>();
  for (const event of model.events) byYear.set(yearOf(event), (byYear.get(yearOf(event)) ?? 0) + 1);
  const years = [...byYear.keys()].sort().reverse();
  return [
    { title: t.labels.browseByYear, links: years.map((year) => ({ label: year, url: routes.eventsByYear(year), count: byYear.get(year) ?? 0 })) },
    ...(model.series.length
      ? [{ title: t.eventsPage.browseBySeries, links: model.series.map((series) => ({ label: series.title, url: routes.series(series.slug), count: series.events.length })) }]
      : []),
  ];
}

/** What an event's page prints. */
export interface EventDetail extends EventItem {
  online?: string;
  registration?: string;
  /** The event's iCalendar file; absent when the source gives no day (see hasCalendarDay). */
  ics?: string;
  participants: NamedActors;
  /** Why there is no calendar file: the source gives a month or a range, no day. */
  calendarNote?: string;
  /** The series page, when the event belongs to a series. */
  partOf?: Link;
  /** The events nearest to this one in its series (SERIES_NEIGHBOURS at most), in date order. */
  series: Link[];
  /** The series page, when the series holds more events than `series` shows. */
  seriesAll?: Link;
  bodyHtml: string;
}

/** The overview (upcoming first, then past by year, newest first), the year pages and one page per event. */
export function eventPages(model: SiteModel, actors: PublicActors): PageView[] {
  const pages: PageView[] = [];
  const all = { label: t.nav.events, url: routes.events };
  const browse = browseCounts(model);
  const listing = (base: string, title: string, intro: string, groups: Group<Event>[], trail: Link[]) => {
    const total = groups.reduce((sum, group) => sum + group.items.length, 0);
    const itemGroups = groups.map((group) => ({ title: group.title, items: group.items.map(eventItem) }));
    for (const page of paginateGroups(itemGroups, base)) {
      pages.push({
        url: page.url,
        template: 'event-list',
        title: `${title}${page.titleSuffix}`,
        description: intro,
        breadcrumbs: trail,
        section: 'events',
        ogType: 'website',
        data: {
          intro,
          count: plural(total, 'activiteit', 'activiteiten'),
          groups: page.items,
          ...(page.pager ? { pager: page.pager } : {}),
          browse: markGroups(browse, base),
        } satisfies EventListing,
      });
    }
  };

  const upcoming = model.events.filter((event) => event.upcoming);
  const past = model.events.filter((event) => !event.upcoming).reverse();
  const pastYears = [...new Set(past.map(yearOf))];
  listing(
    routes.events,
    t.nav.events,
    t.eventsPage.intro,
    [
      ...(upcoming.length ? [{ title: t.labels.upcoming, items: upcoming }] : []),
      ...pastYears.map((year) => ({ title: year, items: past.filter((event) => yearOf(event) === year) })),
    ],
    crumbs(),
  );
  for (const year of [...new Set(model.events.map(yearOf))].sort()) {
    const selection = model.events.filter((event) => yearOf(event) === year);
    const soon = selection.filter((event) => event.upcoming);
    const done = selection.filter((event) => !event.upcoming);
    listing(
      routes.eventsByYear(year),
      t.eventsPage.byYear(year),
      t.eventsPage.byYearIntro(year),
      [...(soon.length ? [{ title: t.labels.upcoming, items: soon }] : []), ...(done.length ? [{ title: t.eventsPage.past, items: done.reverse() }] : [])],
      crumbs(all),
    );
  }

  pages.push(...model.events.map((event) => eventPage(event, model, actors)));
  return pages;
}

/** The page of one event; eventPages maps every event through it, the dev server calls it for the one just edited. */
export function eventPage(event: Event, model: SiteModel, actors: PublicActors): PageView {
  const all = { label: t.nav.events, url: routes.events };
  const index = modelIndex(model);
  const item = eventItem(event);
  const named = actors.name(event.participants);
  const sectors = [...new Set(event.participants.map((slug) => actors.get(slug)?.sectorTerm.label).filter((label): label is string => !!label))];
  const regions = [...new Set(event.participants.map((slug) => actors.get(slug)?.regionTerm?.label).filter((label): label is string => !!label))];
  const summary = [item.type, item.date, item.location].filter(Boolean).join(' · ');
  const partOf = event.series ? seriesLink(model, event.series) : undefined;
  const inSeries = event.series ? (index.eventsBySeries.get(event.series) ?? []) : [];
  const neighbours = nearestInOrder(inSeries, index.placeInSeries.get(event) ?? 0, SERIES_NEIGHBOURS);
  const seriesAll = partOf && neighbours.length < inSeries.length - 1 ? { label: t.eventsPage.wholeSeriesCount(plural(inSeries.length, 'activiteit', 'activiteiten'), partOf.label), url: partOf.url } : undefined;
  return {
    url: item.url,
    template: 'event',
    title: event.title,
    description: `${summary}.`,
    breadcrumbs: crumbs(all),
    section: 'events',
    ogType: 'article',
    search: {
      kind: t.kinds.event,
      summary,
      filters: {
        soort: [t.kinds.event],
        jaar: [yearOf(event)],
        ...(sectors.length ? { sector: sectors } : {}),
        ...(regions.length ? { regio: regions } : {}),
      },
    },
    data: {
      ...item,
      ...(event.online ? { online: event.online } : {}),
      ...(event.registration ? { registration: event.registration } : {}),
      // A past event is no longer offered for the visitor's calendar.
      ...(hasCalendarDay(event) && event.upcoming ? { ics: routes.eventIcs(event.slug) } : {}),
      participants: named,
      ...(hasCalendarDay(event) ? {} : { calendarNote: t.eventsPage.noCalendar }),
      ...(partOf ? { partOf } : {}),
      series: neighbours.map((other) => ({ label: `${other.title} (${formatPartialDate(other.when)})`, url: routes.event(other.slug) })),
      ...(seriesAll ? { seriesAll } : {}),
      bodyHtml: renderMarkdown(event.body),
    } satisfies EventDetail,
  };
}
