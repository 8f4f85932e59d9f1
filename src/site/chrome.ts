import type { SiteModel } from '../model/site-model.ts';
import { nl } from '../messages/nl.ts';
import { shortName } from '../schema/site.ts';
import { formatDate } from './format.ts';
import { routes } from './routes.ts';
import { presentSections, type SectionId } from './sections.ts';
import { SHARE_IMAGE_SIZE } from './share-image.ts';
import { statementLinkList } from './pages/statements.ts';
import type { Chrome } from './view.ts';

/** The frame every page shares: name, navigation (only sections with entries), demo banner, as-of line, footer. */
export function buildChrome(model: SiteModel): Chrome {
  const { site } = model;
  const t = nl.site;
  const i = nl.identity;
  const sections = presentSections(model);
  const has = (id: SectionId) => sections.some((section) => section.id === id);
  const funding = site.funding;
  return {
    name: site.name,
    shortName: shortName(site),
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
      ...sections.map((section) => ({ label: section.label, url: section.url, section: section.id })),
      { label: nl.monitoring.nav, url: routes.monitoring, section: 'monitoring' },
      ...model.pages.filter((page) => page.nav).map((page) => ({ label: page.title, url: routes.page(page.slug), section: `page-${page.slug}` })),
    ],
    footerLinks: [
      ...(has('initiatives') ? [{ label: i.feedInitiatives, url: routes.feedInitiatives }] : []),
      ...(has('events') ? [{ label: i.feedEvents, url: routes.feedEvents }, { label: i.calendar, url: routes.eventsIcs }] : []),
      ...(has('actors') ? [{ label: nl.engagement.nav, url: routes.engagements }] : []),
      { label: nl.monitoring.openData.nav, url: routes.openData },
    ],
    feeds: [
      ...(has('initiatives') ? [{ label: i.feedTitleInitiatives, url: routes.feedInitiatives }] : []),
      ...(has('events') ? [{ label: i.feedTitleEvents, url: routes.feedEvents }] : []),
    ],
    statementLinks: statementLinkList(),
    ...(funding
      ? { funding: { text: funding.text, ...(funding.logo ? { logo: { url: routes.media(funding.logo.src), alt: funding.logo.alt } } : {}) } }
      : {}),
    ...(site.licence ? { licence: { name: site.licence.name, url: site.licence.url } } : {}),
    shareImage: { url: routes.siteShareImage, ...SHARE_IMAGE_SIZE },
  };
}

/** The brand colours of site.yaml as a stylesheet file, since the CSP forbids inline styles. */
export function brandStylesheet(model: SiteModel): string {
  const colors = model.site.colors ?? {};
  return `:root {\n  --brand: ${colors.primary ?? '#1d4f91'};\n  --accent: ${colors.accent ?? '#b0400b'};\n}\n`;
}
