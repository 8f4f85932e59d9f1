/** Every URL the site publishes, built in one place so links and pages cannot disagree. */
export const routes = {
  home: '/',
  initiatives: '/initiatieven/',
  initiative: (slug: string) => `/initiatieven/${slug}/`,
  initiativesByTheme: (id: string) => `/initiatieven/thema/${id}/`,
  initiativesByYear: (year: string) => `/initiatieven/jaar/${year}/`,
  actors: '/actoren/',
  actor: (slug: string) => `/actoren/${slug}/`,
  actorsBySector: (id: string) => `/actoren/sector/${id}/`,
  actorsByRegion: (id: string) => `/actoren/regio/${id}/`,
  ambassadors: '/ambassadeurs/',
  events: '/activiteiten/',
  event: (slug: string) => `/activiteiten/${slug}/`,
  eventIcs: (slug: string) => `/activiteiten/${slug}.ics`,
  eventsIcs: '/activiteiten/activiteiten.ics',
  eventsByYear: (year: string) => `/activiteiten/jaar/${year}/`,
  search: '/zoeken/',
  page: (slug: string) => `/${slug}/`,
  notFound: '/404.html',
  feedEvents: '/feeds/activiteiten.xml',
  feedInitiatives: '/feeds/initiatieven.xml',
  brandCss: '/assets/brand.css',
} as const;

/** An absolute URL on the site, from its base URL in site.yaml. */
export function absoluteUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
