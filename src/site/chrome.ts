import type { SiteModel } from '../model/site-model.ts';
import { nl } from '../messages/nl.ts';
import { formatDate } from './format.ts';
import { routes } from './routes.ts';
import type { Chrome } from './view.ts';

/** The frame every page shares: name, navigation, demo banner, as-of line. */
export function buildChrome(model: SiteModel): Chrome {
  const { site } = model;
  const t = nl.site;
  return {
    name: site.name,
    tagline: site.tagline ?? '',
    description: site.description ?? site.tagline ?? site.name,
    url: site.url,
    language: site.language,
    demo: site.demo,
    asOf: model.asOf,
    asOfLabel: t.asOf(formatDate(model.asOf)),
    publisher: site.publisher ?? site.name,
    ...(site.logo ? { logo: routes.media(site.logo) } : {}),
    nav: [
      { label: t.nav.initiatives, url: routes.initiatives, section: 'initiatives' },
      { label: t.nav.actors, url: routes.actors, section: 'actors' },
      { label: t.nav.ambassadors, url: routes.ambassadors, section: 'ambassadors' },
      { label: t.nav.events, url: routes.events, section: 'events' },
      { label: nl.monitoring.nav, url: routes.monitoring, section: 'monitoring' },
      ...model.pages.filter((page) => page.nav).map((page) => ({ label: page.title, url: routes.page(page.slug), section: `page-${page.slug}` })),
    ],
    footerLinks: [
      { label: 'Atom-feed initiatieven', url: routes.feedInitiatives },
      { label: 'Atom-feed activiteiten', url: routes.feedEvents },
      { label: 'Agenda (iCalendar)', url: routes.eventsIcs },
      { label: nl.engagement.nav, url: routes.engagements },
      { label: nl.monitoring.openData.nav, url: routes.openData },
    ],
  };
}

/** The brand colours of site.yaml as a stylesheet file, since the CSP forbids inline styles. */
export function brandStylesheet(model: SiteModel): string {
  const colors = model.site.colors ?? {};
  return `:root {\n  --brand: ${colors.primary ?? '#1d4f91'};\n  --accent: ${colors.accent ?? '#b0400b'};\n}\n`;
}
