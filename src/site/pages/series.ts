import type { Series, SiteModel } from '../../model/site-model.ts';
import { modelIndex } from '../model-index.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { contactView, type ContactView } from '../contact-person.ts';
import { formatPartialDate, machinePartialDate, plural } from '../format.ts';
import type { NamedActors, PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs } from './listing.ts';

const t = nl.site;

/** One step on a series' timeline as the page prints it. */
export interface TimelineItem {
  title: string;
  /** The event's page; absent for a step that is no event. */
  url?: string;
  /** "september – oktober 2020", or "Zonder vaste datum". */
  date: string;
  /** For `<time datetime>`; empty for a range or no date. */
  isoDate: string;
  /** The event type, or "Stap zonder bijeenkomst". */
  kind: string;
  text: string;
  location: string;
  /** "Voorbij", "Nog te komen", or empty for an undated step. */
  status: string;
  upcoming: boolean;
}

/** What a series page prints. */
export interface SeriesDetail {
  period: string;
  periodIso: string;
  organiser?: NamedActors;
  timelineIntro: string;
  timeline: TimelineItem[];
  contact?: ContactView;
  bodyHtml: string;
}

/** The series' steps in programme order, each with its date as precise as the source. */
export function timelineItems(model: SiteModel, series: Series): TimelineItem[] {
  const { events } = modelIndex(model);
  const p = t.seriesPage;
  return series.timeline.flatMap((step): TimelineItem[] => {
    if (step.kind === 'event') {
      const event = events.get(step.slug);
      if (!event) return [];
      return [{
        title: event.title,
        url: routes.event(event.slug),
        date: formatPartialDate(event.when),
        isoDate: machinePartialDate(event.when),
        kind: event.typeTerm.label,
        text: '',
        location: event.location ?? '',
        status: event.upcoming ? p.upcoming : p.held,
        upcoming: event.upcoming,
      }];
    }
    const upcoming = step.when !== undefined && step.when.last > model.asOf;
    return [{
      title: step.title,
      date: step.when ? formatPartialDate(step.when) : p.noDate,
      isoDate: step.when ? machinePartialDate(step.when) : '',
      kind: p.action,
      text: step.text ?? '',
      location: '',
      status: step.when ? (upcoming ? p.upcoming : p.held) : '',
      upcoming,
    }];
  });
}

/** A link to a series' page, for the event pages of its events. */
export function seriesLink(model: SiteModel, slug: string): Link | undefined {
  const series = modelIndex(model).series.get(slug);
  return series ? { label: series.title, url: routes.series(series.slug) } : undefined;
}

/** One page per series of content/series/, at /activiteiten/reeks/<slug>/: the whole programme as a timeline. */
export function seriesPages(model: SiteModel, actors: PublicActors): PageView[] {
  const all = { label: t.nav.events, url: routes.events };
  return model.series.map((series) => {
    const timeline = timelineItems(model, series);
    const period = series.periodWhen ? formatPartialDate(series.periodWhen) : '';
    const summary = series.summary ?? t.seriesPage.summary(period);
    const organiser = series.organiser ? actors.name([series.organiser], false) : undefined;
    return {
      url: routes.series(series.slug),
      template: 'series',
      title: series.title,
      description: summary,
      breadcrumbs: crumbs(all),
      section: 'events',
      ogType: 'article',
      search: { kind: t.kinds.series, summary, filters: { soort: [t.kinds.event] } },
      data: {
        period,
        periodIso: series.periodWhen ? machinePartialDate(series.periodWhen) : '',
        ...(organiser ? { organiser } : {}),
        timelineIntro: t.seriesPage.timelineIntro(plural(timeline.length, t.seriesPage.step(1), t.seriesPage.step(2))),
        timeline,
        ...(series.contact ? { contact: contactView(series.contact) } : {}),
        bodyHtml: renderMarkdown(series.body),
      } satisfies SeriesDetail,
    };
  });
}
