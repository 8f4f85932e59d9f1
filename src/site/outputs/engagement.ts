import type { Actor, SiteModel } from '../../model/site-model.ts';
import { BADGE_VARIANTS, badgeBlockColour } from '../badge.ts';
import type { CommitmentStatus } from '../commitment-status.ts';
import { actorBadgeSvg, actorStatus, badgeLines, badgeSiteName, badgeText, engagementUrls, siteBadgeSize, statusLine } from '../engagement.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import type { RenewalNeed } from '../../compute/renewal.ts';
import type { CommitmentRecord } from '../../schema/commitment-record.ts';
import type { Standing } from '../commitment-status.ts';
import { recordItems } from '../pages/engagement.ts';
import { inModelOrder, modelIndex } from '../model-index.ts';

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
  const index = modelIndex(model);
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
    ambassadorships: (index.ambassadorsByActor.get(actor.slug) ?? [])
      .filter((role) => role.since <= asOf)
      .map((role) => ({ since: role.since, until: role.until && role.until < asOf ? role.until : null, active: role.active, url: abs(routes.ambassador(role.slug)), renewals: jsonRecords(role.renewals, asOf), reports: jsonRecords(role.reports, asOf) })),
    steps: actor.reached.map((step) => ({ step: step.step, label: step.label, date: step.date })),
    initiatives: inModelOrder(actor.initiatives, index.initiatives, index)
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
 * `/engagement/<slug>/shields.json`: a shields.io "endpoint" (https://shields.io/badges/endpoint-badge),
 * so a partner can draw the badge with the badge service of its choice. The label is the
 * programme, the message the badge's own wording without it, the colour the badge level's.
 */
export interface ShieldsJson {
  schemaVersion: 1;
  label: string;
  message: string;
  /** Hex without "#", as shields.io writes colours in its examples. */
  color: string;
}

/** The shields.io endpoint of one actor's status: the same lines and colour as its badge. */
export function shieldsJson(model: SiteModel, status: CommitmentStatus): ShieldsJson {
  // badgeLines with an empty programme name leaves the level and the years: the label carries the programme.
  const message = badgeLines(status, '').map((line) => line.trim()).filter(Boolean).join(' ');
  const look = status.level ? { colour: status.level.colour, mark: status.level.mark, ended: status.ended } : undefined;
  return { schemaVersion: 1, label: badgeSiteName(model.site), message, color: badgeBlockColour(look).replace(/^#/, '') };
}

/**
 * The text files of every public actor's engagement: both badge SVGs, index.json and shields.json, at its own
 * slug and, as copies, at each alias (an `<img>` cannot follow an HTML redirect). The PNGs are
 * binary and written by the build (see `badgeRasters`).
 */
export function engagementFiles(model: SiteModel, actors: PublicActors): FileView[] {
  return actors.all().flatMap((actor) => {
    const status = actorStatus(model, actor);
    const json = `${JSON.stringify(engagementJson(model, actor), null, 2)}\n`;
    const shields = `${JSON.stringify(shieldsJson(model, status), null, 2)}\n`;
    const svgs = BADGE_VARIANTS.map((variant) => ({ variant, svg: actorBadgeSvg(model, actor, variant, status) }));
    return [actor.slug, ...actor.aliases].flatMap((slug) => {
      const urls = engagementUrls(slug);
      return [...svgs.map(({ variant, svg }) => ({ url: urls.svg[variant], content: svg })), { url: urls.json, content: json }, { url: urls.shields, content: shields }];
    });
  });
}

/** `_redirects` lines: every former engagement URL of a public actor moves permanently to the current one (the credential's only with `model` saying it has one). */
export function engagementRedirectLines(actors: PublicActors, model?: SiteModel): string[] {
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
          [from.shields, to.shields],
          // The credential lives at the actor's own slug only (its id); an old address of it moves there while it exists.
          ...(model && actorStatus(model, actor).level ? [[from.credential, to.credential]] : []),
        ];
      }),
    )
    .sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1))
    .map(([from, to]) => `${from} ${to} 301`);
}
