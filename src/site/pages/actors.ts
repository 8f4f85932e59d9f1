import { visibilityOn } from '../../compute/visibility.ts';
import type { Actor, ReachedStep, SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { CommitmentRules } from '../../schema/ladder-file.ts';
import type { Term } from '../../schema/taxonomies.ts';
import { declarationStanding, stands } from '../commitment-standing.ts';
import { formatDate, formatPartialDate, plural } from '../format.ts';
import type { NamedActors, PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { eventItem, type EventItem } from './events.ts';
import { initiativeCard, type InitiativeCard } from './initiatives.ts';
import { crumbs, markGroups, paginate, type BrowseGroup, type Pager } from './listing.ts';
import { inModelOrder, modelIndex, type ModelIndex } from '../model-index.ts';

const t = nl.site;

/** A public actor as a card in a listing. */
export interface ActorCard {
  name: string;
  url: string;
  sector: string;
  /** Empty when the actor gives no region: the card keeps an empty cell so its columns line up with the others. */
  region: string;
  /** Empty before the first step. */
  highestStep: string;
  signed: boolean;
}

/**
 * Whether the actor's declaration stands on the as-of date: signed, not withdrawn, and not lapsed
 * under the programme's renewal rules (content/ladder.yaml `badges.rules`); due soon still stands.
 */
export function hasStandingDeclaration(actor: Actor, asOf: string, rules: CommitmentRules = {}): boolean {
  return !!actor.declaration && stands(declarationStanding(actor.declaration, rules, asOf));
}

/** The card of one public actor. */
export function actorCard(actor: Actor, asOf: string, rules: CommitmentRules = {}): ActorCard {
  const highest = actor.reached[actor.reached.length - 1];
  return {
    name: actor.name,
    url: routes.actor(actor.slug),
    sector: actor.sectorTerm.label,
    region: actor.regionTerm?.label ?? '',
    highestStep: highest?.label ?? '',
    signed: hasStandingDeclaration(actor, asOf, rules),
  };
}

/** A listing of public actors, with the count of those that are not named. */
export interface ActorListing {
  intro: string;
  count: string;
  unnamed: string;
  cards: ActorCard[];
  pager?: Pager;
  browse: BrowseGroup[];
}

export function browseLinks(model: SiteModel, actors: PublicActors, current: string): BrowseGroup[] {
  return markGroups(browseCounts(model, actors), current);
}

/** The sector and region browse groups with their counts, before any link is marked current: counted once for every listing page. */
function browseCounts(model: SiteModel, actors: PublicActors): { title: string; links: (Link & { count: number })[] }[] {
  const named = actors.all();
  const links = (terms: Term[], key: (actor: Actor) => string | undefined, url: (id: string) => string) => {
    const counts = new Map<string, number>();
    for (const actor of named) {
      const id = key(actor);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return terms.map((term) => ({ label: term.label, url: url(term.id), count: counts.get(term.id) ?? 0 })).filter((link) => link.count > 0);
  };
  return [
    { title: t.labels.browseBySector, links: links(model.taxonomies.sectors, (actor) => actor.sector, routes.actorsBySector) },
    { title: t.labels.browseByRegion, links: links(model.taxonomies.regions, (actor) => actor.region, routes.actorsByRegion) },
  ];
}

/** One ladder step as the actor page prints it: label, date and the entries that put the actor there. */
interface StepRow {
  /** The step's place on the whole ladder (1 = lowest), so a list of reached steps keeps their real numbers. */
  rung: number;
  label: string;
  date: string;
  isoDate: string;
  via: Link[];
  viaText: string[];
}

function stepRow(step: ReachedStep, model: SiteModel, actors: PublicActors, actor: Actor, found: ModelIndex): StepRow {
  const via: Link[] = [];
  const viaText: string[] = [];
  const seen = new Set<string>();
  const add = (link: Link) => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    via.push(link);
  };
  for (const source of step.sources) {
    if (source.kind === 'event') {
      const event = found.events.get(source.slug);
      if (event && event.countsOn <= model.asOf) add({ label: `${event.title} (${formatPartialDate(event.when)})`, url: routes.event(event.slug) });
    } else if (source.kind === 'initiative') {
      const initiative = found.initiatives.get(source.slug);
      if (initiative && initiative.start <= model.asOf) add({ label: initiative.title, url: routes.initiative(initiative.slug) });
    } else if (source.kind === 'ambassador') {
      const ambassador = found.ambassadors.get(source.slug);
      // Only a public actor's ambassadorship has a page; this is a public actor's own page.
      if (ambassador && ambassador.since <= model.asOf && actors.get(ambassador.actor)) add({ label: t.actorsPage.viaAmbassador, url: routes.ambassador(ambassador.slug) });
    } else if (source.kind === 'declaration') {
      if (actor.declaration && actor.declaration.signed <= model.asOf && !viaText.includes(t.actorsPage.viaDeclaration)) viaText.push(t.actorsPage.viaDeclaration);
    } else if (source.kind === 'badge') {
      if (!viaText.includes(t.actorsPage.viaBadge)) viaText.push(t.actorsPage.viaBadge);
    }
  }
  const rung = model.ladderFile.steps.findIndex((candidate) => candidate.id === step.step) + 1;
  return { rung, label: step.label, date: formatDate(step.date), isoDate: step.date, via, viaText };
}

/** What an actor's page prints. */
export interface ActorDetail {
  sector: Link;
  region?: Link;
  website?: string;
  logo?: { src: string; alt: string };
  bodyHtml: string;
  /** "Deze organisatie bereikte 5 van de 11 treden …", above the steps. */
  ladderIntro: string;
  steps: StepRow[];
  initiatives: InitiativeCard[];
  events: EventItem[];
  ambassadorships: { label: string; url: string; period: string; active: boolean }[];
  invitedBy?: { link?: Link; text?: string };
  invited: NamedActors;
  /** "En 1 organisatie die niet bij naam genoemd wil worden", or empty. */
  invitedOthers: string;
  declaration?: { signed: string; withdrawn?: string; commitments: string[] };
  badge?: { url: string };
  /** The actor's engagement page with its badge (/engagement/<slug>/). */
  engagement: Link;
}

function actorDetail(actor: Actor, model: SiteModel, actors: PublicActors, found: ModelIndex): ActorDetail {
  const { asOf } = model;
  const declaration = actor.declaration && actor.declaration.signed <= asOf ? actor.declaration : undefined;
  const invitedBy = actor.invited_by ? actors.link(actor.invited_by) : undefined;
  const invited = actors.name(actor.invited);
  return {
    sector: { label: actor.sectorTerm.label, url: routes.actorsBySector(actor.sectorTerm.id) },
    ...(actor.regionTerm ? { region: { label: actor.regionTerm.label, url: routes.actorsByRegion(actor.regionTerm.id) } } : {}),
    ...(actor.website ? { website: actor.website } : {}),
    ...(actor.logo ? { logo: { src: routes.media(actor.logo), alt: `Logo van ${actor.name}` } } : {}),
    bodyHtml: renderMarkdown(actor.body),
    ladderIntro: t.actorsPage.ladderIntro(actor.reached.length, model.ladderFile.steps.length),
    steps: actor.reached.map((step) => stepRow(step, model, actors, actor, found)),
    initiatives: inModelOrder(actor.initiatives, found.initiatives, found).map((initiative) => initiativeCard(initiative, actors)),
    events: inModelOrder(actor.events, found.events, found).map((event) => eventItem(event)),
    ambassadorships: inModelOrder(actor.ambassadorships, found.ambassadors, found)
      .filter((ambassador) => ambassador.since <= asOf)
      .map((ambassador) => ({
        label: t.ambassadorsPage.title(actor.name),
        url: routes.ambassador(ambassador.slug),
        period: ambassador.until && ambassador.until < asOf ? `${formatDate(ambassador.since)} – ${formatDate(ambassador.until)}` : `${t.labels.since.toLowerCase()} ${formatDate(ambassador.since)}`,
        active: ambassador.active,
      })),
    ...(actor.invited_by ? { invitedBy: invitedBy ? { link: invitedBy } : { text: t.actorsPage.invitedByUnnamed } } : {}),
    invited,
    invitedOthers: invited.others ? capitalize(t.unnamed(invited.others, invited.links.length > 0)) : '',
    ...(declaration
      ? {
          declaration: {
            signed: t.actorsPage.signedOn(formatDate(declaration.signed)),
            ...(declaration.withdrawn && declaration.withdrawn <= asOf ? { withdrawn: t.actorsPage.withdrawnOn(formatDate(declaration.withdrawn)) } : {}),
            commitments: declaration.commitments ?? [],
          },
        }
      : {}),
    // The page names the address only while the last check on or before the as-of date found the badge there.
    ...(actor.badge && visibilityOn(model.visibility[actor.slug] ?? [], asOf)?.state === 'shown' ? { badge: { url: actor.badge.shown_on } } : {}),
    engagement: { label: nl.engagement.actorPageLink, url: routes.engagement(actor.slug) },
  };
}

/** The listing pages (all, per sector, per region, each paginated) and one page per public actor. */
export function actorPages(model: SiteModel, actors: PublicActors): PageView[] {
  const pages: PageView[] = [];
  const named = actors.all();
  const browse = browseCounts(model, actors);
  const all = { label: t.nav.actors, url: routes.actors };
  const listing = (base: string, title: string, intro: string, selection: Actor[], unnamedCount: number, trail: Link[]) => {
    // "16 organisaties en 3 organisaties die …", or only the second part when nobody can be named.
    const count = selection.length > 0 || unnamedCount === 0 ? plural(selection.length, 'organisatie', 'organisaties') : '';
    const unnamed = unnamedCount > 0 ? t.unnamed(unnamedCount, selection.length > 0) : '';
    for (const page of paginate(selection, base)) {
      pages.push({
        url: page.url,
        template: 'actor-list',
        title: `${title}${page.titleSuffix}`,
        description: intro,
        breadcrumbs: trail,
        section: 'actors',
        ogType: 'website',
        data: {
          intro,
          count,
          unnamed,
          cards: page.items.map((actor) => actorCard(actor, model.asOf, model.ladderFile.badges.rules)),
          ...(page.pager ? { pager: page.pager } : {}),
          browse: markGroups(browse, base),
        } satisfies ActorListing,
      });
    }
  };
  const unnamedWhere = (test: (actor: Actor) => boolean) => model.actors.filter((actor) => !actor.public && test(actor)).length;

  listing(routes.actors, t.nav.actors, t.actorsPage.intro, named, unnamedWhere(() => true), crumbs());
  for (const term of model.taxonomies.sectors) {
    const selection = named.filter((actor) => actor.sector === term.id);
    if (selection.length === 0) continue;
    listing(routes.actorsBySector(term.id), `${t.labels.sector}: ${term.label}`, t.actorsPage.bySector(term.label), selection, unnamedWhere((actor) => actor.sector === term.id), crumbs(all));
  }
  for (const term of model.taxonomies.regions) {
    const selection = named.filter((actor) => actor.region === term.id);
    if (selection.length === 0) continue;
    listing(routes.actorsByRegion(term.id), `${t.labels.region}: ${term.label}`, t.actorsPage.byRegion(term.label), selection, unnamedWhere((actor) => actor.region === term.id), crumbs(all));
  }

  pages.push(...named.map((actor) => actorPage(actor, model, actors)));
  return pages;
}

/** The page of one public actor; actorPages maps every public actor through it, the dev server calls it for the one just edited. */
export function actorPage(actor: Actor, model: SiteModel, actors: PublicActors): PageView {
  const found = modelIndex(model);
  const all = { label: t.nav.actors, url: routes.actors };
  const body = actor.body.trim();
  const summary = [actor.sectorTerm.label, actor.regionTerm?.label].filter(Boolean).join(' · ');
  const sentence = body ? firstSentence(body) : '';
  const firstYear = actor.reached.map((step) => step.date).sort()[0]?.slice(0, 4);
  return {
    url: routes.actor(actor.slug),
    template: 'actor',
    title: actor.name,
    description: body ? sentence : `${actor.name}: ${summary}.`,
    breadcrumbs: crumbs(all),
    section: 'actors',
    ogType: 'article',
    search: {
      kind: t.kinds.actor,
      summary: body ? sentence : summary,
      filters: {
        soort: [t.kinds.actor],
        sector: [actor.sectorTerm.label],
        ...(actor.regionTerm ? { regio: [actor.regionTerm.label] } : {}),
        ...(firstYear ? { jaar: [firstYear] } : {}),
      },
    },
    data: { ...actorCard(actor, model.asOf, model.ladderFile.badges.rules), ...actorDetail(actor, model, actors, found) },
  };
}

/** The first sentence of a Markdown body as plain text, for descriptions and search summaries. */
export function firstSentence(body: string, max = 200): string {
  const plain = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

function capitalize(text: string): string {
  return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}
