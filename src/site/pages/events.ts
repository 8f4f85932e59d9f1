import type { Event, SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { formatDate, plural } from '../format.ts';
import type { NamedActors, PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs, markCurrent, paginateGroups, type BrowseGroup, type Group, type Pager } from './listing.ts';

const t = nl.site;

/** An event as one line in a listing. */
export interface EventItem {
  title: string;
  url: string;
  isoDate: string;
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
    isoDate: event.date,
    date: formatDate(event.date),
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

const yearOf = (event: Event) => event.date.slice(0, 4);

export function browseLinks(model: SiteModel, current: string): BrowseGroup[] {
  const years = [...new Set(model.events.map(yearOf))].sort().reverse();
  return [
    {
      title: t.labels.browseByYear,
      links: markCurrent(
        years.map((year) => ({ label: year, url: routes.eventsByYear(year), count: model.events.filter((event) => yearOf(event) === year).length })),
        current,
      ),
    },
  ];
}

/** What an event's page prints. */
export interface EventDetail extends EventItem {
  online?: string;
  registration?: string;
  ics: string;
  participants: NamedActors;
  series: Link[];
  bodyHtml: string;
}

/** The overview (upcoming first, then past by year, newest first), the year pages and one page per event. */
export function eventPages(model: SiteModel, actors: PublicActors): PageView[] {
  const pages: PageView[] = [];
  const all = { label: t.nav.events, url: routes.events };
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
          browse: browseLinks(model, base),
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

  for (const event of model.events) {
    const item = eventItem(event);
    const named = actors.name(event.participants);
    const sectors = [...new Set(event.participants.map((slug) => actors.get(slug)?.sectorTerm.label).filter((label): label is string => !!label))];
    const regions = [...new Set(event.participants.map((slug) => actors.get(slug)?.regionTerm?.label).filter((label): label is string => !!label))];
    const summary = [item.type, item.date, item.location].filter(Boolean).join(' · ');
    pages.push({
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
        ics: routes.eventIcs(event.slug),
        participants: named,
        series: event.series
          ? model.events
              .filter((other) => other.series === event.series && other.slug !== event.slug)
              .map((other) => ({ label: `${other.title} (${formatDate(other.date)})`, url: routes.event(other.slug) }))
          : [],
        bodyHtml: renderMarkdown(event.body),
      } satisfies EventDetail,
    });
  }
  return pages;
}
