import { nl } from '../messages/nl.ts';
import type { Actor, SiteModel } from '../model/site-model.ts';
import type { Site } from '../schema/site.ts';
import { BADGE_FILES, BADGE_VARIANTS, badgeSize, badgeSvg, type BadgeLines, type BadgeSize, type BadgeVariant } from './badge.ts';
import { commitmentStatus, yearOf, type CommitmentStatus } from './commitment-status.ts';
import { formatDate } from './format.ts';
import type { PublicActors } from './public-actors.ts';
import { absoluteUrl, routes } from './routes.ts';

const t = nl.engagement;

/** The shields.io "endpoint" file beside an engagement page: the badge's text and colour for a badge service. */
export const SHIELDS_FILE = 'shields.json';

/** The signed Open Badges 3.0 credential beside the engagement page of an actor with a badge level. */
export const CREDENTIAL_FILE = 'open-badge.json';

/** The file names beside every engagement page, besides its index.html. */
export const ENGAGEMENT_FILES = [BADGE_FILES.licht.svg, BADGE_FILES.donker.svg, BADGE_FILES.licht.png, BADGE_FILES.donker.png, 'index.json', SHIELDS_FILE] as const;

/** Each actor's status, once per model: the badge, page, JSON file, listing and redirects all ask for it. */
const statuses = new WeakMap<SiteModel, WeakMap<Actor, CommitmentStatus>>();

/** The status of an actor on the model's as-of date under the badge levels of content/ladder.yaml. */
export function actorStatus(model: SiteModel, actor: Actor): CommitmentStatus {
  let known = statuses.get(model);
  if (!known) {
    known = new WeakMap();
    statuses.set(model, known);
  }
  let status = known.get(actor);
  if (!status) {
    status = commitmentStatus(actor, model.ladderFile.badges.levels, model.asOf, model.ladderFile.badges.rules);
    known.set(actor, status);
  }
  return status;
}

/** The day a status is dated by: the end of an ended state, else its start. */
export function statusDate(status: CommitmentStatus): string | undefined {
  return status.ended ? status.endedOn : status.since;
}

/** The programme's name on badges: the short name when site.yaml gives one. */
export function badgeSiteName(site: Site): string {
  return site.short_name ?? site.name;
}

/** The programme's mark on every badge: ladder.yaml's `badges.mark`, else the initials of its name (at most 3). */
export function programmeMark(model: Pick<SiteModel, 'site' | 'ladderFile'>): string {
  if (model.ladderFile.badges.mark) return model.ladderFile.badges.mark;
  const words = badgeSiteName(model.site).split(/[\s\-–]+/u).filter((word) => /^\p{L}/u.test(word));
  return words.slice(0, 3).map((word) => word.charAt(0).toUpperCase()).join('');
}

/**
 * The badge's two lines: "Ondertekenaar" over "Integratiepact sinds 2018"; a level that lapsed,
 * was withdrawn or ended says so over the years it stood ("Verklaring verlopen" over
 * "Integratiepact 2018–2020"), never its standing label. Due soon still stands: the badge says so.
 */
export function badgeLines(status: CommitmentStatus, siteName: string): BadgeLines {
  if (!status.level) return [t.badgeLines.none, siteName];
  if (status.standing === 'lapsed') {
    return [status.level.lapsed?.label ?? t.badgeLines.lapsed, t.badgeLines.ended(siteName, yearOf(status.since ?? ''), yearOf(status.endedOn ?? ''))];
  }
  if (status.ended && status.level.ended) {
    return [status.level.ended.label, t.badgeLines.ended(siteName, yearOf(status.since ?? ''), yearOf(status.endedOn ?? ''))];
  }
  return [status.level.label, t.badgeLines.since(siteName, yearOf(status.since ?? ''))];
}

/** The badge's text on one line: "Ondertekenaar Integratiepact sinds 2018". */
export function badgeText(status: CommitmentStatus, siteName: string): string {
  return badgeLines(status, siteName).join(' ');
}

/**
 * "Ondertekenaar sinds 15 mei 2018", "Verklaring ingetrokken op 3 mei 2019", "Verklaring verlopen
 * sinds 1 september 2018"; due soon adds what is due and by when.
 */
export function statusLine(status: CommitmentStatus): string {
  const date = formatDate(statusDate(status) ?? '');
  if (!status.level) return t.statusLine.none;
  if (status.standing === 'lapsed') return t.statusLine.ended(status.level.lapsed?.line ?? t.statusLine.lapsed, date);
  if (status.ended && status.level.ended) return t.statusLine.ended(status.level.ended.line, date);
  const line = t.statusLine.standing(status.level.label, date);
  if (status.standing === 'due-soon' && status.due?.by) return t.statusLine.due[status.due.need](line, formatDate(status.due.by));
  return line;
}

