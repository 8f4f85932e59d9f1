import type { Actor, SiteModel } from '../../model/site-model.ts';
import { BADGE_VARIANTS } from '../badge.ts';
import { actorBadgeSvg, actorStatus, badgeSiteName, badgeText, engagementUrls, siteBadgeSize, statusLine } from '../engagement.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import type { RenewalNeed } from '../../compute/renewal.ts';
import type { CommitmentRecord } from '../../schema/commitment-record.ts';
import type { Standing } from '../commitment-status.ts';
import { recordItems } from '../pages/engagement.ts';

/** `/engagement/<slug>/index.json`: the facts of an engagement page, for anyone who wants to verify them. */
export interface EngagementJson {
  name: string;
  slug: string;
  url: string;
  asOf: string;
  publisher: string;
  status: {
    /** The badge level's id (content/ladder.yaml), standing or ended; null without one. */
    level: string | null;
    /** active, due-soon, lapsed, withdrawn, ended or none (src/site/commitment-status.ts). */
    standing: Standing;
    text: string;
    badgeText: string;
    /** True when the level no longer stands: lapsed, withdrawn or ended. */
    ended: boolean;
    since: string | null;
    /** The first day lapsed, the day withdrawn, or an ambassadorship's last day. */
    endedOn: string | null;
    /** With due-soon, the last day a renewal or report keeps the badge standing; null otherwise. */
    dueBy: string | null;
    /** With due-soon or lapsed, what is or was due: renewal or report; null otherwise. */
    due: RenewalNeed | null;
  };
  declaration: { signed: string; withdrawn: string | null; commitments: string[]; renewals: JsonRecord[]; reports: JsonRecord[] } | null;
  ambassadorships: { since: string; until: string | null; active: boolean; url: string; renewals: JsonRecord[]; reports: JsonRecord[] }[];
  steps: { step: string; label: string; date: string }[];
  initiatives: { title: string; url: string }[];
  badge: { width: number; height: number; svg: string; svgDark: string; png: string; pngDark: string };
}

/** A renewal or progress report in index.json: only those dated on or before the as-of date. */
export interface JsonRecord {
  date: string;
  title: string;
  url: string | null;
  text: string | null;
}

function jsonRecords(records: readonly CommitmentRecord[] | undefined, asOf: string): JsonRecord[] {
  return recordItems(records, asOf).map((record) => ({ date: record.isoDate, title: record.title, url: record.url ?? null, text: record.text ?? null }));
}

/** The machine-readable facts of one public actor's engagement on the as-of date. */
export function engagementJson(model: SiteModel, actor: Actor): EngagementJson {
  const { asOf, site } = model;
  const abs = (path: string) => absoluteUrl(site.url, path);
  const status = actorStatus(model, actor);
  const urls = engagementUrls(actor.slug);
  const declaration = actor.declaration && actor.declaration.signed <= asOf ? actor.declaration : undefined;
  return {
    name: actor.name,
    slug: actor.slug,
    url: abs(urls.page),
    asOf,
    publisher: site.publisher ?? site.name,
    status: {
      level: status.level?.id ?? null,
      standing: status.standing,
      text: statusLine(status),
      badgeText: badgeText(status, badgeSiteName(site)),
      ended: status.ended,
      since: status.since ?? null,
      endedOn: status.endedOn ?? null,
      dueBy: status.due?.by ?? null,
      due: status.due?.need ?? null,
    },
    declaration: declaration
      ? {
          signed: declaration.signed,
          withdrawn: declaration.withdrawn && declaration.withdrawn <= asOf ? declaration.withdrawn : null,
          commitments: declaration.commitments ?? [],
          renewals: jsonRecords(declaration.renewals, asOf),
          reports: jsonRecords(declaration.reports, asOf),
        }
      : null,
    ambassadorships: model.ambassadors
      .filter((role) => role.actor === actor.slug && role.since <= asOf)
      .map((role) => ({ since: role.since, until: role.until && role.until < asOf ? role.until : null, active: role.active, url: abs(routes.ambassador(role.slug)), renewals: jsonRecords(role.renewals, asOf), reports: jsonRecords(role.reports, asOf) })),
    steps: actor.reached.map((step) => ({ step: step.step, label: step.label, date: step.date })),
    initiatives: model.initiatives
      .filter((initiative) => actor.initiatives.includes(initiative.slug))
      .map((initiative) => ({ title: initiative.title, url: abs(routes.initiative(initiative.slug)) })),
    badge: {
      ...siteBadgeSize(model),
      svg: abs(urls.svg.licht),
      svgDark: abs(urls.svg.donker),
      png: abs(urls.png.licht),
      pngDark: abs(urls.png.donker),
    },
  };
}

/**
 * The text files of every public actor's engagement: both badge SVGs and index.json, at its own
 * slug and, as copies, at each alias (an `<img>` cannot follow an HTML redirect). The PNGs are
 * binary and written by the build (see `badgeRasters`).
 */
export function engagementFiles(model: SiteModel, actors: PublicActors): FileView[] {
  return actors.all().flatMap((actor) => {
    const status = actorStatus(model, actor);
    const json = `${JSON.stringify(engagementJson(model, actor), null, 2)}\n`;
    const svgs = BADGE_VARIANTS.map((variant) => ({ variant, svg: actorBadgeSvg(model, actor, variant, status) }));
    return [actor.slug, ...actor.aliases].flatMap((slug) => {
      const urls = engagementUrls(slug);
      return [...svgs.map(({ variant, svg }) => ({ url: urls.svg[variant], content: svg })), { url: urls.json, content: json }];
    });
  });
}

/** `_redirects` lines: every former engagement URL of a public actor moves permanently to the current one. */
export function engagementRedirectLines(actors: PublicActors): string[] {
  return actors
    .all()
    .flatMap((actor) =>
      actor.aliases.flatMap((alias) => {
        const from = engagementUrls(alias);
        const to = engagementUrls(actor.slug);
        return [
          [from.page, to.page],
          [from.svg.licht, to.svg.licht],
          [from.svg.donker, to.svg.donker],
          [from.png.licht, to.png.licht],
          [from.png.donker, to.png.donker],
          [from.json, to.json],
        ];
      }),
    )
    .sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1))
    .map(([from, to]) => `${from} ${to} 301`);
}
