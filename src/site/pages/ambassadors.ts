import type { Ambassador, SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { formatDate } from '../format.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs, paginateGroups, type Group, type Pager } from './listing.ts';

const t = nl.site;

/** An ambassadorship of a public actor, as a card in the listing. */
export interface AmbassadorCard {
  title: string;
  url: string;
  actor: Link;
  /** Only present when the ambassador entry names a person (validation guarantees their consent). */
  person?: string;
  period: string;
  status: string;
  quote?: string;
}

/** Ambassadorships shown on the site: started on or before the as-of date. Active ones, then former ones. */
function shown(model: SiteModel): { active: Ambassador[]; former: Ambassador[] } {
  const started = model.ambassadors.filter((ambassador) => ambassador.since <= model.asOf);
  return {
    active: started.filter((ambassador) => ambassador.active),
    // Newest first: the most recently ended role at the top.
    former: started.filter((ambassador) => !ambassador.active).reverse(),
  };
}

function card(ambassador: Ambassador, actors: PublicActors): AmbassadorCard | undefined {
  const actor = actors.get(ambassador.actor);
  if (!actor) return undefined;
  const person = ambassador.person?.consent ? [ambassador.person.name, ambassador.person.role].filter(Boolean).join(', ') : undefined;
  return {
    title: t.ambassadorsPage.title(actor.name),
    url: routes.ambassador(ambassador.slug),
    actor: { label: actor.name, url: routes.actor(actor.slug) },
    ...(person ? { person } : {}),
    period: ambassador.until && !ambassador.active ? `${formatDate(ambassador.since)} – ${formatDate(ambassador.until)}` : `${t.labels.since} ${formatDate(ambassador.since)}`,
    status: ambassador.active ? t.ambassadorsPage.activeStatus : t.ambassadorsPage.formerStatus,
    ...(ambassador.quote ? { quote: ambassador.quote } : {}),
  };
}

/** The ambassador listing. */
export interface AmbassadorListing {
  intro: string;
  groups: Group<AmbassadorCard>[];
  unnamed: string;
  pager?: Pager;
}

/** The listing of active and former ambassadors (public actors only) and one page per ambassadorship. */
export function ambassadorPages(model: SiteModel, actors: PublicActors): PageView[] {
  const pages: PageView[] = [];
  const { active, former } = shown(model);
  const cards = (list: Ambassador[]) => list.map((ambassador) => card(ambassador, actors)).filter((item): item is AmbassadorCard => !!item);
  const unnamedCount = [...active, ...former].filter((ambassador) => !actors.get(ambassador.actor)).length;
  const groups = [
    { title: t.ambassadorsPage.active, items: cards(active) },
    { title: t.ambassadorsPage.former, items: cards(former) },
  ].filter((group) => group.items.length > 0);
  for (const page of paginateGroups(groups, routes.ambassadors)) {
    pages.push({
      url: page.url,
      template: 'ambassador-list',
      title: `${t.nav.ambassadors}${page.titleSuffix}`,
      description: t.ambassadorsPage.intro,
      breadcrumbs: crumbs(),
      section: 'ambassadors',
      ogType: 'website',
      data: {
        intro: t.ambassadorsPage.intro,
        groups: page.items,
        unnamed: unnamedCount ? t.ambassadorsPage.unnamed(unnamedCount) : '',
        ...(page.pager ? { pager: page.pager } : {}),
      } satisfies AmbassadorListing,
    });
  }

  const all = { label: t.nav.ambassadors, url: routes.ambassadors };
  for (const ambassador of [...active, ...former]) {
    const item = card(ambassador, actors);
    const actor = actors.get(ambassador.actor);
    if (!item || !actor) continue;
    const summary = ambassador.active
      ? t.ambassadorsPage.summary(actor.name, formatDate(ambassador.since))
      : t.ambassadorsPage.formerSummary(actor.name, formatDate(ambassador.since), formatDate(ambassador.until ?? model.asOf));
    pages.push({
      url: item.url,
      template: 'ambassador',
      title: item.title,
      description: summary,
      breadcrumbs: crumbs(all),
      section: 'ambassadors',
      ogType: 'article',
      search: {
        kind: t.kinds.ambassador,
        summary: ambassador.quote ?? summary,
        filters: {
          soort: [t.kinds.ambassador],
          sector: [actor.sectorTerm.label],
          ...(actor.regionTerm ? { regio: [actor.regionTerm.label] } : {}),
          jaar: [ambassador.since.slice(0, 4)],
        },
      },
      data: { ...item, summary, all: { label: t.labels.allAmbassadors, url: routes.ambassadors }, bodyHtml: renderMarkdown(ambassador.body) },
    });
  }
  return pages;
}
