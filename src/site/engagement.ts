import { nl } from '../messages/nl.ts';
import type { Actor, SiteModel } from '../model/site-model.ts';
import { BADGE_FILES, BADGE_VARIANTS, badgeSize, badgeSvg, type BadgeSize, type BadgeVariant } from './badge.ts';
import { commitmentStatus, yearOf, type CommitmentLevel, type CommitmentStatus } from './commitment-status.ts';
import { formatDate } from './format.ts';
import type { PublicActors } from './public-actors.ts';
import { absoluteUrl, routes } from './routes.ts';

const t = nl.engagement;

/** Every status level, for sizing badges so that no status change alters their size. */
const LEVELS = Object.keys(t.badgeText) as CommitmentLevel[];

/** The file names beside an engagement page, besides its index.html. */
export const ENGAGEMENT_FILES = [BADGE_FILES.licht.svg, BADGE_FILES.donker.svg, BADGE_FILES.licht.png, BADGE_FILES.donker.png, 'index.json'] as const;

/** The status of an actor on the model's as-of date, from its declaration, steps and ambassadorships. */
export function actorStatus(model: SiteModel, actor: Actor): CommitmentStatus {
  const roles = model.ambassadors.filter((ambassador) => ambassador.actor === actor.slug);
  return commitmentStatus(actor, roles, model.asOf);
}

/** The day a status is dated by: the end of an ended state, else its start. */
export function statusDate(status: CommitmentStatus): string | undefined {
  return status.ended ? status.endedOn : status.since;
}

/** The badge's visible text: "Ondertekenaar Integratiepact sinds 2018". */
export function badgeText(status: CommitmentStatus, siteName: string): string {
  return t.badgeText[status.level](siteName, yearOf(statusDate(status) ?? ''));
}

/** "Ondertekenaar sinds 15 mei 2018", "Verklaring ingetrokken op 3 mei 2019". */
export function statusLine(status: CommitmentStatus): string {
  const date = statusDate(status);
  return t.statusLine[status.level](date ? formatDate(date) : '');
}

/** One size for every badge of the site: wide enough for the longest text any status can give. */
export function siteBadgeSize(siteName: string): BadgeSize {
  return badgeSize(LEVELS.map((level) => t.badgeText[level](siteName, '2000')));
}

/** The absolute and site URLs of an actor's engagement page and files. */
export interface EngagementUrls {
  page: string;
  json: string;
  svg: Record<BadgeVariant, string>;
  png: Record<BadgeVariant, string>;
}

export function engagementUrls(slug: string): EngagementUrls {
  return {
    page: routes.engagement(slug),
    json: routes.engagementFile(slug, 'index.json'),
    svg: { licht: routes.engagementFile(slug, BADGE_FILES.licht.svg), donker: routes.engagementFile(slug, BADGE_FILES.donker.svg) },
    png: { licht: routes.engagementFile(slug, BADGE_FILES.licht.png), donker: routes.engagementFile(slug, BADGE_FILES.donker.png) },
  };
}

/** Every URL published for one slug (the actor's own, or an alias): the page and its five files. */
export function engagementUrlList(slug: string): string[] {
  return [routes.engagement(slug), ...ENGAGEMENT_FILES.map((file) => routes.engagementFile(slug, file))];
}

/** The badge SVG of an actor in one variant. */
export function actorBadgeSvg(model: SiteModel, actor: Actor, variant: BadgeVariant, status = actorStatus(model, actor)): string {
  const text = badgeText(status, model.site.name);
  return badgeSvg({
    text,
    label: t.badgeLabel(actor.name, text),
    variant,
    muted: status.ended || status.level === 'geen',
    brand: model.site.colors?.primary ?? '#1d4f91',
    size: siteBadgeSize(model.site.name),
  });
}

/** An image the build rasterises to PNG after Eleventy: where it goes and the SVG it is drawn from. */
export interface BadgeRaster {
  url: string;
  svg: string;
}

/**
 * Every badge PNG of the site with the SVG to draw it from: both variants, at every public actor's
 * own slug and at each of its aliases (an `<img>` cannot follow an HTML redirect, so an old badge
 * address gets a copy of the current badge).
 */
export function badgeRasters(model: SiteModel, actors: PublicActors): BadgeRaster[] {
  return actors.all().flatMap((actor) => {
    const status = actorStatus(model, actor);
    return BADGE_VARIANTS.flatMap((variant) => {
      const svg = actorBadgeSvg(model, actor, variant, status);
      return [actor.slug, ...actor.aliases].map((slug) => ({ url: engagementUrls(slug).png[variant], svg }));
    });
  });
}

/** Every badge-related URL this site publishes, sorted: what the build adds to the lock file. */
export function publishedBadgeUrls(actors: PublicActors): string[] {
  return actors
    .all()
    .flatMap((actor) => [actor.slug, ...actor.aliases].flatMap(engagementUrlList))
    .sort(compareUrls);
}

/** Plain code-unit order: the same on every machine and in every locale. */
export function compareUrls(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The copy-ready embed snippets of an actor's badge, with absolute URLs. */
export interface EmbedSnippets {
  html: string;
  htmlDark: string;
  htmlPng: string;
  markdown: string;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for the alt of a Markdown image. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\[\]<>&*_`!]/g, (char) => `\\${char}`);
}

/**
 * The snippets a partner pastes into its own site: a link to the engagement page around the
 * badge, with absolute URLs, `alt`, `width` and `height`. The alt names the badge and whose it is,
 * not the status: the snippet stays on the partner's site while the image updates itself.
 */
export function embedSnippets(model: SiteModel, actor: Actor): EmbedSnippets {
  const base = model.site.url;
  const urls = engagementUrls(actor.slug);
  const page = absoluteUrl(base, urls.page);
  const alt = t.badgeAlt(model.site.name, actor.name);
  const { width, height } = siteBadgeSize(model.site.name);
  const img = (src: string) =>
    `<a href="${attribute(page)}"><img src="${attribute(absoluteUrl(base, src))}" alt="${attribute(alt)}" width="${width}" height="${height}"></a>`;
  return {
    html: img(urls.svg.licht),
    htmlDark: img(urls.svg.donker),
    htmlPng: img(urls.png.licht),
    markdown: `[![${markdownText(alt)}](${absoluteUrl(base, urls.svg.licht)})](${page})`,
  };
}
