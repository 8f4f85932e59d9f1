import { nl } from '../../messages/nl.ts';
import type { Actor, SiteModel } from '../../model/site-model.ts';
import { ambassadorshipStanding, stands } from '../commitment-standing.ts';
import { actorStatus, embedSnippets, engagementUrls, siteBadgeSize, statusDate, statusLine, type EmbedSnippets } from '../engagement.ts';
import type { CommitmentRecord } from '../../schema/commitment-record.ts';
import type { Standing } from '../commitment-status.ts';
import { hasRenewalRules } from '../describe-renewal-rules.ts';
import { formatDate } from '../format.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { hasStandingDeclaration } from './actors.ts';
import { crumbs, paginateGroups, type Pager } from './listing.ts';
import { inModelOrder, modelIndex } from '../model-index.ts';
import type { RedirectData } from './redirects.ts';

const t = nl.engagement;

/** A badge image as the page shows it. */
export interface BadgePreview {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** One copy-ready snippet: its label, the code, and a stable id for the label and copy button. */
export interface Snippet {
  id: string;
  label: string;
  code: string;
}

/** One renewal or progress report as the page prints it: date, title, and its link or text. */
export interface RecordItem {
  date: string;
  isoDate: string;
  title: string;
  url?: string;
  text?: string;
}

/** The renewals and reports dated on or before the as-of date, oldest first: what had happened by then. */
export function recordItems(records: readonly CommitmentRecord[] | undefined, asOf: string): RecordItem[] {
  return [...(records ?? [])]
    .filter((record) => record.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((record) => ({
      date: formatDate(record.date),
      isoDate: record.date,
      title: record.title,
      ...(record.url ? { url: record.url } : {}),
      ...(record.text ? { text: record.text } : {}),
    }));
}

/** What an engagement page prints. */
export interface EngagementData {
  name: string;
  logo?: { src: string; alt: string };
  /** `level`: the badge level's id, or null without one. */
  status: { level: string | null; standing: Standing; line: string; ended: boolean; isoDate?: string };
  /** The programme's renewal rules on the methodology page, when it has any. */
  rulesLink?: Link;
  keptBy: string;
  declaration?: { signed: string; withdrawn?: string; commitments: string[]; renewals: RecordItem[]; reports: RecordItem[] };
  ambassadorships: (Link & { renewals: RecordItem[]; reports: RecordItem[] })[];
  steps: { label: string; date: string; isoDate: string }[];
  ladderCaption: string;
  initiatives: Link[];
  actor: Link;
  jsonUrl: string;
  shieldsUrl: string;
  /** The signed credential, for an actor with a badge level: its link and the sentence that explains it. */
  credential?: { url: string; label: string; text: string };
  badges: { light: BadgePreview; dark: BadgePreview };
  snippets: Snippet[];
}

/** The facts of one actor's engagement on the as-of date, shared by its page and its index.json. */
export function engagementData(model: SiteModel, actor: Actor): EngagementData {
  const { asOf } = model;
  const status = actorStatus(model, actor);
  const date = statusDate(status);
  const urls = engagementUrls(actor.slug);
  const size = siteBadgeSize(model);
  const alt = t.badgeAlt(model.site.name, actor.name);
  const declaration = actor.declaration && actor.declaration.signed <= asOf ? actor.declaration : undefined;
  const snippets: EmbedSnippets = embedSnippets(model, actor);
  const index = modelIndex(model);
  return {
    name: actor.name,
    ...(actor.logo ? { logo: { src: routes.media(actor.logo), alt: `Logo van ${actor.name}` } } : {}),
    status: { level: status.level?.id ?? null, standing: status.standing, line: statusLine(status), ended: status.ended, ...(date ? { isoDate: date } : {}) },
    ...(hasRenewalRules(model.ladderFile.badges.rules) ? { rulesLink: { label: t.rulesLink, url: `${routes.monitoringMethod}#vernieuwing-regels` } } : {}),
    keptBy: t.keptBy(model.site.publisher ?? model.site.name, formatDate(asOf)),
    ...(declaration
      ? {
          declaration: {
            signed: t.signedOn(formatDate(declaration.signed)),
            ...(declaration.withdrawn && declaration.withdrawn <= asOf ? { withdrawn: t.withdrawnOn(formatDate(declaration.withdrawn)) } : {}),
            commitments: declaration.commitments ?? [],
            renewals: recordItems(declaration.renewals, asOf),
            reports: recordItems(declaration.reports, asOf),
          },
        }
      : {}),
    ambassadorships: (index.ambassadorsByActor.get(actor.slug) ?? [])
      .filter((role) => role.since <= asOf)
      .map((role) => ({
        label: t.ambassadorPeriod(formatDate(role.since), role.until && role.until < asOf ? formatDate(role.until) : undefined),
        url: routes.ambassador(role.slug),
        renewals: recordItems(role.renewals, asOf),
        reports: recordItems(role.reports, asOf),
      })),
    steps: actor.reached.map((step) => ({ label: step.label, date: formatDate(step.date), isoDate: step.date })),
    ladderCaption: t.ladderCaption(actor.name),
    initiatives: inModelOrder(actor.initiatives, index.initiatives, index)
      .map((initiative) => ({ label: initiative.title, url: routes.initiative(initiative.slug) })),
    actor: { label: t.actorLink(actor.name), url: routes.actor(actor.slug) },
    jsonUrl: urls.json,
    shieldsUrl: urls.shields,
    ...(status.level ? { credential: { url: urls.credential, label: t.credentialLink, text: t.credentialText } } : {}),
    badges: {
      light: { src: urls.svg.licht, alt, ...size },
      dark: { src: urls.svg.donker, alt, ...size },
    },
    snippets: [
      { id: 'code-html', label: t.snippets.html, code: snippets.html },
      { id: 'code-html-donker', label: t.snippets.htmlDark, code: snippets.htmlDark },
      { id: 'code-html-png', label: t.snippets.htmlPng, code: snippets.htmlPng },
      { id: 'code-markdown', label: t.snippets.markdown, code: snippets.markdown },
      { id: 'code-shields', label: t.snippets.shields, code: snippets.shields },
    ],
  };
}

/** One actor in the /engagement/ listing. */
export interface EngagementListItem {
  name: string;
  url: string;
  status: string;
}

/** A section of the /engagement/ listing, with its count and the count of unnamed actors. */
export interface EngagementSection {
  title: string;
  count: string;
  items: EngagementListItem[];
  /** "En 2 organisaties die niet bij naam genoemd willen worden.", or empty. */
  unnamed: string;
}

/** What /engagement/ prints. */
export interface EngagementListData {
  intro: string;
  sections: EngagementSection[];
  /** The actors with a page but without a standing or ended commitment are found through /actoren/. */
  others: { title: string; text: string; link: Link };
  pager?: Pager;
}

function listing(model: SiteModel, actors: PublicActors): EngagementListData {
  const { asOf } = model;
  const rules = model.ladderFile.badges.rules;
  const { ambassadorsByActor } = modelIndex(model);
  const activeAmbassador = (actor: Actor) => (ambassadorsByActor.get(actor.slug) ?? []).some((role) => stands(ambassadorshipStanding(role, rules, asOf)));
  const item = (actor: Actor): EngagementListItem => ({ name: actor.name, url: routes.engagement(actor.slug), status: statusLine(actorStatus(model, actor)) });
  const section = (title: string, test: (actor: Actor) => boolean): EngagementSection => {
    const named = actors.all().filter(test);
    const unnamed = model.actors.filter((actor) => !actor.public && test(actor)).length;
    return {
      title,
      count: t.count(named.length + unnamed),
      items: named.map(item),
      unnamed: unnamed > 0 ? sentence(nl.site.unnamed(unnamed, named.length > 0)) : '',
    };
  };
  const standing = (actor: Actor) => actorStatus(model, actor).standing;
  return {
    intro: t.listIntro,
    sections: [
      section(t.ambassadorsTitle, activeAmbassador),
      section(t.signatoriesTitle, (actor) => hasStandingDeclaration(actor, asOf, rules)),
      // A lapsed badge stays listed, under what it is now: it never silently disappears.
      section(t.lapsedTitle, (actor) => standing(actor) === 'lapsed'),
      section(t.endedTitle, (actor) => standing(actor) === 'withdrawn' || standing(actor) === 'ended'),
    ].filter((entry, index) => index < 2 || entry.items.length > 0 || entry.unnamed),
    others: {
      title: t.othersTitle,
      text: t.othersText,
      link: { label: nl.site.labels.allActors, url: routes.actors },
    },
  };
}

/** "en 2 organisaties …" as a sentence of its own: capital first, full stop last. */
function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * The overview split over pages of at most 40 names, so it stays within the page budget at any
 * scale. A section continues on the next page under its own title; its count stays whole and the
 * sentence about unnamed organisations follows its last name (or stands on page 1 when it has none).
 */
function listingPages(data: EngagementListData) {
  const groups = data.sections.map((section) => ({ title: section.title, items: section.items }));
  return paginateGroups(groups, routes.engagements).map((page) => ({
    url: page.url,
    number: page.number,
    titleSuffix: page.titleSuffix,
    data: {
      ...data,
      sections: data.sections.flatMap((section) => {
        const onPage = page.items.find((group) => group.title === section.title);
        if (onPage) return [{ ...section, items: onPage.items, unnamed: section.items.at(-1) === onPage.items.at(-1) ? section.unnamed : '' }];
        return section.items.length === 0 && page.number === 1 ? [section] : [];
      }),
      ...(page.pager ? { pager: page.pager } : {}),
    },
  }));
}

/**
 * `/engagement/`, one page per public actor at `/engagement/<slug>/`, and a redirect page at
 * `/engagement/<alias>/` for each of its former slugs. Actors without consent get nothing.
 */
export function engagementPages(model: SiteModel, actors: PublicActors): PageView[] {
  const all = { label: t.listTitle, url: routes.engagements };
  const pages: PageView[] = listingPages(listing(model, actors)).map((page) => ({
    url: page.url,
    template: 'engagement-list',
    title: `${t.listTitle}${page.titleSuffix}`,
    description: t.listDescription,
    breadcrumbs: page.number === 1 ? crumbs() : crumbs(all),
    section: 'actors',
    ogType: 'website',
    data: page.data satisfies EngagementListData,
  }));
  for (const actor of actors.all()) {
    const data = engagementData(model, actor);
    pages.push({
      url: routes.engagement(actor.slug),
      template: 'engagement',
      title: t.pageTitle(actor.name),
      description: t.pageDescription(actor.name, data.status.line),
      breadcrumbs: crumbs(all),
      section: 'actors',
      ogType: 'article',
      scripts: [routes.copyScript],
      data,
    });
    for (const alias of actor.aliases) {
      pages.push({
        url: routes.engagement(alias),
        template: 'redirect',
        title: nl.outputs.redirect.title(t.pageTitle(actor.name)),
        description: nl.outputs.redirect.description(actor.name),
        breadcrumbs: [],
        section: 'actors',
        noindex: true,
        canonical: routes.engagement(actor.slug),
        refresh: routes.engagement(actor.slug),
        data: { text: nl.outputs.redirect.text, target: { label: t.pageTitle(actor.name), url: routes.engagement(actor.slug) } } satisfies RedirectData,
      });
    }
  }
  return pages;
}
