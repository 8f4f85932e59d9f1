import type { Initiative, SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { formatDate, plural } from '../format.ts';
import type { NamedActors, PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { markGroups, paginate, type Pager } from './listing.ts';

/** One link of an initiative's partner chain as printed: its place, its actor (null when not public) and its role. */
export interface ChainStep {
  step: string;
  actor: Link | null;
  /** The actor's name, or the words for a partner that is not named. */
  name: string;
  role: string;
}

/** The partner chain of an initiative in order; a partner without consent is counted in its place but never named. */
export function chainSteps(initiative: Initiative, actors: PublicActors): ChainStep[] {
  const chain = initiative.chain ?? [];
  return chain.map((link, index) => {
    const actor = actors.link(link.actor) ?? null;
    return { step: t.chain.step(index + 1, chain.length), actor, name: actor?.label ?? t.chain.unnamed, role: link.role };
  });
}

/** An initiative as a card in a listing. */
export interface InitiativeCard {
  title: string;
  url: string;
  summary: string;
  status: string;
  period: string;
  themes: Link[];
  actors: NamedActors;
  showcase: boolean;
  image?: { src: string; alt: string };
}

const t = nl.site;

function periodOf(initiative: Initiative): string {
  return initiative.end ? `${formatDate(initiative.start)} – ${formatDate(initiative.end)}` : `vanaf ${formatDate(initiative.start)}`;
}

/** The card of one initiative, naming only public actors. */
export function initiativeCard(initiative: Initiative, actors: PublicActors): InitiativeCard {
  return {
    title: initiative.title,
    url: routes.initiative(initiative.slug),
    summary: initiative.summary,
    status: t.initiativeStatus[initiative.status],
    period: periodOf(initiative),
    themes: initiative.themeTerms.map((term) => ({ label: term.label, url: routes.initiativesByTheme(term.id) })),
    actors: actors.name(initiative.actors),
    showcase: initiative.showcase,
    ...(initiative.image ? { image: { src: routes.media(initiative.image.src), alt: initiative.image.alt } } : {}),
  };
}

/** A listing of initiative cards with its browse links and a count. */
export interface InitiativeListing {
  intro: string;
  count: string;
  cards: InitiativeCard[];
  pager?: Pager;
  browse: { title: string; links: (Link & { count: number; current: boolean })[] }[];
}

/** The theme and year browse groups with their counts, counted once for every listing page. */
function browseCounts(model: SiteModel): { title: string; links: (Link & { count: number })[] }[] {
  const byTheme = new Map<string, number>();
  const byYear = new Map<string, number>();
  for (const initiative of model.initiatives) {
    for (const theme of new Set(initiative.themes)) byTheme.set(theme, (byTheme.get(theme) ?? 0) + 1);
    const year = initiative.start.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const themes = model.taxonomies.themes
    .map((term) => ({ label: term.label, url: routes.initiativesByTheme(term.id), count: byTheme.get(term.id) ?? 0 }))
    .filter((link) => link.count > 0);
  const years = [...byYear.keys()]
    .sort()
    .reverse()
    .map((year) => ({ label: year, url: routes.initiativesByYear(year), count: byYear.get(year) ?? 0 }));
  return [
    { title: t.labels.browseByTheme, links: themes },
    { title: t.labels.browseByYear, links: years },
  ];
}

/** The listing pages (all, per theme, per year) and one page per initiative. */
export function initiativePages(model: SiteModel, actors: PublicActors): PageView[] {
  const pages: PageView[] = [];
  const browse = browseCounts(model);
  const listing = (base: string, title: string, intro: string, selection: Initiative[], crumbs: Link[]): PageView<InitiativeListing>[] =>
    // Initiative cards are the heaviest listing entries: 30 a page keeps a page under 60 KB with its CSS.
    paginate(selection, base, 30).map((page) => ({
      url: page.url,
      template: 'initiative-list',
      title: `${title}${page.titleSuffix}`,
      description: intro,
      breadcrumbs: crumbs,
      section: 'initiatives',
      ogType: 'website',
      data: {
        intro,
        count: plural(selection.length, 'initiatief', 'initiatieven'),
        cards: page.items.map((i) => initiativeCard(i, actors)),
        ...(page.pager ? { pager: page.pager } : {}),
        browse: markGroups(browse, base),
      },
    }));
  const home = { label: t.home, url: routes.home };
  const all = { label: t.nav.initiatives, url: routes.initiatives };
  pages.push(...listing(routes.initiatives, t.nav.initiatives, 'Wat actoren ondernemen tegen discriminatie en racisme en voor wederzijds respect.', model.initiatives, [home]));
  for (const term of model.taxonomies.themes) {
    const selection = model.initiatives.filter((i) => i.themes.includes(term.id));
    if (selection.length === 0) continue;
    pages.push(...listing(routes.initiativesByTheme(term.id), `${t.labels.theme}: ${term.label}`, `Initiatieven rond het thema ${term.label}.`, selection, [home, all]));
  }
  for (const year of [...new Set(model.initiatives.map((i) => i.start.slice(0, 4)))].sort()) {
    const selection = model.initiatives.filter((i) => i.start.startsWith(year));
    pages.push(...listing(routes.initiativesByYear(year), `Initiatieven gestart in ${year}`, `Initiatieven die in ${year} van start gingen.`, selection, [home, all]));
  }
  pages.push(...model.initiatives.map((initiative) => initiativePage(initiative, actors)));
  return pages;
}

/** The page of one initiative; initiativePages maps every initiative through it, the dev server calls it for the one just edited. */
export function initiativePage(initiative: Initiative, actors: PublicActors): PageView {
  const home = { label: t.home, url: routes.home };
  const all = { label: t.nav.initiatives, url: routes.initiatives };
  const card = initiativeCard(initiative, actors);
  const lead = actors.link(initiative.actors[0] ?? '');
  const sectors = [...new Set(initiative.actors.map((slug) => actors.get(slug)?.sectorTerm.label).filter((label): label is string => !!label))];
  const regions = [...new Set(initiative.actors.map((slug) => actors.get(slug)?.regionTerm?.label).filter((label): label is string => !!label))];
  return {
    url: card.url,
    template: 'initiative',
    title: initiative.title,
    description: initiative.summary,
    breadcrumbs: [home, all],
    section: 'initiatives',
    ogType: 'article',
    search: {
      kind: t.kinds.initiative,
      summary: initiative.summary,
      filters: {
        soort: [t.kinds.initiative],
        thema: initiative.themeTerms.map((term) => term.label),
        jaar: [initiative.start.slice(0, 4)],
        ...(sectors.length ? { sector: sectors } : {}),
        ...(regions.length ? { regio: regions } : {}),
      },
    },
    data: {
      ...card,
      lead: lead ?? null,
      chain: chainSteps(initiative, actors),
      chainIntro: initiative.chain ? t.chain.intro(initiative.chain.length) : '',
      call: initiative.callTerm ? initiative.callTerm.label : t.labels.outsideCall,
      links: initiative.links.map((link) => ({ label: link.label, url: link.url })),
      bodyHtml: renderMarkdown(initiative.body),
    },
  };
}
