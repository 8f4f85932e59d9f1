import { credentialSiteUrls, publishesCredentials } from '../credentials/credential-plan.ts';
import { DATA_FILES } from '../load/load-content.ts';
import { nl } from '../messages/nl.ts';
import type { SiteModel } from '../model/site-model.ts';
import { actorStatus, engagementUrlList, engagementUrls } from './engagement.ts';
import { hasCalendarDay } from './outputs/calendar.ts';
import type { PublicActors } from './public-actors.ts';
import { reservedFolders, routes } from './routes.ts';
import { perEntryShareImages } from './share-image.ts';
import { STATEMENT_SLUGS, statementUrlsWithoutPage } from './pages/statements.ts';

/*
 * Every output path the site will write, with who produces it, declared before anything is
 * written and without building the view (which takes seconds at scale): check, the dev server and
 * the build use it to find two producers of one path, and the URL lock to know what is published.
 * tests/site/url-owners.test.ts holds this declaration equal to what buildView produces.
 */

/** Who produces a URL: a content file (the entry itself, or one of its aliases), or the site itself. */
export type UrlOwner =
  | { kind: 'entry'; file: string; slug: string }
  | { kind: 'alias'; file: string; slug: string; alias: string; index: number }
  /** An indicator of the targets file (its `index`-th), whose id is its address under /monitoring/. */
  | { kind: 'indicator'; file: string; id: string; index: number }
  | { kind: 'generated'; what: string };

/** One URL the site publishes and its owner. */
export interface DeclaredUrl {
  url: string;
  owner: UrlOwner;
  /** Kept in the URL lock: an entry page (or badge file) others may link to. */
  locked: boolean;
}

/** A folder the site fills as a whole (a listing family, static assets, search index, …). */
export interface ReservedFolder {
  folder: string;
  what: string;
}

/** Why content that would have a URL does not publish it (yet). */
export type WithheldReason = 'privacy' | 'not-yet';

/** A URL an existing entry would have but does not publish: its actor did not consent, or it starts later. */
export interface WithheldUrl {
  url: string;
  reason: WithheldReason;
}

/** Everything the site publishes and reserves, and what it holds back. */
export interface UrlPlan {
  urls: DeclaredUrl[];
  folders: ReservedFolder[];
  withheld: WithheldUrl[];
}

const o = nl.urls.owners;

/** The URLs the site produces itself, outside any reserved folder. */
function generatedUrls(): DeclaredUrl[] {
  const generated = (url: string, what: string): DeclaredUrl => ({ url, owner: { kind: 'generated', what }, locked: false });
  return [
    generated(routes.home, o.home),
    ...[routes.initiatives, routes.actors, routes.ambassadors, routes.events, routes.engagements].map((url) => generated(url, o.listing(url))),
    generated(routes.search, o.search),
    generated(routes.notFound, o.notFound),
    ...['/_headers', '/_redirects', '/robots.txt', '/sitemap.xml'].map((url) => generated(url, o.hosting)),
    generated(routes.monitoring, o.monitoring),
    generated(routes.monitoringMethod, o.monitoringMethod),
    generated(routes.monitoringJson, o.monitoringData),
    generated(routes.monitoringCsv, o.monitoringData),
    generated(routes.openData, o.openData),
    ...[routes.dataActors, routes.dataInitiatives, routes.dataEvents].map((url) => generated(url, o.openDataFile)),
    generated(routes.eventsIcs, o.eventsCalendar),
    generated(routes.siteShareImage, o.shareImage),
  ];
}

/** The folders the site fills as a whole: no entry may publish inside them. */
export function reservedFolderList(): ReservedFolder[] {
  const listings = [routes.initiatives, routes.actors, routes.ambassadors, routes.events, routes.engagements];
  return [
    ...listings.map((base) => ({ folder: reservedFolders.paged(base), what: o.pagedFolder(base) })),
    { folder: reservedFolders.initiativesByTheme, what: o.themeFolder },
    { folder: reservedFolders.initiativesByYear, what: o.yearFolder },
    { folder: reservedFolders.actorsBySector, what: o.sectorFolder },
    { folder: reservedFolders.actorsByRegion, what: o.regionFolder },
    { folder: reservedFolders.eventsByYear, what: o.yearFolder },
    { folder: reservedFolders.assets, what: o.assetsFolder },
    { folder: reservedFolders.searchIndex, what: o.searchIndexFolder },
    { folder: reservedFolders.admin, what: o.adminFolder },
    { folder: reservedFolders.media, what: o.mediaFolder },
    { folder: reservedFolders.feeds, what: o.feedsFolder },
  ];
}