/** The badge size of each site.yaml and ladder.yaml, measured once: every badge, page and JSON file of the site uses it. */
const badgeSizes = new WeakMap<Site, WeakMap<SiteModel['ladderFile'], BadgeSize>>();

/** One size for every badge of the site: wide enough for the longest lines any level, standing or ended, can give. */
export function siteBadgeSize(model: Pick<SiteModel, 'site' | 'ladderFile'>): BadgeSize {
  let known = badgeSizes.get(model.site);
  if (!known) {
    known = new WeakMap();
    badgeSizes.set(model.site, known);
  }
  let size = known.get(model.ladderFile);
  if (!size) {
    size = measureBadgeSize(model);
    known.set(model.ladderFile, size);
  }
  return size;
}

function measureBadgeSize(model: Pick<SiteModel, 'site' | 'ladderFile'>): BadgeSize {
  const site = badgeSiteName(model.site);
  const statuses: CommitmentStatus[] = [
    { standing: 'none', ended: false },
    ...model.ladderFile.badges.levels.flatMap((level): CommitmentStatus[] => [
      { standing: 'active', level, ended: false, since: '2000-01-01' },
      ...(level.ended ? [{ standing: 'ended' as const, level, ended: true, since: '2000-01-01', endedOn: '2000-12-31' }] : []),
      // A level that can stop can lapse: its lapsed texts fit the same outer size as every other badge.
      ...(level.while_active ? [{ standing: 'lapsed' as const, level, ended: true, since: '2000-01-01', endedOn: '2000-12-31' }] : []),
    ]),
  ];
  // Two different years are the longest a date can make the second line.
  const lines = statuses.flatMap((status) => [badgeLines(status, site), badgeLines({ ...status, since: '2000-01-01', endedOn: '2099-12-31' }, site)]);
  return badgeSize(lines, programmeMark(model));
}

/** The absolute and site URLs of an actor's engagement page and files. */
export interface EngagementUrls {
  page: string;
  json: string;
  shields: string;
  /** Published only while the actor holds a badge level, standing or ended. */
  credential: string;
  svg: Record<BadgeVariant, string>;
  png: Record<BadgeVariant, string>;
}

export function engagementUrls(slug: string): EngagementUrls {
  return {
    page: routes.engagement(slug),
    json: routes.engagementFile(slug, 'index.json'),
    shields: routes.engagementFile(slug, SHIELDS_FILE),
    credential: routes.engagementFile(slug, CREDENTIAL_FILE),
    svg: { licht: routes.engagementFile(slug, BADGE_FILES.licht.svg), donker: routes.engagementFile(slug, BADGE_FILES.donker.svg) },
    png: { licht: routes.engagementFile(slug, BADGE_FILES.licht.png), donker: routes.engagementFile(slug, BADGE_FILES.donker.png) },
  };
}

/** Every URL published for one slug (the actor's own, or an alias): the page and its six files (the credential aside). */
export function engagementUrlList(slug: string): string[] {
  return [routes.engagement(slug), ...ENGAGEMENT_FILES.map((file) => routes.engagementFile(slug, file))];
}

/** The badge SVG of an actor in one variant. */
export function actorBadgeSvg(model: SiteModel, actor: Actor, variant: BadgeVariant, status = actorStatus(model, actor)): string {
  const site = badgeSiteName(model.site);
  const lines = badgeLines(status, site);
  return badgeSvg({
    lines,
    label: t.badgeLabel(actor.name, lines.join(' ')),
    variant,
    ...(status.level ? { look: { colour: status.level.colour, mark: status.level.mark, ended: status.ended } } : {}),
    programmeMark: programmeMark(model),
    brand: model.site.colors?.primary ?? '#1d4f91',
    size: siteBadgeSize(model),
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
  /** The badge drawn by shields.io from the actor's shields.json (any service reading that format will do). */
  shields: string;
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
  const { width, height } = siteBadgeSize(model);
  const img = (src: string) =>
    `<a href="${attribute(page)}"><img src="${attribute(absoluteUrl(base, src))}" alt="${attribute(alt)}" width="${width}" height="${height}"></a>`;
  return {
    html: img(urls.svg.licht),
    htmlDark: img(urls.svg.donker),
    htmlPng: img(urls.png.licht),
    markdown: `[![${markdownText(alt)}](${absoluteUrl(base, urls.svg.licht)})](${page})`,
    shields: `[![${markdownText(alt)}](https://img.shields.io/endpoint?url=${encodeURIComponent(absoluteUrl(base, urls.shields))})](${page})`,
  };
}
