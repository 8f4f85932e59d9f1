import { mediaUrl } from '../media/media-url.ts';

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
  ambassador: (slug: string) => `/ambassadeurs/${slug}/`,
  events: '/activiteiten/',
  event: (slug: string) => `/activiteiten/${slug}/`,
  eventIcs: (slug: string) => `/activiteiten/${slug}.ics`,
  eventsIcs: '/activiteiten/activiteiten.ics',
  eventsByYear: (year: string) => `/activiteiten/jaar/${year}/`,
  /** A series of content/series/: its whole programme as a timeline. */
  series: (slug: string) => `/activiteiten/reeks/${slug}/`,
  search: '/zoeken/',
  engagements: '/engagement/',
  engagement: (slug: string) => `/engagement/${slug}/`,
  /** A file beside an engagement page: badge.svg, badge-donker.svg, badge.png, badge-donker.png, index.json. */
  engagementFile: (slug: string, file: string) => `/engagement/${slug}/${file}`,
  /** The programme as issuer of the signed badges (Open Badges 3.0 Profile) with its public key: the `issuer.id` of every credential. */
  credentialIssuer: '/engagement/uitgever.json',
  /** The status lists of the signed badges (W3C Bitstring Status List): revoked, and suspended, credentials. */
  statusLists: { revocation: '/engagement/intrekkingen.json', suspension: '/engagement/opschortingen.json' },
  copyScript: '/assets/copy.js',
  monitoring: '/monitoring/',
  monitoringMethod: '/monitoring/methode/',
  monitoringJson: '/monitoring/monitoring.json',
  monitoringCsv: '/monitoring/monitoring.csv',
  openData: '/data/',
  dataActors: '/data/actors.csv',
  dataInitiatives: '/data/initiatives.csv',
  dataEvents: '/data/events.csv',
  /** One indicator of the monitoring: chart, table, definition, calculation, source (shares /monitoring/ with the plans). */
  indicator: (id: string) => `/monitoring/${id}/`,
  /** An indicator's history as CSV. */
  indicatorCsv: (id: string) => `/data/indicatoren/${id}.csv`,
  /** An action plan of content/plans/<slug>.yaml (a slug cannot take a fixed /monitoring/ segment such as methode). */
  plan: (slug: string) => `/monitoring/${slug}/`,
  /** Every action of a plan, flat, as CSV. */
  planCsv: (slug: string) => `/data/plans/${slug}.csv`,
  page: (slug: string) => `/${slug}/`,
  /** The generated statements; a content page of the same slug adds the programme's own text to them. */
  contact: '/contact/',
  privacy: '/privacy/',
  accessibility: '/toegankelijkheid/',
  /** The share image (og:image) of an entry page, beside it. */
  shareImage: (pageUrl: string) => `${pageUrl}deelbeeld.png`,
  /** The share image of every page without its own. */
  siteShareImage: '/deelbeeld.png',
  notFound: '/404.html',
  feedEvents: '/feeds/activiteiten.xml',
  feedInitiatives: '/feeds/initiatieven.xml',
  brandCss: '/assets/brand.css',
  /** A media file named in content relative to content/ (`media/logo.png` → `/media/logo.png`; an SVG is published drawn, as `.svg.png`). */
  media: mediaUrl,
  searchScript: '/assets/search.js',
  /** The words of the indexed pages with their counts, for "Bedoelde je …?"; written with the index, inside its folder. */
  searchVocabulary: '/pagefind/woorden.json',
  /** Page `number` of a paginated listing at `base` (page 1 is `base` itself). */
  paged: (base: string, number: number) => (number <= 1 ? base : `${base}pagina/${number}/`),
} as const;

/**
 * Folders whose whole content one generator owns: no entry, alias or page may publish inside them.
 * Listing families (per theme, year, sector, region, and the pages 2, 3, … of a listing) and the
 * folders the build fills outside the view (static assets, search index, web form, media, feeds).
 */
export const reservedFolders = {
  /** The folder under a listing that holds its pages 2, 3, … (see `routes.paged`). */
  paged: (base: string) => `${base}pagina/`,
  initiativesByTheme: '/initiatieven/thema/',
  initiativesByYear: '/initiatieven/jaar/',
  actorsBySector: '/actoren/sector/',
  actorsByRegion: '/actoren/regio/',
  eventsByYear: '/activiteiten/jaar/',
  assets: '/assets/',
  searchIndex: '/pagefind/',
  admin: '/admin/',
  media: '/media/',
  feeds: '/feeds/',
} as const;

/** The file a static host serves for a URL path: `/a/` → `a/index.html`, `/a/b.svg` → `a/b.svg`. */
export function outputPath(url: string): string {
  const relative = url.replace(/^\/+/, '');
  return url.endsWith('/') ? `${relative}index.html` : relative;
}

/** An absolute URL on the site, from its base URL in site.yaml. */
export function absoluteUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