/**
 * Declares every URL of the site with its owner, in linear time: the same routes and the same
 * rules (public actors only, ambassadorships started by the as-of date) as the page modules.
 */
export function declareUrls(model: SiteModel, actors: PublicActors, targetsFile: string = DATA_FILES.targets): UrlPlan {
  const urls: DeclaredUrl[] = generatedUrls();
  for (const url of statementUrlsWithoutPage(model)) urls.push({ url, owner: { kind: 'generated', what: o.statement }, locked: false });
  // Signed badges name the issuer profile and the status lists for as long as anyone keeps them.
  if (publishesCredentials(model)) for (const url of credentialSiteUrls()) urls.push({ url, owner: { kind: 'generated', what: o.credentials }, locked: true });
  const perEntry = perEntryShareImages(model);
  const withheld: WithheldUrl[] = [];
  const entry = (file: string, slug: string, url: string, locked = true) => urls.push({ url, owner: { kind: 'entry', file, slug }, locked });
  // An entry page's share image lives beside it (src/site/share-image.ts), never in the lock.
  const image = (file: string, slug: string, pageUrl: string) => {
    if (perEntry) entry(file, slug, routes.shareImage(pageUrl), false);
  };

  for (const initiative of model.initiatives) {
    entry(initiative.file, initiative.slug, routes.initiative(initiative.slug));
    image(initiative.file, initiative.slug, routes.initiative(initiative.slug));
  }
  for (const actor of model.actors) {
    const credential = engagementUrls(actor.slug).credential;
    const own = [routes.actor(actor.slug), ...engagementUrlList(actor.slug)];
    const byAlias = actor.aliases.map((alias) => [routes.actor(alias), ...engagementUrlList(alias)]);
    if (!actors.get(actor.slug)) {
      // Privacy wins: a non-public actor publishes nothing, under its slug or any former one.
      for (const url of [...own, credential, ...byAlias.flat(), ...actor.aliases.map((alias) => engagementUrls(alias).credential)]) withheld.push({ url, reason: 'privacy' });
      continue;
    }
    for (const url of own) entry(actor.file, actor.slug, url);
    // A credential needs a badge level; once reached, a level stays (standing or ended), and so does the credential.
    if (actorStatus(model, actor).level) entry(actor.file, actor.slug, credential);
    image(actor.file, actor.slug, routes.actor(actor.slug));
    const hasCredential = actorStatus(model, actor).level !== undefined;
    actor.aliases.forEach((alias, index) => {
      const aliasUrls = [...(byAlias[index] ?? []), ...(hasCredential ? [engagementUrls(alias).credential] : [])];
      for (const url of aliasUrls) urls.push({ url, owner: { kind: 'alias', file: actor.file, slug: actor.slug, alias, index }, locked: true });
    });
  }
  for (const ambassador of model.ambassadors) {
    const url = routes.ambassador(ambassador.slug);
    if (!actors.get(ambassador.actor)) withheld.push({ url, reason: 'privacy' });
    else if (ambassador.since > model.asOf) withheld.push({ url, reason: 'not-yet' });
    else {
      entry(ambassador.file, ambassador.slug, url);
      image(ambassador.file, ambassador.slug, url);
    }
  }
  for (const event of model.events) {
    entry(event.file, event.slug, routes.event(event.slug));
    if (hasCalendarDay(event)) entry(event.file, event.slug, routes.eventIcs(event.slug), false);
    image(event.file, event.slug, routes.event(event.slug));
  }
  for (const series of model.series) {
    entry(series.file, series.slug, routes.series(series.slug));
    image(series.file, series.slug, routes.series(series.slug));
  }
  for (const page of model.pages) {
    entry(page.file, page.slug, routes.page(page.slug));
    // A statement's page is printed by the statement template, which shares the site's image.
    if (!STATEMENT_SLUGS.has(page.slug)) image(page.file, page.slug, routes.page(page.slug));
  }
  model.indicators.forEach((indicator, index) => {
    // The indicator pages share /monitoring/ with the plans and the method page: a plan or an indicator called "methode" collides.
    const owner: UrlOwner = { kind: 'indicator', file: targetsFile, id: indicator.id, index };
    urls.push({ url: routes.indicator(indicator.id), owner, locked: false }, { url: routes.indicatorCsv(indicator.id), owner, locked: false });
  });
  for (const plan of model.plans) {
    entry(plan.file, plan.slug, routes.plan(plan.slug));
    entry(plan.file, plan.slug, routes.planCsv(plan.slug), false);
  }
  return { urls, folders: reservedFolderList(), withheld };
}
