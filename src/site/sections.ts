import { nl } from '../messages/nl.ts';
import type { SiteModel } from '../model/site-model.ts';
import { routes } from './routes.ts';

/** The entry sections of the site, each with its own listing. */
export type SectionId = 'initiatives' | 'actors' | 'ambassadors' | 'events';

/** A section of the site as navigation and overviews link to it. */
export interface Section {
  id: SectionId;
  label: string;
  url: string;
}

/** Every entry section in menu order, with the number of entries content gives it. */
function allSections(model: SiteModel): (Section & { count: number })[] {
  const t = nl.site.nav;
  return [
    { id: 'initiatives', label: t.initiatives, url: routes.initiatives, count: model.initiatives.length },
    // Actors without consent count: the listing shows them as a number even when it names nobody.
    { id: 'actors', label: t.actors, url: routes.actors, count: model.actors.length },
    { id: 'ambassadors', label: t.ambassadors, url: routes.ambassadors, count: model.ambassadors.length },
    { id: 'events', label: t.events, url: routes.events, count: model.events.length },
  ];
}

/** The sections that have entries: a programme without events has no events section in menu, home page or sitemap. */
export function presentSections(model: SiteModel): Section[] {
  return allSections(model)
    .filter((section) => section.count > 0)
    .map(({ id, label, url }) => ({ id, label, url }));
}

/** The listing URLs of sections without entries: their pages stay reachable but are not offered anywhere. */
export function absentSectionUrls(model: SiteModel): string[] {
  return allSections(model)
    .filter((section) => section.count === 0)
    .map((section) => section.url);
}
